package no.innspill.intake.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import no.innspill.intake.review.StaffUploads.Upload;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An e-mailed response to a form with a required question and a multiple choice: intake reads the ticked boxes, and
 * the case worker registers what the respondent sent, though it leaves a required question open.
 */
@IntegrationTest
class QuestionKindsIntakeIT {

    @LocalServerPort
    int port;

    @Test
    void a_response_that_leaves_a_required_question_open_is_registered_as_it_came_with_its_ticked_boxes() {
        TestApi staff = TestApi.staff(port);
        String caseNumber = TestForms.newCaseNumber();
        String slug = caseNumber.replace('/', '-');
        String yaml = TestForms.kinds(caseNumber);
        assertThat(staff.post("/api/v1/consultations", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        assertThat(staff.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        String intake = "/saksbehandler/horinger/" + slug + "/innkommende";

        byte[] docx = IntakeFixtures.letterDocx("Høringsinstans: Skoleveien velforening",
                "1) Hva er dere mest opptatt av? (må fylles ut)",
                "☒ Trafikk, utdyp gjerne ☐ Grøntområder, utdyp gjerne ☒ Støy, utdyp gjerne",
                "Mest om morgenen " + Instant.now(),
                "3) Andre innspill?",
                "Ingen flere.");
        var uploaded = new StaffUploads(port).upload(slug, new Upload("velforeningen.docx", docx));
        assertThat(uploaded.status()).isEqualTo(302);
        Element link = uploaded.page().select("#upload-taken a").first();
        long id = Long.parseLong(link.attr("href").substring(link.attr("href").lastIndexOf('/') + 1));

        WebSession web = StaffUploads.loggedInSession(port);
        Page review = web.get(intake + "/" + id);
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.html().select("input[name=concerns.choices][checked]").eachAttr("value")).containsExactly("traffic", "noise");

        Page confirmed = web.submit(review.form("#review-form"), Map.of("respondent.kind", "organisation", "channel", "email"));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(302);
        String documentNumber = web.get(confirmed.location()).html().getElementById("document-number").text();

        JsonNode stored = staff.get("/api/v1/consultations/" + slug + "/responses/"
                + documentNumber.substring(documentNumber.lastIndexOf('-') + 1)).json();
        assertThat(stored.at("/answers/concerns/choices").values()).extracting(JsonNode::stringValue).containsExactly("traffic", "noise");
        assertThat(stored.at("/answers/reason/text").isNull()).as("the required question the respondent left open").isTrue();
        assertThat(stored.at("/answers/other/text").stringValue()).isEqualTo("Ingen flere.");
        assertThat(stored.get("channel").stringValue()).isEqualTo("email");
    }
}
