package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case worker's pages over real HTTP: login, consultations, responses with counts and filters, the outbox. */
@IntegrationTest
class StaffPagesIT {

    @LocalServerPort
    int port;

    @Test
    void staff_pages_need_a_login() {
        WebSession anonymous = new WebSession(port);
        var page = anonymous.get("/saksbehandler");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/logg-inn");
        assertThat(anonymous.get("/saksbehandler/utboks").status()).isEqualTo(302);
        var wrong = anonymous.logIn("admin", "feil");
        assertThat(wrong.location()).contains("/logg-inn?error");
    }

    @Test
    void a_case_worker_sees_the_responses_with_counts_filters_and_each_one_in_full() {
        WebSession staff = loggedIn();
        var overview = staff.get("/saksbehandler");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.text()).contains("22/414", "Åpen");

        var responses = staff.get("/saksbehandler/horinger/22-414");
        assertThat(responses.status()).isEqualTo(200);
        assertThat(responses.html().select("caption").eachText()).anyMatch(c -> c.startsWith("1) Kan dere stille dere bak"));
        assertThat(responses.html().select("a").eachText()).contains("22/414-1");

        var onlyPeople = staff.get("/saksbehandler/horinger/22-414?kind=person");
        assertThat(onlyPeople.html().select("a").eachText()).doesNotContain("22/414-1");
        var onlyYes = staff.get("/saksbehandler/horinger/22-414?choice=q1:yes");
        assertThat(onlyYes.html().select("a").eachText()).contains("22/414-1");
        var onlyEmail = staff.get("/saksbehandler/horinger/22-414?channel=email&late=no");
        assertThat(onlyEmail.html().select("a").eachText()).contains("22/414-1");

        var one = staff.get("/saksbehandler/horinger/22-414/svar/1");
        assertThat(one.text()).contains("Legemiddelverket", "E-post", "European Health Data Space");
        var pdf = staff.get("/saksbehandler/horinger/22-414/svar/1/horingssvar.pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        var csv = staff.get("/saksbehandler/horinger/22-414/eksport.csv");
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).contains("22/414-1;");

        assertThat(staff.get("/saksbehandler/utboks").status()).isEqualTo(200);
    }

    @Test
    void a_case_worker_creates_a_consultation_from_yaml_opens_it_and_closes_it() {
        WebSession staff = loggedIn();
        var overview = staff.get("/saksbehandler");
        String caseNumber = TestForms.newCaseNumber();
        String slug = caseNumber.replace('/', '-');

        var created = staff.postMultipart("/saksbehandler/horinger", Map.of("_csrf", WebSession.csrf(overview)),
                "definition", "skjema.yaml", TestForms.yaml("20" + caseNumber, "2099-12-31").getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(302);
        var after = staff.get("/saksbehandler");
        assertThat(after.text()).as("the short form of 20" + caseNumber).contains("Høringen " + caseNumber + " er opprettet", "Utkast");

        var broken = staff.postMultipart("/saksbehandler/horinger", Map.of("_csrf", WebSession.csrf(after)),
                "definition", "feil.yaml", "caseNumber: \"99/1\"\ntitle: x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).isEqualTo(302);
        assertThat(staff.get("/saksbehandler").html().select("[role=alert] li").eachText())
                .contains("owner, linje 1: mangler", "deadline, linje 1: mangler");

        var english = staff.get("/saksbehandler?lang=en");
        staff.postMultipart("/saksbehandler/horinger", Map.of("_csrf", WebSession.csrf(english)),
                "definition", "feil.yaml", "caseNumber: \"1999/1\"\ntitle: x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(staff.get("/saksbehandler").html().select("[role=alert] li").eachText())
                .contains("caseNumber, line 1: \"1999/1\" has a year outside 2000–2099", "owner, line 1: is missing");
        staff.get("/saksbehandler?lang=nb");

        var twice = staff.postMultipart("/saksbehandler/horinger", Map.of("_csrf", WebSession.csrf(after)),
                "definition", "skjema.yaml", TestForms.yaml(caseNumber, "2099-12-31").getBytes(StandardCharsets.UTF_8));
        assertThat(twice.status()).isEqualTo(302);
        assertThat(staff.get("/saksbehandler").text()).contains("Det finnes allerede en høring med dette saksnummeret");

        var page = staff.get("/saksbehandler");
        staff.submit(page.form("form[action$=/" + slug + "/apne]"), Map.of());
        assertThat(TestApi.anonymous(port).get("/api/v1/consultations/" + slug).json().get("status").stringValue()).isEqualTo("open");
        page = staff.get("/saksbehandler/horinger/" + slug + "/lukk");
        staff.submit(page.form("form[action$=/" + slug + "/lukk]"), Map.of());
        assertThat(TestApi.anonymous(port).get("/api/v1/consultations/" + slug).json().get("status").stringValue()).isEqualTo("closed");
    }

    private WebSession loggedIn() {
        WebSession staff = new WebSession(port);
        var login = staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        assertThat(login.location()).endsWith("/saksbehandler");
        return staff;
    }
}
