package no.innspill.intake.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innspill.document.CaseDetails;
import no.innspill.document.Notice;
import no.innspill.form.Answer;
import no.innspill.document.word.WordFile;
import no.innspill.document.word.WordFormException;
import no.innspill.document.word.WordFormReader;
import no.innspill.form.FormDefinition;
import no.innspill.intake.Extraction;
import no.innspill.intake.ExtractionException;
import no.innspill.intake.Extractor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** The way in for {@link Extractor}: the file's type from its first bytes, then the reader for it. */
public final class Extractions {

    private static final double WARNING_FACTOR = 0.85;
    /** No response form runs this long; a PDF that does is not read, so that a batch never waits on it. */
    static final int MAX_PDF_PAGES = 500;

    private Extractions() {
    }

    private enum Kind { PDF, WORD }

    public static Extraction extract(String fileName, byte[] bytes, FormDefinition form, CaseDetails caseDetails)
            throws ExtractionException {
        if (bytes == null || bytes.length == 0) {
            throw new ExtractionException("empty file");
        }
        if (bytes.length > Extractor.MAX_FILE_BYTES) {
            throw new ExtractionException("file larger than " + Extractor.MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        Kind kind = kind(bytes);
        List<Notice> warnings = new ArrayList<>();
        Notice nameMismatch = nameMismatch(fileName, kind);
        if (nameMismatch != null) {
            warnings.add(nameMismatch);
        }
        return kind == Kind.PDF ? pdf(bytes, form, caseDetails, warnings) : word(bytes, form, caseDetails, warnings);
    }

    private static Kind kind(byte[] bytes) throws ExtractionException {
        if (indexOf(bytes, "%PDF-", 1024) >= 0) {
            return Kind.PDF;
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4}) || startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return Kind.WORD;
        }
        if (startsWith(bytes, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            throw new ExtractionException("not a Word or PDF file: an RTF document; save it as .docx or PDF");
        }
        throw new ExtractionException("not a Word or PDF file");
    }

    private static Notice nameMismatch(String fileName, Kind kind) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        boolean wordName = extension.equals("docx") || extension.equals("docm") || extension.equals("doc") || extension.equals("dotx");
        if (kind == Kind.PDF && wordName || kind == Kind.WORD && extension.equals("pdf")) {
            return Notice.of(kind == Kind.PDF ? "name-mismatch-pdf" : "name-mismatch-word", fileName);
        }
        return null;
    }

    // ---- PDF ----

    private static Extraction pdf(byte[] bytes, FormDefinition form, CaseDetails caseDetails, List<Notice> warnings)
            throws ExtractionException {
        List<String> blocks;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                warnings.add(Notice.of("pdf-protected"));
            }
            if (document.getNumberOfPages() == 0) {
                throw new ExtractionException("damaged PDF: it has no pages");
            }
            if (document.getNumberOfPages() > MAX_PDF_PAGES) {
                throw new ExtractionException("PDF too long: " + document.getNumberOfPages() + " pages, more than " + MAX_PDF_PAGES);
            }
            blocks = PdfBlocks.of(PdfLines.of(document));
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("encrypted PDF: it is protected by a password", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("damaged PDF: " + detail(e), e);
        }
        if (blocks.isEmpty()) {
            warnings.add(Notice.of("pdf-no-text"));
            return new Extraction(null, emptyAnswers(form), null, warnings, 0);
        }
        return FormMatching.match(blocks, form, caseDetails, warnings);
    }

    // ---- Word ----

    private static Extraction word(byte[] bytes, FormDefinition form, CaseDetails caseDetails, List<Notice> warnings)
            throws ExtractionException {
        WordFormReader.Filled filled;
        List<String> blocks = null;
        try (WordFile file = WordFile.open(bytes)) {
            if (file.hasMacros()) {
                warnings.add(Notice.of("macros"));
            }
            filled = WordFormReader.read(file, form, caseDetails.caseNumber());
            if (!filled.tagged()) {
                blocks = DocxBlocks.of(file.paragraphs());
            }
        } catch (WordFormException e) {
            throw wordProblem(e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("damaged Word document: " + detail(e), e);
        }
        if (blocks != null) {
            return FormMatching.match(blocks, form, caseDetails, warnings);
        }
        // our own form, read by its tags
        List<Notice> all = new ArrayList<>(warnings);
        all.addAll(filled.warnings());
        return new Extraction(filled.respondentName(), FormMatching.withTypedParts(filled.answers(), form), null, all,
                Math.pow(WARNING_FACTOR, all.size()));
    }

    private static ExtractionException wordProblem(WordFormException e) {
        String message = switch (e.reason()) {
            case EMPTY -> "empty file";
            case TOO_LARGE -> e.getMessage().contains("unpacks") || e.getMessage().contains("parts")
                    ? "zip bomb: " + e.getMessage() : "file larger than " + Extractor.MAX_FILE_BYTES / (1024 * 1024) + " MB";
            case NOT_WORD -> "not a Word or PDF file: " + e.getMessage();
            case LEGACY_WORD -> "old Word document (.doc): save it as .docx or PDF";
            case ENCRYPTED -> "encrypted Word document: it is protected by a password";
            case DAMAGED -> "damaged Word document: " + e.getMessage().replaceFirst("^The Word document is damaged( or cut short)?: ", "");
        };
        return new ExtractionException(message, e);
    }

    private static Map<String, Answer> emptyAnswers(FormDefinition form) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        form.answerIds().forEach(id -> answers.put(id, Answer.EMPTY));
        return answers;
    }

    /** The innermost cause's message on one line. */
    private static String detail(Throwable e) {
        Throwable root = e;
        for (int depth = 0; depth < 20 && root.getCause() != null && root.getCause() != root; depth++) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName() : root.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, String ascii, int within) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + needle.length <= Math.min(bytes.length, within + needle.length); i++) {
            boolean match = true;
            for (int j = 0; j < needle.length && match; j++) {
                match = bytes[i + j] == needle[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
