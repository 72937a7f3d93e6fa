package no.innspill.intake.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.innspill.document.word.WordFormFilling;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The blank PDF and the Word form downloaded from the consultation's page, filled in on screen and
 * uploaded to intake: the review form comes pre-filled with exactly what was typed and ticked, the
 * whole respondent block included, and registers as that response.
 */
@IntegrationTest
class FillablePdfIntakeIT {

    @LocalServerPort
    int port;

    TestApi staff;

    @BeforeEach
    void staff() {
        staff = TestApi.staff(port);
    }

    /** The two blank forms a respondent downloads from the consultation's page, and how each is filled in. */
    enum BlankForm {
        PDF("skjema.pdf"), WORD("skjema.docx");

        final String file;

        BlankForm(String file) {
            this.file = file;
        }

        byte[] fill(byte[] blank, Map<String, String> values) {
            return this == PDF ? PdfFormFilling.fill(blank, values) : WordFormFilling.fill(blank, values);
        }
    }

    /** An uploaded item of a new consultation. */
    record Uploaded(String slug, long id) {
    }

    @ParameterizedTest
    @EnumSource(BlankForm.class)
    void a_filled_in_blank_form_is_reviewed_and_registered_with_exactly_its_answers(BlankForm form) throws Exception {
        reviewAndRegister(uploadFilled(form, EveryKindForm.filledIn()), form == BlankForm.PDF);
    }

    @ParameterizedTest
    @EnumSource(BlankForm.class)
    void a_private_persons_blank_form_registers_with_their_publication_choices(BlankForm form) throws Exception {
        reviewAndRegisterAPerson(uploadFilled(form, EveryKindForm.filledInByAPerson()));
    }

    private Uploaded uploadFilled(BlankForm form, Map<String, String> values) throws Exception {
        String slug = openEveryKindConsultation();
        byte[] filled = form.fill(download(slug, form.file), values);
        var uploaded = new StaffUploads(port).upload(slug, new Upload("høringssvar " + form.file, filled));
        assertThat(uploaded.status()).isEqualTo(302);
        Element link = uploaded.page().select("#upload-taken a").first();
        return new Uploaded(slug, Long.parseLong(link.attr("href").substring(link.attr("href").lastIndexOf('/') + 1)));
    }

    /** The review form holds the person's block and publication choices as filled in, and the response gets them. */
    private void reviewAndRegisterAPerson(Uploaded item) {
        WebSession web = StaffUploads.loggedInSession(port);
        Page review = review(web, item);
        Document html = review.html();
        assertThat(html.select("#warnings")).isEmpty();
        assertThat(html.select("input[name=respondent.kind][checked]").eachAttr("value")).containsExactly("person");
        assertThat(html.select("input[name=respondent.name]").attr("value")).isEqualTo("Kari Nordmann");
        assertThat(html.select("input[name=respondent.email]").attr("value")).isEqualTo("kari@nordmann.example");
        assertThat(html.select("input[name=respondent.organisationNumber]").attr("value")).isEmpty();
        assertThat(html.select("input[name=publication.name][checked]").eachAttr("value")).containsExactly("withhold");
        assertThat(html.select("input[name=publication.online][checked]").eachAttr("value")).containsExactly("false");
        assertThat(html.select("textarea[name=publication.reason]").first().wholeText().strip()).isEqualTo(EveryKindForm.PUBLICATION_REASON);

        JsonNode stored = confirm(web, review, item);
        assertThat(stored.at("/respondent/kind").stringValue()).isEqualTo("person");
        assertThat(stored.at("/respondent/name").stringValue()).isEqualTo("Kari Nordmann");
        assertThat(stored.at("/respondent/email").stringValue()).isEqualTo("kari@nordmann.example");
        assertThat(stored.at("/publication/name").stringValue()).isEqualTo("withhold");
        assertThat(stored.at("/publication/online").booleanValue()).isFalse();
        assertThat(stored.at("/publication/reason").stringValue()).isEqualTo(EveryKindForm.PUBLICATION_REASON);
        assertThat(stored.at("/answers/support/choice").stringValue()).isEqualTo("yes");
        assertThat(stored.at("/answers/goals.goal1/text").stringValue()).isEqualTo("Tryggere kryssing ved skolen.");
    }

    private static Page review(WebSession web, Uploaded item) {
        Page review = web.get("/saksbehandler/horinger/" + item.slug() + "/innkommende/" + item.id());
        assertThat(review.status()).isEqualTo(200);
        return review;
    }

