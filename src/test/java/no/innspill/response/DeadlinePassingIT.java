package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The consultation closes between the preview and "Send inn" (issue 9): the answers are kept as a late
 * draft, the respondent gets a page with their text as a PDF and whom to ask, and staff see the draft,
 * its text and PDF, and may register it as a late response.
 */
@IntegrationTest
class DeadlinePassingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CacheManager caches;

    @Test
    void sending_after_the_consultation_closed_keeps_the_answers_as_a_late_draft_staff_can_register() {
        String slug = openConsultation(true);
        WebSession web = new WebSession(port);
        Page preview = web.submitAndFollow(web.get("/horinger/" + slug + "/svar").form("#response-form"), Map.of(
                "respondent.name", "Sein Kommune", "respondent.kind", "organisation",
                "q1.choice", "yes", "q2.text", "Viktig innspill"), "preview");
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        String draft = preview.html().getElementById("edit-link").attr("href");

        passDeadline(slug); // the deadline passes while the respondent reads over

        Page sent = web.submit(preview.form("#send-form"), Map.of());
        assertThat(sent.status()).isEqualTo(302);
        assertThat(path(sent.location())).isEqualTo(draft + "/etter-fristen");
        Page late = web.get(sent.location());
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.html().select("h1").text()).isEqualTo("Fristen gikk ut før svaret ble sendt inn");
        assertThat(late.html().getElementById("late-kept").text()).contains("tatt vare på");
        assertThat(late.html().getElementById("late-contact").text()).contains("Kari Saksbehandler", "kari@test.example", "22 24 20 00");
        assertThat(TestApi.staff(port).get("/api/v1/consultations/" + slug + "/responses").json().size()).isZero();

        Page pdf = web.get(late.html().getElementById("late-pdf").attr("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(PdfText.of(pdf.bytes())).contains("Ikke sendt inn – kom etter fristen", "Sein Kommune", "Viktig innspill");

        // sending again, or opening the draft or its preview, leads to the same page: nothing is lost, nothing sent
        assertThat(path(web.submit(preview.form("#send-form"), Map.of()).location())).isEqualTo(draft + "/etter-fristen");
        assertThat(path(web.get(draft).location())).isEqualTo(draft + "/etter-fristen");
        assertThat(path(web.get(draft + "/se-over").location())).isEqualTo(draft + "/etter-fristen");

        WebSession staff = loggedIn();
        Page overview = staff.get("/saksbehandler/horinger/" + slug);
        assertThat(overview.html().getElementById("late-drafts").text()).isEqualTo("1 utkast kom etter fristen");
        Page list = staff.get(overview.html().getElementById("late-drafts").selectFirst("a").attr("href"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("#late-drafts-table tbody tr")).hasSize(1);
        Page one = staff.get(list.html().selectFirst("#late-drafts-table tbody a").attr("href"));
        assertThat(one.text()).contains("Sein Kommune", "Viktig innspill");
        Page staffPdf = staff.get(one.html().getElementById("late-draft-pdf").attr("href"));
        assertThat(PdfText.of(staffPdf.bytes())).contains("Ikke sendt inn – kom etter fristen", "Viktig innspill");
        assertThat(new WebSession(port).get(one.html().getElementById("late-draft-pdf").attr("href")).status())
                .as("staff only").isIn(302, 401, 403);

        Page registered = staff.submit(one.form("form[action$=/registrer]"), Map.of());
        assertThat(registered.status()).isEqualTo(302);
        assertThat(path(registered.location())).isEqualTo("/saksbehandler/horinger/" + slug + "/svar/1");
        Page twice = staff.submit(one.form("form[action$=/registrer]"), Map.of());
        assertThat(path(twice.location())).isEqualTo("/saksbehandler/horinger/" + slug + "/svar/1");
        var responses = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/responses").json();
        assertThat(responses.size()).isEqualTo(1);
        assertThat(responses.get(0).get("late").booleanValue()).isTrue();
        assertThat(responses.get(0).at("/answers/q2/text").stringValue()).isEqualTo("Viktig innspill");
        assertThat(staff.get("/saksbehandler/horinger/" + slug).html().getElementById("late-drafts")).isNull();
        // the respondent's page now says it was sent, with the receipt
        assertThat(web.get(draft + "/etter-fristen").text()).contains("allerede sendt inn");
    }

    @Test
    void without_a_contact_person_the_late_page_names_the_receiving_address_and_typing_after_the_close_is_kept_too() {
        String slug = openConsultation(false);
        WebSession web = new WebSession(port);
        var form = web.get("/horinger/" + slug + "/svar").form("#response-form");
        WebSession earlier = new WebSession(port);
        Page saved = earlier.submit(earlier.get("/horinger/" + slug + "/svar").form("#response-form"),
                Map.of("respondent.name", "Lagret Før", "q2.text", "Lagret før fristen"), "save");
        String savedDraft = path(saved.location()).replaceAll("\\?.*", "");
        close(slug);

        // a draft saved before and opened after the close: kept, as a late draft with its PDF
        Page reopened = earlier.get(savedDraft);
        assertThat(path(reopened.location())).isEqualTo(savedDraft + "/etter-fristen");
        assertThat(earlier.get(reopened.location()).html().getElementById("late-pdf")).isNotNull();

        Page posted = web.submit(form, Map.of("respondent.name", "Treg Person", "q2.text", "Skrevet mens fristen gikk"), "preview");
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).endsWith("/etter-fristen");
        Page late = web.get(posted.location());
        assertThat(late.html().getElementById("late-contact").text()).contains("Testdirektoratet", "postmottak@test.example");
        assertThat(PdfText.of(web.get(late.html().getElementById("late-pdf").attr("href")).bytes())).contains("Skrevet mens fristen gikk");

        Page empty = web.submit(form, Map.of(), "preview");
        assertThat(empty.status()).as("nothing typed: nothing to keep").isEqualTo(409);
    }

    private String openConsultation(boolean contact) {
        String caseNumber = TestForms.newCaseNumber();
        String yaml = TestForms.yaml(caseNumber, "2099-12-31");
        if (contact) {
            yaml = yaml.replace("responseEmail:", """
                    contact:
                      name: "Kari Saksbehandler"
                      email: "kari@test.example"
                      phone: "22 24 20 00"
                    responseEmail:""");
        }
        return TestConsultations.open(port, yaml);
    }

    private void passDeadline(String slug) {
        TestConsultations.passDeadline(jdbc, caches, slug);
    }

    private void close(String slug) {
        assertThat(TestApi.staff(port).post("/api/v1/consultations/" + slug + "/close", "application/json", new byte[0]).status())
                .isEqualTo(200);
    }

    private WebSession loggedIn() {
        WebSession staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        return staff;
    }

    private static String path(String location) {
        return location == null ? null : location.replaceAll("^https?://[^/]+", "");
    }
}
