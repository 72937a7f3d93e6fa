package no.innspill.consultation;

import no.innspill.document.DocumentFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.innspill.document.FileLimits;
import no.innspill.document.word.WordForm;
import no.innspill.platform.InvalidInputException;
import no.innspill.testing.DemoDefinition;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** A consultation document's format comes from its content; what is not PDF, DOCX or ODT is refused with a code. */
class DocumentFormatTest {

    @Test
    void reads_pdf_word_and_opendocument_by_content() throws IOException {
        assertThat(DocumentFormat.of(pdf(), FileLimits.DEFAULTS)).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.of(WordForm.blankForm(DemoDefinition.FORM, DemoDefinition.CASE, Locale.forLanguageTag("nb")),
                FileLimits.DEFAULTS)).isEqualTo(DocumentFormat.DOCX);
        assertThat(DocumentFormat.of(odt("application/vnd.oasis.opendocument.text"), FileLimits.DEFAULTS)).isEqualTo(DocumentFormat.ODT);
    }

    @Test
    void refuses_what_is_empty_too_large_of_another_kind_or_damaged() throws IOException {
        assertThat(code(new byte[0], FileLimits.DEFAULTS)).isEqualTo("file-empty");
        assertThat(code(pdf(), new FileLimits(100, 1000, 10, 0.01, 10))).isEqualTo("file-too-large");
        assertThat(code("Bare tekst".getBytes(StandardCharsets.UTF_8), FileLimits.DEFAULTS)).isEqualTo("file-type");
        assertThat(code("%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII), FileLimits.DEFAULTS)).isEqualTo("file-damaged");
        assertThat(code(odt("application/vnd.oasis.opendocument.spreadsheet"), FileLimits.DEFAULTS))
                .as("an OpenDocument spreadsheet is no text").isIn("file-type", "file-damaged");
        assertThat(code(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}, FileLimits.DEFAULTS)).isIn("file-type", "file-damaged");
    }

    @Test
    void a_download_name_is_made_from_the_title() {
        ConsultationDocument document = new ConsultationDocument(1, 1, 1, DocumentKind.HORINGSNOTAT, "Høringsnotat: ny lov (utkast) / 2026",
                "x.pdf", DocumentFormat.PDF, 1_400_000, "", java.time.Instant.now());
        assertThat(document.downloadName()).isEqualTo("Høringsnotat-ny-lov-utkast-2026.pdf");
        assertThat(document.size(Locale.forLanguageTag("nb"))).isEqualTo("1,4 MB");
        assertThat(new ConsultationDocument(1, 1, 1, DocumentKind.OTHER, "../..", "x", DocumentFormat.ODT, 300, "", java.time.Instant.now())
                .downloadName()).isEqualTo("dokument.odt");
    }

    private static String code(byte[] bytes, FileLimits limits) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> DocumentFormat.of(bytes, limits));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("file"));
        return e.errors().get(0).code();
    }

    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    /** An OpenDocument package: its first entry, stored, names its type (ODF 1.2 part 3, 3.3). */
    static byte[] odt(String mimetype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