    /** Confirms the review form unchanged; the response registered, as the API gives it. */
    private JsonNode confirm(WebSession web, Page review, Uploaded item) {
        Page confirmed = web.submit(review.form("#review-form"), Map.of());
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(302);
        String documentNumber = web.get(confirmed.location()).html().getElementById("document-number").text();
        return staff.get("/api/v1/consultations/" + item.slug() + "/responses/"
                + documentNumber.substring(documentNumber.lastIndexOf('-') + 1)).json();
    }

    private String openEveryKindConsultation() {
        String caseNumber = TestForms.newCaseNumber();
        String slug = caseNumber.replace('/', '-');
        assertThat(staff.post("/api/v1/consultations", "application/yaml",
                EveryKindForm.yaml(caseNumber).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        assertThat(staff.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        return slug;
    }

    private byte[] download(String slug, String file) throws Exception {
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/horinger/" + slug + "/" + file)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        return download.body();
    }


    /** The review form holds exactly what was filled in, the whole respondent block too, and registers it unchanged. */
    private void reviewAndRegister(Uploaded item, boolean pdfFields) {
        WebSession web = StaffUploads.loggedInSession(port);
        Page review = review(web, item);
        Document html = review.html();
        if (pdfFields) {
            assertThat(html.select("#read-from-form-fields").text()).startsWith("Lest fra skjemafelt");
        }
        assertThat(html.select("#warnings")).as("a note, not a warning").isEmpty();
        assertThat(html.select("#confidence").text()).isEqualTo("100 %");
        assertThat(html.select("input[name=respondent.kind][checked]").eachAttr("value")).containsExactly("organisation");
        assertThat(html.select("input[name=respondent.name]").attr("value")).isEqualTo("Skoleveien vel");
        assertThat(html.select("input[name=respondent.organisationNumber]").attr("value")).isEqualTo("974 761 076");
        assertThat(html.select("input[name=respondent.email]").attr("value")).isEqualTo("post@skoleveien.example");
        assertThat(html.select("input[name=respondent.contactName]").attr("value")).isEqualTo("Åse Ødegård");
        assertThat(html.select("input[name=respondent.contactPhone]").attr("value")).isEqualTo("+47 22 33 44 55");
        assertThat(html.select("input[name=publication.online][checked]")).as("nothing asked about publication").isEmpty();
        assertThat(html.select("input[name=support.choice][checked]").eachAttr("value")).containsExactly("no");
        assertThat(html.select("textarea[name=support.text]").first().wholeText().strip()).isEqualTo(EveryKindForm.SUPPORT_TEXT);
        assertThat(html.select("input[name=concerns.choices][checked]").eachAttr("value")).containsExactly("traffic", "noise");
        assertThat(html.select("textarea[name=goals.goal2.text]").first().wholeText().strip()).isEqualTo("Flere trær.");

        JsonNode stored = confirm(web, review, item);
        assertThat(stored.at("/answers/support/choice").stringValue()).isEqualTo("no");
        assertThat(stored.at("/answers/support/text").stringValue()).isEqualTo(EveryKindForm.SUPPORT_TEXT);
        assertThat(stored.at("/answers/concerns/choices").values()).extracting(JsonNode::stringValue).containsExactly("traffic", "noise");
        assertThat(stored.at("/answers/concerns/text").stringValue()).isEqualTo("Mest trafikk om morgenen.");
        assertThat(stored.at("/answers/reason/text").stringValue()).isEqualTo("Fordi barna går der.");
        assertThat(stored.at("/answers/goals/text").stringValue()).isEqualTo("Generelt: bra.");
        assertThat(stored.at("/answers/goals.goal2/text").stringValue()).isEqualTo("Flere trær.");
        assertThat(stored.at("/respondent/name").stringValue()).isEqualTo("Skoleveien vel");
        assertThat(stored.at("/respondent/kind").stringValue()).isEqualTo("organisation");
        assertThat(stored.at("/respondent/organisationNumber").stringValue()).isEqualTo("974761076");
        assertThat(stored.at("/respondent/email").stringValue()).isEqualTo("post@skoleveien.example");
        assertThat(stored.at("/respondent/contactPerson/name").stringValue()).isEqualTo("Åse Ødegård");
        assertThat(stored.at("/respondent/contactPerson/phone").stringValue()).isEqualTo("+47 22 33 44 55");
        assertThat(stored.at("/channel").stringValue()).isEqualTo("paper");
        assertThat(stored.at("/publication/name").stringValue()).isEqualTo("publish");
        assertThat(stored.at("/publication/online").booleanValue()).isTrue();
    }
}
