package no.innspill.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.innspill.document.FileLimits;
import no.innspill.document.Notice;
import no.innspill.intake.Extraction;
import no.innspill.intake.ExtractionException;
import no.innspill.intake.Extractor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are broken or hostile: each a clear one-line error or a warning, quickly, and nothing read from outside. */
class HostileInputTest {

    private static final ResourceBundle PROBLEMS = ResourceBundle.getBundle("i18n/intake", Locale.forLanguageTag("nb"));
    private static final List<String> LETTER = List.of("Vi viser til høringen om nasjonal e-helsestrategi.",
            "Vi har ingen merknader utover det som står i vårt brev fra 2019.");

    @Test
    void anEmptyFile() {
        assertRefused("svar.pdf", new byte[0], "empty", "empty file");
    }

    @Test
    void aFileOverTheSizeLimit() {
        byte[] large = new byte[Math.toIntExact(FileLimits.DEFAULTS.maxFileBytes()) + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);
        assertRefused("stor.pdf", large, "too-large", "file larger than 20 MB");
    }

    @Test
    void neitherWordNorPdf() {
        byte[] random = new byte[4096];
        new Random(414).nextBytes(random);
        assertRefused("svar.pdf", random, "corrupt-pdf", "not a Word or PDF file");
        assertRefused("svar.docx", "Hei, her er svaret vårt.".getBytes(StandardCharsets.UTF_8), "corrupt-docx", "not a Word or PDF file");
        assertRefused("bilde.png", random, "unsupported-type", "not a Word or PDF file");
        assertRefused("svar.rtf", "{\\rtf1\\ansi Hei}".getBytes(StandardCharsets.US_ASCII), "unsupported-type", "not a Word or PDF file: an RTF");
    }

    @Test
    void anEncryptedPdf() throws IOException {
        byte[] encrypted = protect(TestFiles.pdf(LETTER), "bruker");
        assertRefused("svar.pdf", encrypted, "encrypted-pdf", "encrypted PDF");
    }

    @Test
    void aPdfProtectedOnlyAgainstChangesIsReadWithAWarning() throws Exception {
        byte[] protectedPdf = protect(TestFiles.pdf(LETTER), "");
        Extraction extraction = extract("svar.pdf", protectedPdf);
        assertThat(extraction.unplaced()).contains("nasjonal e-helsestrategi");
        assertThat(extraction.warnings()).contains(Notice.of("pdf-protected"));
    }

