package no.innspill.intake.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.innspill.intake.review.StaffUploads.Upload;
import no.innspill.testing.EveryKindForm;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.PdfFormFilling;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The blank PDF downloaded from the consultation's page, filled in on screen and uploaded to intake:
 * the review form comes pre-filled with exactly what was typed and ticked, noted as read from the
 * form's fields, and registers as that response.
 */
@IntegrationTest
class FillablePdfIntakeIT {

    @LocalServerPort
    int port;

    @Test
    void a_filled_in_blank_pdf_is_reviewed_and_registered_with_exactly_its_answers() throws Exception {
        TestApi staff = TestApi.staff(port);
        String caseNumber = TestForms.newCaseNumber();
        String slug = caseNumber.replace('/', '-');
        assertThat(staff.post("/api/v1/consultations", "application/yaml",
                EveryKindForm.yaml(caseNumber).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        assertThat(staff.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/horinger/" + slug + "/skjema.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] filled = PdfFormFilling.fill(download.body(), EveryKindForm.filledIn());

        var uploaded = new StaffUploads(port).upload(slug, new Upload("høringssvar skoleveien.pdf", filled));
        assertThat(uploaded.status()).isEqualTo(302);
        Element link = uploaded.page().select("#upload-taken a").first();
        long id = Long.parseLong(link.attr("href").substring(link.attr("href").lastIndexOf('/') + 1));

        WebSession web = StaffUploads.loggedInSession(port);
        Page review = web.get("/saksbehandler/horinger/" + slug + "/innkommende/" + id);
        assertThat(review.status()).isEqualTo(200);
        Document html = review.html();
        assertThat(html.select("#read-from-form-fields").text()).startsWith("Lest fra skjemafelt");
        assertThat(html.select("#warnings")).as("a note, not a warning").isEmpty();
        assertThat(html.select("#confidence").text()).isEqualTo("100 %");
        assertThat(html.select("input[name=respondent.name]").attr("value")).isEqualTo("Skoleveien vel");
        assertThat(html.select("input[name=support.choice][checked]").eachAttr("value")).containsExactly("no");
        assertThat(html.select("textarea[name=support.text]").first().wholeText().strip()).isEqualTo(EveryKindForm.SUPPORT_TEXT);
        assertThat(html.select("input[name=concerns.choices][checked]").eachAttr("value")).containsExactly("traffic", "noise");
        assertThat(html.select("textarea[name=goals.goal2.text]").first().wholeText().strip()).isEqualTo("Flere trær.");

        Page confirmed = web.submit(review.form("#review-form"), Map.of("respondent.kind", "organisation", "channel", "email"));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(302);
        String documentNumber = web.get(confirmed.location()).html().getElementById("document-number").text();
        JsonNode stored = staff.get("/api/v1/consultations/" + slug + "/responses/"
                + documentNumber.substring(documentNumber.lastIndexOf('-') + 1)).json();
        assertThat(stored.at("/answers/support/choice").stringValue()).isEqualTo("no");
        assertThat(stored.at("/answers/support/text").stringValue()).isEqualTo(EveryKindForm.SUPPORT_TEXT);
        assertThat(stored.at("/answers/concerns/choices").values()).extracting(JsonNode::stringValue).containsExactly("traffic", "noise");
        assertThat(stored.at("/answers/concerns/text").stringValue()).isEqualTo("Mest trafikk om morgenen.");
        assertThat(stored.at("/answers/reason/text").stringValue()).isEqualTo("Fordi barna går der.");
        assertThat(stored.at("/answers/goals/text").stringValue()).isEqualTo("Generelt: bra.");
        assertThat(stored.at("/answers/goals.goal2/text").stringValue()).isEqualTo("Flere trær.");
        assertThat(stored.at("/respondent/name").stringValue()).isEqualTo("Skoleveien vel");
    }
}
