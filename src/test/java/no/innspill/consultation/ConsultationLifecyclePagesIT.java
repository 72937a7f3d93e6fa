package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Moving the deadline, closing early and deleting a draft on the staff pages, over real HTTP and the real database. */
@IntegrationTest
class ConsultationLifecyclePagesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_deadline_moves_with_a_reason_that_is_logged_and_respondents_with_drafts_are_told() throws Exception {
        String slug = openConsultation();
        WebSession respondent = new WebSession(port);
        var form = respondent.get("/horinger/" + slug + "/svar");
        var saved = respondent.submit(form.form("#response-form"), Map.of("respondent.name", "Kari Utkast",
                "respondent.email", "kari@frist.example", "action", "save"));
        assertThat(saved.status()).isEqualTo(302);

        WebSession staff = loggedIn();
        var page = staff.get("/saksbehandler/horinger/" + slug + "/frist");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().getElementById("deadline-date").val()).isEqualTo("2099-06-30");

        var noReason = staff.submit(page.form("form[action$=/frist]"), Map.of("date", "2099-08-15", "time", "12:00", "reason", " "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.html().select("#error-summary a").eachAttr("href")).containsExactly("#reason");
        assertThat(noReason.html().getElementById("reason-error").text()).isEqualTo("Skriv hvorfor fristen endres.");
        assertThat(noReason.html().getElementById("deadline-date").val()).as("what was typed stays").isEqualTo("2099-08-15");

        var past = staff.submit(page.form("form[action$=/frist]"), Map.of("date", "2020-01-01", "time", "12:00", "reason", "Feil"));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.html().getElementById("deadline-date-error").text()).startsWith("Den nye fristen må være fram i tid");
        var unreadable = staff.submit(page.form("form[action$=/frist]"), Map.of("date", "15.08.2099", "time", "25:00", "reason", ""));
        assertThat(unreadable.html().select("#error-summary a").eachAttr("href")).containsExactly("#deadline-date", "#reason");
        var tooLong = staff.submit(page.form("form[action$=/frist]"), Map.of("date", "2099-08-15", "time", "12:00",
                "reason", "x".repeat(Consultations.MAX_REASON + 1)));
        assertThat(tooLong.html().getElementById("reason-error").text()).matches("Begrunnelsen kan være høyst 1.000 tegn\\."); // 1 000
        assertThat(anonymousDeadline(slug)).as("nothing changed yet").startsWith("2099-06-30");

        var moved = staff.submit(page.form("form[action$=/frist]"), Map.of("date", "2099-08-15", "time", "12:00",
                "reason", "Flere kommuner ba om mer tid <b>nå</b>"));
        assertThat(moved.location()).endsWith("/saksbehandler");
        assertThat(staff.get("/saksbehandler").text()).contains("Fristen er endret.");
        assertThat(anonymousDeadline(slug)).startsWith("2099-08-15T12:00");

        var log = staff.get("/saksbehandler/horinger/" + slug + "/frist").html();
        assertThat(log.select("table tbody tr").first().text()).contains(TestApi.STAFF_USER, "Flere kommuner ba om mer tid <b>nå</b>",
                "30. juni 2099", "15. august 2099");

        String body = awaitMail(slug, "kari@frist.example");
        assertThat(body).contains("15. august 2099", "/horinger/" + slug + "/utkast/");
    }

    @Test
    void closing_asks_first_and_says_what_it_does() {
        String slug = openConsultation();
        WebSession staff = loggedIn();
        var overview = staff.get("/saksbehandler");
        var asked = staff.post("/saksbehandler/horinger/" + slug + "/lukk", Map.of("_csrf", WebSession.csrf(overview)));
        assertThat(asked.location()).as("a close without its confirmation leads to the question").endsWith("/" + slug + "/lukk");
        assertThat(status(slug)).isEqualTo("open");

        var question = staff.get("/saksbehandler/horinger/" + slug + "/lukk");
        assertThat(question.text()).contains("Lukke høring", "Ingen kan lenger sende svar", "kan ikke åpnes igjen");
        staff.submit(question.form("form[action$=/lukk]"), Map.of());
        assertThat(status(slug)).isEqualTo("closed");
        assertThat(staff.get("/saksbehandler").text()).contains("Høringen er lukket.");
        assertThat(staff.get("/saksbehandler/horinger/" + slug + "/lukk").text()).contains("allerede lukket");
        assertThat(staff.get("/saksbehandler/horinger/" + slug + "/frist").status()).isEqualTo(200);
    }

    @Test
    void a_draft_is_deleted_with_its_form_and_an_opened_one_is_not() {
        TestApi api = TestApi.staff(port);
        String caseNumber = TestForms.newCaseNumber();
        String slug = caseNumber.replace('/', '-');
        assertThat(api.post("/api/v1/consultations", "application/yaml", TestForms.yaml(caseNumber, "2099-06-30").getBytes())
                .status()).isEqualTo(201);
        Long formId = jdbc.queryForObject("select form_id from consultation where case_number = ?", Long.class, caseNumber);

        WebSession staff = loggedIn();
        var question = staff.get("/saksbehandler/horinger/" + slug + "/slett");
        assertThat(question.text()).contains("slettes for godt");
        staff.submit(question.form("form[action$=/slett]"), Map.of());
        assertThat(staff.get("/saksbehandler").text()).contains("Utkastet er slettet.");
        assertThat(api.get("/api/v1/consultations/" + slug).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from form_version where form_id = ?", Integer.class, formId)).isZero();

        String open = openConsultation();
        var refused = staff.get("/saksbehandler/horinger/" + open + "/slett");
        assertThat(refused.text()).contains("Bare et utkast kan slettes");
        assertThat(refused.html().select("form[action$=/slett]")).isEmpty();
        staff.post("/saksbehandler/horinger/" + open + "/slett", Map.of("_csrf", WebSession.csrf(staff.get("/saksbehandler")),
                "confirmed", "yes"));
        assertThat(staff.get("/saksbehandler").text()).contains("Utkastet kan ikke slettes");
        assertThat(status(open)).isEqualTo("open");
    }

    private String openConsultation() {
        TestApi api = TestApi.staff(port);
        String caseNumber = TestForms.newCaseNumber();
        String slug = caseNumber.replace('/', '-');
        assertThat(api.post("/api/v1/consultations", "application/yaml", TestForms.yaml(caseNumber, "2099-06-30").getBytes())
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        return slug;
    }

    private String status(String slug) {
        return TestApi.anonymous(port).get("/api/v1/consultations/" + slug).json().get("status").stringValue();
    }

    private String anonymousDeadline(String slug) {
        return TestApi.anonymous(port).get("/api/v1/consultations/" + slug).json().get("deadline").stringValue();
    }

    private String awaitMail(String slug, String to) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            List<String> bodies = jdbc.queryForList("select text_body from outbox_mail where recipient = ? and subject like 'Ny frist%'",
                    String.class, to);
            if (!bodies.isEmpty()) {
                assertThat(bodies).as("one mail, however often the event is delivered").hasSize(1);
                return bodies.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No deadline mail to " + to + " for " + slug + " within 60 s");
    }

    private WebSession loggedIn() {
        WebSession staff = new WebSession(port);
        assertThat(staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD).location()).endsWith("/saksbehandler");
        return staff;
    }
}
