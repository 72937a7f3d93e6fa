package no.innspill.document;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import no.innspill.document.word.WordFile;
import no.innspill.document.word.WordFormException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of an attached PDF, Word or OpenDocument file, and its text structure for a copy made
 * from the text. Untrusted files are read within {@link FileLimits}; nothing in them is run (PDFBox
 * runs no JavaScript, POI and our OpenDocument reader no macros). Never throws for what a file holds:
 * a file that cannot be read gives empty text with a note saying why.
 */
public final class AttachmentTexts {

    private AttachmentTexts() {
    }

    public static ExtractedText extract(byte[] bytes, DocumentFormat format, FileLimits limits) {
        try {
            return switch (format) {
                case PDF -> pdf(bytes, limits);
                case DOCX, ODT -> {
                    Structure structure = structure(bytes, format, limits);
                    StringBuilder text = new StringBuilder();
                    for (TextBlock block : structure.blocks()) {
                        text.append(block.plainText()).append('\n');
                    }
                    List<String> notes = new ArrayList<>(structure.notes());
                    yield bounded(text.toString(), format == DocumentFormat.DOCX ? ExtractedText.DOCX_TEXT : ExtractedText.ODT_TEXT, notes);
                }
            };
        } catch (Unreadable e) {
            return ExtractedText.unreadable(e.code);
        } catch (RuntimeException | StackOverflowError e) {
            // a parser's unchecked failure on a malformed file: the file is unreadable, not the application broken
            return ExtractedText.unreadable(ExtractedText.UNREADABLE);
        }
    }

    /** A Word or OpenDocument file's headings, paragraphs, list items and tables, with the notes of reading it. */
    public record Structure(List<TextBlock> blocks, List<String> notes) {
    }

    /** @throws Unreadable with a note's code when the file cannot be read */
    static Structure structure(byte[] bytes, DocumentFormat format, FileLimits limits) throws Unreadable {
        if (format == DocumentFormat.ODT) {
            try {
                OdtText.Content content = OdtText.read(bytes, limits);
                return new Structure(content.blocks(), content.hasMacros() ? List.of(ExtractedText.ACTIVE_CONTENT) : List.of());
            } catch (OdtText.Unreadable e) {
                throw new Unreadable(e.code);
            }
        }
        if (format != DocumentFormat.DOCX) {
            throw new IllegalArgumentException("Only Word and OpenDocument files have a text structure here");
        }
        try (WordFile word = WordFile.open(bytes, limits)) {
            return new Structure(word.structure(), word.hasMacros() ? List.of(ExtractedText.ACTIVE_CONTENT) : List.of());
        } catch (WordFormException e) {
            throw new Unreadable(switch (e.reason()) {
                case ENCRYPTED -> ExtractedText.ENCRYPTED;
                case TOO_LARGE_UNPACKED -> ExtractedText.TOO_LARGE_UNPACKED;
                default -> ExtractedText.UNREADABLE;
            });
        }
    }

    private static ExtractedText pdf(byte[] bytes, FileLimits limits) throws Unreadable {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> notes = new ArrayList<>();
            if (PdfActiveContent.has(document)) {
                notes.add(ExtractedText.ACTIVE_CONTENT);
            }
            int pages = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            if (pages > limits.maxPdfPages()) {
                stripper.setEndPage(limits.maxPdfPages());
                notes.add(ExtractedText.TOO_MANY_PAGES);
            }
            BoundedWriter out = new BoundedWriter(ExtractedText.MAX_CHARACTERS + 1);
            try {
                stripper.writeText(document, out);
            } catch (BoundedWriter.Full full) {
                // enough text: the rest is cut below
            }
            String text = out.toString();
            if (text.isBlank()) {
                notes.add(0, ExtractedText.NO_TEXT);
                return new ExtractedText("", ExtractedText.NONE, notes);
            }
            return bounded(text, ExtractedText.PDF_TEXT, notes);
        } catch (InvalidPasswordException e) {
            throw new Unreadable(ExtractedText.ENCRYPTED);
        } catch (IOException e) {
            throw new Unreadable(ExtractedText.UNREADABLE);
        }
    }

    /** Without control characters (PostgreSQL stores no NUL), runs of blank lines as one, cut at the limit with a note. */
    static ExtractedText bounded(String raw, String method, List<String> notes) {
        String text = raw.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        List<String> all = new ArrayList<>(notes);
        if (text.length() > ExtractedText.MAX_CHARACTERS) {
            int end = ExtractedText.MAX_CHARACTERS;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text = text.substring(0, end);
            all.add(ExtractedText.TRUNCATED);
        }
        return new ExtractedText(text, method, all);
    }

    /** Why a file's text cannot be read: one of {@link ExtractedText}'s notes. */
    static final class Unreadable extends Exception {
        final String code;

        Unreadable(String code) {
            super(code, null, false, false);
            this.code = code;
        }
    }

    /** Collects text until it holds {@code max} characters, then stops the stripper. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int max;

        BoundedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws Full {
            text.append(buffer, offset, length);
            if (text.length() >= max) {
                throw new Full();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }

        static final class Full extends IOException {
            Full() {
                super("full", null);
            }
        }
    }
}
