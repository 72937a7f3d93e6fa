package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import no.innspill.document.PdfInspection;
import no.innspill.testing.EveryKindForm;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/**
 * The summary report with the analysis features' beans present (small stand-ins, in a context of their own so that no
 * other test sees them): the page counts their themes, campaigns and inputs, and both documents hold them.
 */
@IntegrationTest
@TestPropertySource(properties = "innspill.test.own-context=report")
class SummarySourcesIT {

    @LocalServerPort
    int port;

    @TestConfiguration
    static class Sources {

        @Bean
        @org.springframework.context.annotation.Primary
        ReportSources.Themes themes() {
            return (consultationId, answerId) -> answerId.equals("support")
                    ? List.of(new ReportSources.Theme("Trafikksikkerhet", 1, List.of(new ReportSources.Quote(1, "Skoleveien vel",
                    "Trafikken forbi skolen er farlig."))))
                    : List.of();
        }

        @Bean
        @org.springframework.context.annotation.Primary
        ReportSources.Campaigns campaigns() {
            return consultationId -> List.of(new ReportSources.CampaignSummary("Vi vil ha fartsdumper.", 25, 4));
        }

        @Bean
        @org.springframework.context.annotation.Primary
        ReportSources.Inputs inputs() {
            return (consultationId, answerId) -> answerId.equals("reason")
                    ? List.of(new ReportSources.Input(1, "Skoleveien vel", "Senk fartsgrensen til 30.", "§ 5",
                    Disposition.PARTLY_ADOPTED, "Fartsgrensen senkes ved skolen."))
                    : null; // a source may answer null: the report reads it as none
        }
    }

    @Test
    void the_page_and_both_documents_show_the_themes_campaigns_and_inputs() {
        String slug = TestConsultations.open(port, EveryKindForm.yaml(TestForms.newCaseNumber()));
        assertThat(TestApi.anonymous(port).postJson("/api/v1/consultations/" + slug + "/responses", """
                {"respondent": {"name": "Skoleveien vel", "kind": "organisation", "organisationNumber": null, "email": null},
                 "answers": {"support": {"choice": "yes"}, "reason": {"text": "Senk fartsgrensen til 30."}, "goals": {"text": "Bra"}}}""")
                .status()).isEqualTo(201);
        WebSession staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        String page = "/saksbehandler/horinger/" + slug + "/oppsummering";

        WebSession.Page shown = staff.get(page);
        assertThat(shown.html().selectFirst("#report-themes").text()).startsWith("1");
        assertThat(shown.html().selectFirst("#report-campaigns").text()).startsWith("1");
        assertThat(shown.html().selectFirst("#report-inputs").text()).startsWith("1");

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(staff.get(page + ".docx").bytes()))) {
            String body = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("«Trafikken forbi skolen er farlig.» – Skoleveien vel").doesNotContain("Ingen kampanjer er funnet ennå.");
            String tables = docx.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            assertThat(tables).contains("Trafikksikkerhet", "Vi vil ha fartsdumper.", "25", "Senk fartsgrensen til 30.", "§ 5",
                    "Delvis tatt til følge: Fartsgrensen senkes ved skolen.");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        String text = PdfInspection.collapse(String.join(" ", PdfInspection.pages(staff.get(page + ".pdf").bytes())));
        assertThat(text).contains("Trafikksikkerhet", "Trafikken forbi skolen er farlig.", "Vi vil ha fartsdumper.", "Delvis tatt til følge");
    }
}
