package no.innspill.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * What a received file really is, judged by its bytes rather than its name, and whether it can be
 * opened at all: a first line of defence before the extraction reads it.
 */
public final class IntakeFileType {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 5_000;

    private IntakeFileType() {
    }

    /**
     * The outcome of a check.
     *
     * @param contentType {@link #PDF}, {@link #DOCX}, or {@code null} when neither
     * @param problem     why the file cannot be read, or {@code null}
     * @param pdfA        a PDF that says in its XMP metadata that it is PDF/A
     */
    public record Checked(String contentType, IntakeProblem problem, boolean pdfA) {

        public boolean readable() {
            return problem == null;
        }

        static Checked problem(String contentType, IntakeProblem problem) {
            return new Checked(contentType, problem, false);
        }
    }

    /** Checks the bytes, then the name against them. */
    public static Checked check(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            return Checked.problem(null, IntakeProblem.of("empty"));
        }
        String extension = extension(fileName);
        if (isPdf(bytes)) {
            if (extension.equals("docx") || extension.equals("doc")) {
                return Checked.problem(PDF, IntakeProblem.of("type-mismatch", "PDF"));
            }
            return checkPdf(bytes);
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            if (extension.equals("pdf")) {
                return Checked.problem(DOCX, IntakeProblem.of("type-mismatch", "Word (.docx)"));
            }
            return checkDocx(bytes);
        }
        if (startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return Checked.problem(null, IntakeProblem.of("old-word"));
        }
        if (extension.equals("pdf")) {
            return Checked.problem(null, IntakeProblem.of("corrupt-pdf"));
        }
        if (extension.equals("docx")) {
            return Checked.problem(null, IntakeProblem.of("corrupt-docx"));
        }
        return Checked.problem(null, IntakeProblem.of("unsupported-type"));
    }

    /** PDF/A identification in the document's XMP metadata ({@code pdfaid:part}). */
    public static boolean isPdfA(PDDocument document) {
        try {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return false;
            }
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            return xmp.matches("(?s).*pdfaid:part\\s*(=\\s*[\"']\\d[\"']|>\\s*\\d\\s*<).*");
        } catch (IOException e) {
            return false;
        }
    }

    private static Checked checkPdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                return Checked.problem(PDF, IntakeProblem.of("corrupt-pdf"));
            }
            return new Checked(PDF, null, isPdfA(document));
        } catch (InvalidPasswordException e) {
            return Checked.problem(PDF, IntakeProblem.of("encrypted-pdf"));
        } catch (IOException | RuntimeException e) {
            return Checked.problem(PDF, IntakeProblem.of("corrupt-pdf"));
        }
    }

    /** Walks the zip once, counting what it unpacks to, so a zip bomb is caught before POI opens it. */
    private static Checked checkDocx(byte[] bytes) {
        boolean document = false;
        boolean contentTypes = false;
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return Checked.problem(DOCX, IntakeProblem.of("too-large-unpacked"));
                }
                String name = entry.getName();
                document |= name.equals("word/document.xml");
                contentTypes |= name.equals("[Content_Types].xml");
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        return Checked.problem(DOCX, IntakeProblem.of("too-large-unpacked"));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Checked.problem(DOCX, IntakeProblem.of("corrupt-docx"));
        }
        if (!document || !contentTypes) {
            return Checked.problem(DOCX, IntakeProblem.of("corrupt-docx"));
        }
        return new Checked(DOCX, null, false);
    }

    private static boolean isPdf(byte[] bytes) {
        // the header may follow up to 1024 bytes of other data
        int limit = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, limit, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
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

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
