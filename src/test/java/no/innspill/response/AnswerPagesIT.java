package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The answering pages over real HTTP, the way a browser without JavaScript uses them. */
@IntegrationTest
class AnswerPagesIT {

    private static final String FORM = "/horinger/22-414/svar";

    @LocalServerPort
    int port;
    WebSession web;

    @BeforeEach
    void session() {
        web = new WebSession(port);
    }

    @Test
    void invalid_answers_come_back_with_an_error_summary_linking_to_each_field() {
        Page form = web.get(FORM);
        assertThat(form.status()).isEqualTo(200);

        Page invalid = web.submitAndFollow(form.form("#response-form"), Map.of(
                "respondent.name", "", "respondent.organisationNumber", "123456789", "q3.text", "Litt tekst"), "preview");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.html().title()).startsWith("Feil:");
        var links = invalid.html().select(".ds-error-summary a");
        assertThat(links.eachAttr("href")).containsExactly("#respondent-name", "#respondent-kind-organisation", "#respondent-organisationNumber");
        for (var link : links) {
            assertThat(invalid.html().getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        assertThat(invalid.html().getElementById("respondent-organisationNumber").attr("aria-invalid")).isEqualTo("true");
        assertThat(invalid.text()).contains("Organisasjonsnummeret er ikke gyldig");
        // what was typed is kept
        assertThat(invalid.html().getElementById("a-q3-text").wholeText()).isEqualTo("Litt tekst");
        assertThat(invalid.html().getElementById("respondent-organisationNumber").attr("value")).isEqualTo("123456789");
    }

    @Test
    void preview_then_send_gives_a_receipt_and_sending_twice_gives_the_same_one() {
        Page preview = web.submitAndFollow(web.get(FORM).form("#response-form"), Map.of(
                "respondent.name", "Nettsvar Kommune", "respondent.kind", "organisation",
                "q1.choice", "no", "q1.text", "Første avsnitt.\n• Et punkt\n• Et annet punkt",
                "q2.goal2.text", "Om mål 2."), "preview");
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.text()).contains("Nettsvar Kommune", "Et annet punkt", "Om mål 2.");

        var sendForm = preview.form("#send-form");
        Page sent = web.submit(sendForm, Map.of());
        Page sentAgain = web.submit(sendForm, Map.of()); // a double click, or reload of the post
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).contains("/kvittering/");
        assertThat(sentAgain.location()).isEqualTo(sent.location());

        Page receipt = web.get(sent.location());
        assertThat(receipt.status()).isEqualTo(200);
        String documentNumber = receipt.html().getElementById("document-number").text();
        assertThat(documentNumber).matches("22/414-\\d+");
        assertThat(receipt.text()).contains("Et annet punkt");

        var stored = TestApi.staff(port).get("/api/v1/consultations/22-414/responses/" + documentNumber.substring(7)).json();
        assertThat(stored.get("channel").stringValue()).isEqualTo("web");
        assertThat(stored.at("/answers/q1/text").stringValue()).isEqualTo("Første avsnitt.\n• Et punkt\n• Et annet punkt");
        assertThat(stored.at("/respondent/name").stringValue()).isEqualTo("Nettsvar Kommune");
        assertThat(web.get("/kvittering/" + "x".repeat(43)).status()).isEqualTo(404);
    }

    @Test
    void a_draft_is_saved_resumed_by_its_link_and_never_counts_as_a_response() {
        int before = TestApi.staff(port).get("/api/v1/consultations/22-414/responses?limit=1000").json().size();
        Page saved = web.submit(web.get(FORM).form("#response-form"), Map.of(
                "respondent.name", "Utkast AS", "q4.text", "Halvferdig tanke"), "save");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains("/horinger/22-414/utkast/").contains("lagret");

        WebSession later = new WebSession(port); // another browser, only the link
        Page resumed = later.get(saved.location().replaceAll("\\?.*", ""));
        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.html().getElementById("respondent-name").attr("value")).isEqualTo("Utkast AS");
        assertThat(resumed.html().getElementById("a-q4-text").wholeText()).isEqualTo("Halvferdig tanke");
        assertThat(TestApi.staff(port).get("/api/v1/consultations/22-414/responses?limit=1000").json().size()).isEqualTo(before);

        Page preview = later.submitAndFollow(resumed.form("#response-form"), Map.of("respondent.kind", "organisation"), "preview");
        Page sent = later.submit(preview.form("#send-form"), Map.of());
        assertThat(sent.location()).contains("/kvittering/");
        Page draftAfter = later.get(saved.location().replaceAll("\\?.*", ""));
        assertThat(draftAfter.text()).contains("allerede sendt inn");
        assertThat(web.get("/horinger/22-414/utkast/" + "y".repeat(43)).status()).isEqualTo(404);
    }

    @Test
    void pages_speak_nynorsk_and_english_when_asked() {
        assertThat(web.get(FORM + "?lang=nn").text()).contains("Kven svarar?");
        assertThat(web.get(FORM).text()).as("the choice is kept in a cookie").contains("Kven svarar?");
        assertThat(web.get(FORM + "?lang=en").text()).contains("Who is responding?");
        assertThat(web.get(FORM + "?lang=nb").text()).contains("Hvem svarer?");
    }

    @Test
    void a_post_without_the_csrf_token_is_refused() {
        Page refused = web.post(FORM, Map.of("respondent.name", "X", "action", "save"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void unknown_pages_get_a_norwegian_error_page() {
        Page missing = web.get("/horinger/99-999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("Fant ikke siden").doesNotContain("Exception");
    }
}
