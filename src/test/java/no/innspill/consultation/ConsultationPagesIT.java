package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import no.innspill.document.word.WordFormReader;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ConsultationPagesIT {

    @LocalServerPort
    int port;

    @Test
    void the_consultation_page_shows_the_case_and_offers_the_blank_form_as_pdf_and_word() throws Exception {
        WebSession web = new WebSession(port);
        var page = web.get("/horinger/22-414");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Direktoratet for e-helse", "22/414", "dager igjen", "Strategiens rolle");

        var pdf = web.get("/horinger/22-414/skjema.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.bytes())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Saksnummer 22/414", "Har dere tilbakemelding på de fem strategiske målene med målindikatorer?");
        }

        var word = web.get("/horinger/22-414/skjema.docx");
        assertThat(word.status()).isEqualTo(200);
        assertThat(word.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var form = ConsultationDefinitions.bundled("22/414").orElseThrow().form();
        var blank = WordFormReader.read(word.bytes(), form, "22/414");
        assertThat(blank.answers().keySet()).containsExactlyElementsOf(form.answerIds());
        assertThat(blank.answers().values()).allMatch(answer -> answer.isEmpty());
    }

    @Test
    void the_front_page_lists_the_open_demo_consultation() {
        var page = new WebSession(port).get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("a").eachText())
                .contains("Høringssvarskjema: Nasjonal e-helsestrategi for helse- og omsorgssektoren");
    }
}
