package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationStatus;
import no.innspill.document.PdfInspection;
import no.innspill.document.ResponseDocuments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The report's document builders over a report in memory with every part filled in (themes with quotes, campaigns,
 * inputs with each disposition), which no feature provides in the integration tests yet.
 */
class SummaryDocumentsTest {

    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final ResourceBundleMessageSource MESSAGES = messages();

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/web", "i18n/document");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static SummaryReport report() {
        Consultation consultation = new Consultation(1, "22/414", "Nasjonal e-helsestrategi", "Direktoratet for e-helse",
                ConsultationStatus.CLOSED, Instant.parse("2026-03-01T12:00:00Z"), "post@ehelse.example", "Merk med 22/414", null,
                Instant.parse("2026-01-01T12:00:00Z"));
        Chart choices = new Chart("choice-q1", "Kan dere stille dere bak målene?", "Valg", List.of(new Chart.Series("Antall", 3)),
                List.of(new Chart.Row("Ja", List.of(2L)), new Chart.Row("Nei", List.of(1L)), new Chart.Row("Ikke svart", List.of(0L))));
        Chart byKind = new Chart("choice-q1-by-kind", "Kan dere stille dere bak målene? Etter type", "Valg",
                List.of(new Chart.Series("Organisasjon", 2), new Chart.Series("Privatperson", 1)),
                List.of(new Chart.Row("Ja", List.of(1L, 1L)), new Chart.Row("Nei", List.of(1L, 0L))));
        List<ReportSources.Theme> themes = List.of(new ReportSources.Theme("Personvern", 2, List.of(
                new ReportSources.Quote(1, "Legemiddelverket", "Personvernet må styrkes."),
                new ReportSources.Quote(3, "Ola Nordmann", "Jeg vil vite hvem som leser journalen min."))));
        List<ReportSources.Input> inputs = List.of(
                new ReportSources.Input(1, "Legemiddelverket", "Vi foreslår ny tekst til innledningen.", "Mål 2", Disposition.ADOPTED,
                        "Teksten er endret."),
                new ReportSources.Input(2, "Bydel Nord", "Måleindikator 1.4 bør fjernes.", "måleindikator 1.4", Disposition.NOT_ADOPTED, null),
                new ReportSources.Input(3, "Ola Nordmann", "Se kapittel 3.", null, null, null));
        List<SummaryReport.Section> sections = List.of(
                new SummaryReport.Section("q1", 1, "1. Kan dere stille dere bak målene?", "Et klart flertall støtter målene.",
                        choices, byKind, 3, themes, inputs),
                new SummaryReport.Section("q2", 1, "2. Har dere tilbakemelding på målene?", null, null, null, 2, List.of(), List.of()),
                new SummaryReport.Section("q2.goal1", 2, "Mål 1: Aktiv medvirkning", "Om mål 1.", null, null, 1, themes, List.of()));
        return new SummaryReport(consultation, "Oppsummering av høringen", "Innledende tekst.\nAndre avsnitt.", "Til slutt.", 3, sections,
                List.of(new ReportSources.CampaignSummary("Vi er imot forslaget fordi ...", 40, 3)));
    }

    private static List<SummaryReport.Respondent> respondents(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new SummaryReport.Respondent(i == 2 ? "A & B <AS>" : "Instans " + i,
                "Organisasjon", "22/414-" + i)).toList();
    }

    /** Hands the rows on in chunks of 500, as the database cursor does. */
    private static void chunked(List<SummaryReport.Respondent> rows, Consumer<List<SummaryReport.Respondent>> chunk) {
        for (int from = 0; from < rows.size(); from += 500) {
            chunk.accept(rows.subList(from, Math.min(rows.size(), from + 500)));
        }
    }

    private static byte[] docx(SummaryReport report, List<SummaryReport.Respondent> all, List<SummaryReport.Respondent> silent) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryDocx.write(report, new SummaryDocx.Respondents() {
            @Override
            public void all(Consumer<List<SummaryReport.Respondent>> chunk) {
                chunked(all, chunk);
            }

            @Override
            public void withoutComments(Consumer<List<SummaryReport.Respondent>> chunk) {
                chunked(silent, chunk);
            }
        }, new StatisticsCharts.Texts(MESSAGES, NB), out);
        return out.toByteArray();
    }

    @Test
    void the_docx_holds_themes_quotes_inputs_campaigns_and_thousands_of_streamed_respondents() throws Exception {
        byte[] bytes = docx(report(), respondents(5000), respondents(1));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String body = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("Et klart flertall støtter målene.", "«Personvernet må styrkes.» – Legemiddelverket (22/414-1)",
                    "«Jeg vil vite hvem som leser journalen min.» – Ola Nordmann (22/414-3)", "Innledende tekst.", "Andre avsnitt.");
            assertThat(docx.getParagraphs().stream().filter(p -> "Quote".equals(p.getStyle()))).hasSize(4);
            List<XWPFTable> tables = docx.getTables();
            String all = tables.stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            assertThat(all).contains("Personvern", "Tatt til følge: Teksten er endret.", "Ikke tatt til følge", "Ikke vurdert ennå",
                    "Legemiddelverket (22/414-1)", "måleindikator 1.4", "Vi er imot forslaget fordi ...", "40", "Ja\t2\t67");
            XWPFTable respondents = tables.get(tables.size() - 2);
            assertThat(respondents.getRows()).hasSize(5001);
            assertThat(respondents.getRow(2).getCell(0).getText()).isEqualTo("A & B <AS>");
            assertThat(respondents.getRow(5000).getCell(2).getText()).isEqualTo("22/414-5000");
            assertThat(respondents.getRow(0).isRepeatHeader()).isTrue();
            assertThat(respondents.getStyleID()).isEqualTo("TableGrid");
            assertThat(tables.get(tables.size() - 1).getRows()).hasSize(2);
            assertThat(docx.getAllPictures()).hasSize(1);
            assertThat(docx.getDocument().xmlText()).contains("descr=\"Kan dere stille dere bak målene?. Ja: 2 (67");
        }
    }

    @Test
    void an_empty_list_says_so_in_its_one_row() throws Exception {
        byte[] bytes = docx(report(), respondents(2), List.of());
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFTable silent = docx.getTables().get(docx.getTables().size() - 1);
            assertThat(silent.getRows()).hasSize(2);
            assertThat(silent.getRow(1).getCell(0).getText()).isEqualTo("Alle som svarte, hadde merknader.");
        }
    }

    @Test
    void the_pdf_with_every_part_filled_in_is_pdfa_2a_and_pdfua_1() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(MESSAGES);
        SummaryPdf pdfs = new SummaryPdf(engine, new ResponseDocuments(engine, MESSAGES));
        byte[] pdf = pdfs.render(report(), respondents(300), respondents(1), "nb", NB);
        assertThat(PdfInspection.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a rules failed").isEmpty();
        assertThat(PdfInspection.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 rules failed").isEmpty();
        String text = PdfInspection.collapse(String.join(" ", PdfInspection.pages(pdf)));
        assertThat(text).contains("Personvernet må styrkes.", "Tatt til følge", "Teksten er", "Vi er imot forslaget fordi",
                "A & B <AS>", "22/414-300", "Mål 1: Aktiv medvirkning");
        List<String> outline = new ArrayList<>();
        int images = 0;
        try (var document = PdfInspection.load(pdf)) {
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> outline.add(item.getTitle()));
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(images).as("the chart drawn as an image").isEqualTo(1);
        assertThat(outline).contains("Innledning", "1. Kan dere stille dere bak målene?", "Kampanjer", "Høringsinstanser");
    }
}
