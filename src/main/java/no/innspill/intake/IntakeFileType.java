package no.innspill.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.poi.poifs.filesystem.FileMagic;

/** What a received file is, judged by its first bytes (POI's {@link FileMagic}) rather than its name. */
public final class IntakeFileType {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Set<String> WORD_NAMES = Set.of("docx", "docm", "doc", "dotx");
    private static final String PDF_HEADER = "%PDF-";

    private IntakeFileType() {
    }

    /**
     * {@link #PDF}, {@link #DOCX} for any ZIP package (whether it is Word is the Word reader's to say), or
     * {@code null}. A PDF's header may follow up to 1024 bytes of other data (ISO 32000-1, annex H; some
     * mail gateways and scanners write such files, and PDFBox reads them); {@link FileMagic} only looks
     * at the very start.
     */
    public static String of(byte[] bytes) {
        return switch (FileMagic.valueOf(bytes)) {
            case PDF -> PDF;
            case OOXML -> DOCX;
            default -> hasPdfHeaderWithin(bytes, 1024) ? PDF : null;
        };
    }

    private static boolean hasPdfHeaderWithin(byte[] bytes, int limit) {
        String head = new String(bytes, 0, Math.min(bytes.length, limit + PDF_HEADER.length()), StandardCharsets.ISO_8859_1);
        return head.indexOf(PDF_HEADER) >= 0 && head.indexOf(PDF_HEADER) <= limit;
    }

    /** A PDF whose name says Word, or a Word document whose name says PDF. */
    public static boolean namedOtherwise(String fileName, String contentType) {
        String extension = extension(fileName);
        return PDF.equals(contentType) && WORD_NAMES.contains(extension) || DOCX.equals(contentType) && extension.equals("pdf");
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

    public static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