    @Test
    void aDamagedOrTruncatedPdf() {
        byte[] pdf = TestFiles.pdf(LETTER);
        byte[] garbage = new byte[2048];
        new Random(22).nextBytes(garbage);
        byte[] headerOnly = ("%PDF-1.7\n" + new String(garbage, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        assertRefused("svar.pdf", headerOnly, "corrupt-pdf", "damaged PDF");
        for (int length : new int[] {9, 40, pdf.length / 3}) {
            byte[] cut = Arrays.copyOf(pdf, length);
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    Extraction extraction = extract("svar.pdf", cut);
                    // PDFBox repairs what it can; whatever it read is kept, never invented
                    assertThat(extraction.answers()).hasSize(IntakeCorpus.FORM.answerIds().size());
                } catch (ExtractionException e) {
                    assertClear(e);
                    assertThat(e.getMessage()).startsWith("damaged PDF");
                    assertThat(e.problem().code()).isEqualTo("corrupt-pdf");
                }
            });
        }
    }

    @Test
    void aWordZipBomb() throws IOException {
        byte[] docx = new WordMarkup().paragraph("Hei").docx("Saksnummer 22/414", true);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    out.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + WordMarkup.W + "\">").getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 200; i++) {
                        out.write(spaces);
                    }
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);
        assertRefused("svar.docx", bomb.toByteArray(), "too-large-unpacked", "zip bomb");
    }

    /**
     * POI's own depth check would overflow the stack here, and the inflate ratio does not catch it: the
     * elements' random names do not compress. The reader's own check refuses it first.
     */
    @Test
    void deeplyNestedXmlInAWordDocument() {
        Random random = new Random(5_000);
        StringBuilder open = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            open.append("<w:customXml w:element=\"e").append(Long.toHexString(random.nextLong())).append("\">");
        }
        String nested = open + "</w:customXml>".repeat(5_000);
        byte[] docx = new WordMarkup().paragraph("PLASS").docx("Saksnummer 22/414", true);
        byte[] deep = TestFiles.editZip(docx, Map.of("word/document.xml", xml -> xml.replace("<w:body>", "<w:body>" + nested)), Map.of());
        ExtractionException e = assertRefused("svar.docx", deep, "corrupt-docx", "damaged Word document");
        assertThat(e.getMessage()).contains("nests elements more than 1000 deep");
    }

    @Test
    void anOpenDocumentText() throws IOException {
        ByteArrayOutputStream odt = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(odt)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("settings.xml"));
            zip.write("<office:document-settings xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused("svar.odt", odt.toByteArray(), "corrupt-docx", "not a Word or PDF file: Not a Word document (.docx): an OpenDocument file");
    }

    @Test
    void anExternalEntityInAWordDocumentIsNeverResolved(@TempDir Path directory) throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "TOPPHEMMELIG-414");
        byte[] docx = new WordMarkup().paragraph("PLASS").docx("Saksnummer 22/414", true);
        byte[] hostile = TestFiles.editZip(docx, Map.of("word/document.xml", xml -> xml
                .replace("<w:document ", "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]><w:document ")
                .replace("PLASS", "&secret;")), Map.of());
        ExtractionException e = assertRefused("svar.docx", hostile, "corrupt-docx", "damaged Word document");
        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("TOPPHEMMELIG");
    }

    @Test
    void aWordDocumentWithMacrosIsReadAndTheMacrosIgnored() throws Exception {
        byte[] docx = new WordMarkup().paragraph("Vi viser til høringen og har ingen merknader.").docx("Saksnummer 22/414", true);
        byte[] docm = TestFiles.editZip(docx, Map.of(
                "[Content_Types].xml", xml -> xml
                        .replace("document.main+xml", "document.main+xml")
                        .replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                "application/vnd.ms-word.document.macroEnabled.main+xml")
                        .replace("</Types>", "<Override PartName=\"/word/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"),
                "word/_rels/document.xml.rels", xml -> xml.replace("</Relationships>",
                        "<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>")),
                Map.of("word/vbaProject.bin", vbaProject()));
        Extraction extraction = extract("svar.docm", docm);
        assertThat(extraction.unplaced()).isEqualTo("Vi viser til høringen og har ingen merknader.");
        assertThat(extraction.warnings()).containsOnlyOnce(Notice.of("macros"));
    }

    @Test
    void aFileWhoseNameLiesIsReadByItsContentWithAWarning() throws Exception {
        Extraction pdfNamedDocx = extract("svar.docx", TestFiles.pdf(LETTER));
        assertThat(pdfNamedDocx.unplaced()).contains("Vi viser til høringen");
        assertThat(pdfNamedDocx.warnings()).contains(Notice.of("name-mismatch-pdf", "svar.docx"));

        byte[] docx = new WordMarkup().paragraph("Vi viser til høringen.").docx("Saksnummer 22/414", true);
        Extraction docxNamedPdf = extract("svar.pdf", docx);
        assertThat(docxNamedPdf.unplaced()).isEqualTo("Vi viser til høringen.");
        assertThat(docxNamedPdf.warnings()).contains(Notice.of("name-mismatch-word", "svar.pdf"));
    }

    @Test
    void anOldDocFileOrAPasswordProtectedDocx() throws IOException {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem ole = new POIFSFileSystem()) {
            ole.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            ole.writeFilesystem(doc);
        }
        assertRefused("svar.doc", doc.toByteArray(), "old-word", "old Word document (.doc)");
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem ole = new POIFSFileSystem()) {
            ole.createDocument(new ByteArrayInputStream(new byte[512]), "EncryptionInfo");
            ole.createDocument(new ByteArrayInputStream(new byte[512]), "EncryptedPackage");
            ole.writeFilesystem(encrypted);
        }
        assertRefused("svar.docx", encrypted.toByteArray(), "encrypted-docx", "encrypted Word document");
    }

    @Test
    void aTruncatedDocx() {
        byte[] docx = new WordMarkup().paragraph("Vi viser til høringen.").docx("Saksnummer 22/414", true);
        assertRefused("svar.docx", Arrays.copyOf(docx, docx.length / 2), "corrupt-docx", "damaged Word document");
    }

    private static byte[] vbaProject() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem ole = new POIFSFileSystem()) {
            ole.createDocument(new ByteArrayInputStream("Sub AutoOpen()\nShell \"calc\"\nEnd Sub".getBytes(StandardCharsets.US_ASCII)), "dir");
            ole.writeFilesystem(out);
        }
        return out.toByteArray();
    }

    private static byte[] protect(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eier-414", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static Extraction extract(String name, byte[] bytes) throws ExtractionException {
        return assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Extractor.extract(name, bytes, IntakeCorpus.FORM, IntakeCorpus.CASE, FileLimits.DEFAULTS));
    }

    /** Refused with the problem a page words (intake.problem.<code>) and a one-line message for logs and the command line. */
    private static ExtractionException assertRefused(String name, byte[] bytes, String problem, String messageStart) {
        ExtractionException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(ExtractionException.class,
                () -> Extractor.extract(name, bytes, IntakeCorpus.FORM, IntakeCorpus.CASE, FileLimits.DEFAULTS)));
        assertThat(e.getMessage()).startsWith(messageStart);
        assertClear(e);
        assertThat(e.problem().code()).as(e.getMessage()).isEqualTo(problem);
        assertThat(PROBLEMS.getString("intake.problem." + problem)).isNotBlank();
        return e;
    }

    private static void assertClear(ExtractionException e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n", "\tat ");
    }
}
