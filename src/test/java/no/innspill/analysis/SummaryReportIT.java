package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import no.innspill.document.PdfInspection;
import no.innspill.testing.EveryKindForm;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The summary report (issue 14) through HTTP and the database: texts saved by post/redirect/get and kept when one is
 * too long, the DOCX read back with POI (and opened by LibreOffice when installed), the PDF passed by veraPDF, staff only.
 * No bean of themes, campaigns or inputs exists here, so those parts say "none yet".
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryReportIT {

    private static final String INTRO = "Direktoratet mottok mange svar.\nDe fleste støttet planen.";
    private static final String SUPPORT_SUMMARY = "Flertallet støtter planen & ønsker <raskere> framdrift.";
    private static final String CLOSING = "Direktoratet takker for innspillene.";

    @LocalServerPort
    int port;

    private String slug;
    private String caseNumber;
    private WebSession staff;

    @BeforeAll
    void register() {
        caseNumber = TestForms.newCaseNumber();
        slug = TestConsultations.open(port, EveryKindForm.yaml(caseNumber));
        TestApi anonymous = TestApi.anonymous(port);
        String path = "/api/v1/consultations/" + slug + "/responses";
        post(anonymous, path, response("Skoleveien vel", "organisation", "yes", "\"reason\": {\"text\": \"Trafikken er farlig\"},"));
        post(anonymous, path, response("Bydel Nord", "organisation", "no", ""));
        post(anonymous, path, response("Ola Nordmann", "person", "yes", ""));
        post(anonymous, path, """
                {"respondent": {"name": "Stille forening", "kind": "organisation", "organisationNumber": null, "email": null},
                 "noComments": true, "answers": {}}""");
        staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
    }

    private static String response(String name, String kind, String support, String more) {
        return """
                {"respondent": {"name": "%s", "kind": "%s", "organisationNumber": null, "email": null},
                 "answers": {"support": {"choice": "%s"}, "concerns": {"choices": ["traffic"]}, %s "goals": {"text": "Bra"}}}"""
                .formatted(name, kind, support, more);
    }

    private static void post(TestApi api, String path, String json) {
        var reply = api.postJson(path, json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private String page() {
        return "/saksbehandler/horinger/" + slug + "/oppsummering";
    }

    /** Saves the report's texts once; the tests below read what they say. */
    private synchronized void saveTexts() {
        WebSession.Page form = staff.get(page());
        assertThat(form.status()).isEqualTo(200);
        WebSession.Page saved = staff.submit(form.form("#summary-texts"), Map.of("text.title", "Oppsummering av Skoleveien",
                "text.intro", INTRO, "text.answer:support", SUPPORT_SUMMARY, "text.closing", CLOSING));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/oppsummering?lagret");
    }

    @Test
    void texts_are_saved_and_a_too_long_one_comes_back_as_typed_with_nothing_stored() {
        saveTexts();
        WebSession.Page shown = staff.get(page() + "?lagret");
        assertThat(shown.html().selectFirst("#saved")).isNotNull();
        assertThat(shown.html().selectFirst("#text-intro").wholeText()).isEqualTo(INTRO);
        assertThat(shown.html().selectFirst("#text-answer-support").wholeText()).isEqualTo(SUPPORT_SUMMARY);
        assertThat(shown.html().selectFirst("#report-total").text()).contains("4");
        assertThat(shown.html().selectFirst("#report-themes").text()).startsWith("0");
        assertThat(shown.text()).contains("Ingen bekreftede temaer ennå.").contains("Ingen kampanjer er funnet ennå.");

        String tooLong = "x".repeat(SummaryTexts.MAX_TEXT + 1);
        WebSession.Page refused = staff.submit(shown.form("#summary-texts"), Map.of("text.intro", "Ny innledning",
                "text.closing", tooLong));
        assertThat(refused.status()).isEqualTo(422);
        Element summary = refused.html().selectFirst("#error-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.text()).contains("Avslutning").containsPattern("50.001 tegn lang").doesNotContain("??");
        assertThat(summary.selectFirst("a").attr("href")).isEqualTo("#text-closing");
        assertThat(refused.html().selectFirst("#text-closing").wholeText()).isEqualTo(tooLong);
        assertThat(refused.html().selectFirst("#text-closing").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.html().selectFirst("#text-intro").wholeText()).isEqualTo("Ny innledning");

        WebSession.Page after = staff.get(page());
        assertThat(after.html().selectFirst("#text-intro").wholeText()).as("nothing stored").isEqualTo(INTRO);
        assertThat(after.html().selectFirst("#text-closing").wholeText()).isEqualTo(CLOSING);
    }

    @Test
    void the_docx_has_styles_headings_a_table_of_contents_the_texts_the_chart_and_the_respondents() throws Exception {
        saveTexts();
        WebSession.Page download = staff.get(page() + ".docx");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download.bytes()))) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");
            assertThat(paragraphs.get(0).getText()).isEqualTo("Oppsummering av Skoleveien");
            List<String> headings1 = texts(paragraphs, "Heading1");
            assertThat(headings1).contains("Innledning", "1. Støtter dere planen?", "4. Har dere innspill til målene?", "Kampanjer",
                    "Avslutning", "Høringsinstanser", "Ingen merknader");
            assertThat(texts(paragraphs, "Heading2")).containsExactly("Mål 1: Trygg skolevei", "Mål 2: Mer grønt");
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(docx.getStyles().getStyle("TableGrid")).isNotNull();
            String xml = docx.getDocument().xmlText();
            assertThat(xml).contains("TOC \\o \"1-2\"").contains("fldCharType=\"begin\"").contains("Oppdater innholdsfortegnelsen");
            String body = paragraphs.stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("Direktoratet mottok mange svar.", "De fleste støttet planen.", SUPPORT_SUMMARY, CLOSING,
                    "Ingen bekreftede temaer ennå.", "Ingen innspill er kodet ennå.", "Ingen kampanjer er funnet ennå.");
            assertThat(docx.getAllPictures()).hasSize(2); // the two questions with options
            assertThat(xml).containsPattern("descr=\"[^\"]*Støtter dere planen\\?[^\"]*Ja: 2");

            List<List<String>> respondents = rows(docx.getTables().get(docx.getTables().size() - 2));
            assertThat(respondents).containsExactly(List.of("Navn", "Type", "Dokumentnummer"),
                    List.of("Skoleveien vel", "Organisasjon", caseNumber + "-1"), List.of("Bydel Nord", "Organisasjon", caseNumber + "-2"),
                    List.of("Ola Nordmann", "Privatperson", caseNumber + "-3"), List.of("Stille forening", "Organisasjon", caseNumber + "-4"));
            List<List<String>> silent = rows(docx.getTables().get(docx.getTables().size() - 1));
            assertThat(silent).containsExactly(List.of("Navn", "Type", "Dokumentnummer"),
                    List.of("Stille forening", "Organisasjon", caseNumber + "-4"));
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Oppsummering av Skoleveien");
            assertThat(docx.getProperties().getCoreProperties().getCreator()).isEqualTo("Innspill");
            assertThat(docx.getPackage().getPackageProperties().getLanguageProperty()).hasValue("nb-NO");
        }
        opensInLibreOffice(download.bytes());
    }

    private static List<String> texts(List<XWPFParagraph> paragraphs, String style) {
        return paragraphs.stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().map(XWPFTableRow::getTableCells)
                .map(cells -> cells.stream().map(cell -> cell.getText()).toList()).toList();
    }

    private static void opensInLibreOffice(byte[] docx) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        Path dir = Files.createTempDirectory("summary-docx");
        Path file = dir.resolve("oppsummering.docx");
        Files.write(file, docx);
        // a profile of its own, so that a LibreOffice open elsewhere on the machine does not take the conversion
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), file.toString()).redirectErrorStream(true).start();
        boolean done = process.waitFor(180, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes());
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done).as("LibreOffice finished: " + output).isTrue();
        Path pdf = dir.resolve("oppsummering.pdf");
        assertThat(pdf).as(output).exists();
        String text = PdfInspection.collapse(String.join(" ", PdfInspection.pages(Files.readAllBytes(pdf))));
        assertThat(text).contains("Oppsummering av Skoleveien").contains("Stille forening");
    }

    @Test
    void the_pdf_passes_veraPDF_for_pdfa_2a_and_pdfua_1_and_holds_the_texts_and_respondents() throws Exception {
        saveTexts();
        WebSession.Page download = staff.get(page() + ".pdf");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        byte[] pdf = download.bytes();
        assertThat(PdfInspection.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a rules failed").isEmpty();
        assertThat(PdfInspection.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 rules failed").isEmpty();
        String text = PdfInspection.collapse(String.join(" ", PdfInspection.pages(pdf)));
        assertThat(text).contains("Oppsummering av Skoleveien", "Direktoratet mottok mange svar.", SUPPORT_SUMMARY, CLOSING,
                "1. Støtter dere planen?", "Skoleveien vel", caseNumber + "-3", "Stille forening", "Ingen merknader");
        try (PDDocument document = PdfInspection.load(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Oppsummering av Skoleveien");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb");
            var outline = document.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).as("bookmarks").isNotNull();
            assertThat(outline.getFirstChild().getTitle()).isEqualTo("Innledning");
        }
    }

    @Test
    void only_staff_see_the_summary() {
        WebSession anonymous = new WebSession(port);
        for (String path : List.of(page(), page() + ".docx", page() + ".pdf")) {
            WebSession.Page page = anonymous.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).contains("/logg-inn");
        }
        assertThat(anonymous.post(page(), Map.of("text.intro", "Nei")).status()).isIn(302, 403);
        assertThat(staff.get("/saksbehandler/horinger/99-999999/oppsummering").status()).isEqualTo(404);
    }
}
