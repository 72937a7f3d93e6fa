package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.innspill.platform.DateFormats;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A consultation's details on the staff pages, "Ny høring" without YAML, scheduling, and the nynorsk and
 * English texts respondents read, over real HTTP and the real database.
 */
@IntegrationTest
class ConsultationDetailsPagesIT {

    private static final String DETAILS_FORM = "form[action$=/detaljer]";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_case_worker_creates_a_draft_without_yaml_and_lands_on_its_details() {
        WebSession staff = loggedIn();
        assertThat(staff.get("/saksbehandler").html().getElementById("new-without-yaml").attr("href")).endsWith("/saksbehandler/horinger/ny");
        Page page = staff.get("/saksbehandler/horinger/ny");
        assertThat(page.status()).isEqualTo(200);

        Page blank = staff.submit(page.form("form[action$=/ny]"), Map.of("deadlineDate", ""));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.html().select("#error-summary a").eachAttr("href"))
                .containsExactly("#case-number", "#title", "#owner", "#response-email", "#deadline-date");
        assertThat(blank.html().getElementById("title-error").text()).isEqualTo("Tittel mangler.");

        String sequence = String.valueOf(100_000 + (System.nanoTime() % 800_000));
        Map<String, String> fields = new HashMap<>(Map.of("caseNumber", "2098/" + sequence, "title", "Reguleringsplan <script>alert(1)</script>",
                "owner", "Testkommune", "deadlineDate", "2020-01-01", "deadlineTime", "12:00", "responseEmail", "ikke-en-adresse"));
        Page wrong = staff.submit(page.form("form[action$=/ny]"), fields);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.html().getElementById("deadline-date-error").text()).isEqualTo("Fristen har passert; velg en frist fram i tid.");
        assertThat(wrong.html().getElementById("response-email-error").text()).isEqualTo("Mottaksadresse (postmottak) er ikke en gyldig e-postadresse.");
        assertThat(wrong.html().getElementById("title").val()).as("what was typed stays").isEqualTo("Reguleringsplan <script>alert(1)</script>");
        assertThat(jdbc.queryForObject("select count(*) from consultation where case_number = ?", Integer.class, "98/" + sequence)).isZero();

        fields.putAll(Map.of("deadlineDate", "2099-05-01", "responseEmail", "postmottak@kommune.example"));
        Page created = staff.submit(page.form("form[action$=/ny]"), fields);
        assertThat(created.location()).endsWith("/saksbehandler/horinger/98-" + sequence + "/detaljer");
        Page details = staff.get(created.location());
        assertThat(details.text()).contains("Høringen er opprettet som utkast", "Utkast");
        assertThat(details.html().getElementById("title").val()).isEqualTo("Reguleringsplan <script>alert(1)</script>");
        assertThat(details.html().select("script:containsData(alert)")).isEmpty();
        JsonNode form = TestApi.staff(port).get("/api/v1/consultations/98-" + sequence + "/form").json();
        assertThat(form.get("questions")).hasSize(1);
        assertThat(form.at("/questions/0/kind").stringValue()).isEqualTo("text");

        Page again = staff.submit(page.form("form[action$=/ny]"), Map.of("caseNumber", "98/" + sequence, "title", "Igjen",
                "owner", "Testkommune", "deadlineDate", "2099-05-01", "responseEmail", "postmottak@kommune.example"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.html().getElementById("case-number-error").text()).isEqualTo("En annen høring har allerede dette saksnummeret.");
    }

    @Test
    void a_drafts_details_are_checked_per_field_and_saved_all_or_nothing() {
        String slug = draft("2099-06-30");
        WebSession staff = loggedIn();
        Page page = staff.get("/saksbehandler/horinger/" + slug + "/detaljer");
        assertThat(page.html().getElementById("case-number").hasAttr("readonly")).isFalse();
        assertThat(page.html().getElementById("deadline-date").val()).isEqualTo("2099-06-30");

        Page wrong = staff.submit(page.form(DETAILS_FORM), Map.of("title", "Ny tittel", "contactEmail", "kari(at)example",
                "contactPhone", "ring meg", "publicationDate", "1. mars", "titleNn", "x".repeat(ConsultationDetails.MAX_TITLE + 1),
                "owner", "Direktoratet\u0000", "caseNumber", "1999/5"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.html().select("#error-summary a").eachAttr("href")).containsExactly("#case-number", "#owner",
                "#contact-email", "#contact-phone", "#publication-date", "#title-nn");
        assertThat(wrong.html().getElementById("contact-phone-error").text())
                .isEqualTo("Telefon til kontaktperson er ikke et telefonnummer; skriv for eksempel 22 24 20 00 eller +47 22242000.");
        assertThat(wrong.html().getElementById("title-nn-error").text()).isEqualTo("Tittel på nynorsk kan være høyst 300 tegn.");
        assertThat(wrong.html().getElementById("owner-error").text()).isEqualTo("Eier (virksomheten) kan ikke ha linjeskift eller kontrolltegn.");
        assertThat(wrong.html().getElementById("case-number-error").text()).isEqualTo("Årstallet i saksnummeret må være mellom 2000 og 2099.");
        assertThat(column(slug, "title")).as("nothing half-saved").isEqualTo("Høring om testing");

        String sequence = String.valueOf(100_000 + (System.nanoTime() % 800_000));
        Page saved = staff.submit(page.form(DETAILS_FORM), Map.of("caseNumber", "2097/" + sequence, "title", "Ny tittel",
                "contactName", "Kari Nordmann", "contactEmail", "kari@test.example", "contactPhone", "+47 22 24 20 00",
                "publicationDate", LocalDate.now(DateFormats.OSLO).plusDays(3).toString(), "deadlineDate", "2099-07-15",
                "deadlineTime", "12:00", "titleEn", "Consultation on testing", "introEn", "We ask for input.\n\n• One\n• Two"));
        String renumbered = "97-" + sequence;
        assertThat(saved.location()).endsWith("/saksbehandler/horinger/" + renumbered + "/detaljer");
        assertThat(staff.get(saved.location()).text()).contains("Detaljene er lagret.");
        JsonNode json = TestApi.staff(port).get("/api/v1/consultations/" + renumbered).json();
        assertThat(json.get("caseNumber").stringValue()).isEqualTo("97/" + sequence);
        assertThat(json.at("/contact/phone").stringValue()).isEqualTo("+47 22 24 20 00");
        assertThat(json.get("deadline").stringValue()).isEqualTo("2099-07-15T12:00:00+02:00");
        assertThat(json.at("/translations/en/intro").stringValue()).isEqualTo("We ask for input.\n\n• One\n• Two");
        assertThat(json.at("/translations/nn").isMissingNode()).isTrue();
        assertThat(TestApi.staff(port).get("/api/v1/consultations/" + slug).status()).as("the old number is gone").isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from consultation_change c join consultation k on k.id = c.consultation_id"
                + " where k.case_number = ?", Integer.class, "97/" + sequence)).as("a draft's details are not logged").isZero();

        Page taken = staff.submit(staff.get(saved.location()).form(DETAILS_FORM), Map.of("caseNumber", "22/414"));
        assertThat(taken.html().getElementById("case-number-error").text()).isEqualTo("En annen høring har allerede dette saksnummeret.");
    }

    @Test
    void after_opening_each_change_needs_a_reason_and_is_logged_and_the_case_number_and_deadline_stay() {
        String slug = draft("2099-06-30");
        TestApi.staff(port).post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]);
        WebSession staff = loggedIn();
        Page page = staff.get("/saksbehandler/horinger/" + slug + "/detaljer");
        assertThat(page.html().getElementById("case-number").hasAttr("readonly")).isTrue();
        assertThat(page.html().getElementById("deadline-date")).as("an open one's deadline has its own page").isNull();
        assertThat(page.html().select("a[href$=/frist]")).isNotEmpty();
        assertThat(page.html().getElementById("publication-date")).isNull();
        assertThat(page.text()).contains("Publisert " + DateFormats.date(java.time.Instant.now(), java.util.Locale.forLanguageTag("nb")));

        Page noReason = staff.submit(page.form(DETAILS_FORM), Map.of("contactName", "Ola Saksbehandler"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.html().select("#error-summary a").eachAttr("href")).containsExactly("#reason");
        Page renumber = staff.submit(page.form(DETAILS_FORM), Map.of("caseNumber", "99/1", "reason", "Feil nummer"));
        assertThat(renumber.html().getElementById("case-number-error").text())
                .isEqualTo("Saksnummeret kan bare endres mens høringen er et utkast uten svar.");
        Page tooLong = staff.submit(page.form(DETAILS_FORM), Map.of("contactName", "Ola", "reason", "x".repeat(Consultations.MAX_REASON + 1)));
        assertThat(tooLong.html().getElementById("reason-error").text()).startsWith("Begrunnelse for endringen kan være høyst");

        Page saved = staff.submit(page.form(DETAILS_FORM), Map.of("contactName", "Ola Saksbehandler", "title", "Høring om testing (rettet)",
                "reason", "Ny saksbehandler overtok"));
        assertThat(saved.location()).endsWith("/" + slug + "/detaljer");
        var rows = staff.get(saved.location()).html().select("#changes ~ div table tbody tr");
        assertThat(rows.eachText()).anySatisfy(row -> assertThat(row).contains(TestApi.STAFF_USER, "Navn på kontaktperson: – → Ola Saksbehandler",
                "Ny saksbehandler overtok"));
        assertThat(rows.eachText()).anySatisfy(row -> assertThat(row).contains("Tittel: Høring om testing → Høring om testing (rettet)"));
        assertThat(jdbc.queryForList("select field from consultation_change c join consultation k on k.id = c.consultation_id"
                + " where k.case_number = ? and reason = 'Ny saksbehandler overtok'", String.class, slug.replace('-', '/')))
                .containsExactlyInAnyOrder("contactName", "title");
        assertThat(new WebSession(port).get("/horinger/" + slug).html().getElementById("contact").text()).isEqualTo("Ola Saksbehandler");
    }

    @Test
    void respondents_read_the_title_and_introduction_in_their_language_with_bokmal_as_fallback() {
        String slug = draft("2099-06-30");
        WebSession staff = loggedIn();
        Page page = staff.get("/saksbehandler/horinger/" + slug + "/detaljer");
        staff.submit(page.form(DETAILS_FORM), Map.of("titleNn", "Høyring om testing", "introNn", "Vi ber om innspel."));
        TestApi.staff(port).post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]);

        WebSession nynorsk = new WebSession(port);
        Page detail = nynorsk.get("/horinger/" + slug + "?lang=nn");
        assertThat(detail.html().selectFirst("h1").text()).isEqualTo("Høyring om testing");
        assertThat(detail.text()).contains("Vi ber om innspel.").doesNotContain("Vi ber om innspill.");
        assertThat(nynorsk.get("/").html().select("a[href$=/horinger/" + slug + "]").text()).isEqualTo("Høyring om testing");
        assertThat(nynorsk.get("/horinger/" + slug + "/svar").html().selectFirst("h1").text()).endsWith("Høyring om testing");
        assertThat(nynorsk.get("/horinger/" + slug + "/svar").html().getElementById("consultation-intro").text()).isEqualTo("Vi ber om innspel.");

        WebSession english = new WebSession(port);
        Page fallback = english.get("/horinger/" + slug + "?lang=en");
        assertThat(fallback.html().selectFirst("h1").text()).as("no English title: bokmål").isEqualTo("Høring om testing");
        assertThat(fallback.text()).contains("Vi ber om innspill.");
        assertThat(new WebSession(port).get("/horinger/" + slug).html().selectFirst("h1").text()).isEqualTo("Høring om testing");
    }

    @Test
    void a_draft_with_a_publication_date_ahead_is_scheduled_hidden_and_can_go_back_or_open_at_once() {
        String slug = draft("2099-06-30");
        WebSession staff = loggedIn();
        Page page = staff.get("/saksbehandler/horinger/" + slug + "/detaljer");
        Page refused = staff.submit(page.form("form[action$=/planlegg]"), Map.of());
        assertThat(staff.get(refused.location()).text()).contains("Høringen kan ikke planlegges");
        assertThat(status(slug)).isEqualTo("draft");

        LocalDate date = LocalDate.of(2099, 3, 1);
        staff.submit(page.form(DETAILS_FORM), Map.of("publicationDate", date.toString()));
        Page scheduled = staff.submit(staff.get("/saksbehandler/horinger/" + slug + "/detaljer").form("form[action$=/planlegg]"), Map.of());
        Page after = staff.get(scheduled.location());
        assertThat(after.text()).contains("Publiseringen er planlagt.");
        assertThat(after.html().getElementById("status").text()).isEqualTo("Planlagt – publiseres 1. mars 2099");
        assertThat(status(slug)).isEqualTo("scheduled");
        assertThat(staff.get("/saksbehandler").html().select("tr:contains(" + slug.replace('-', '/') + ")").text())
                .contains("Planlagt – publiseres 1. mars 2099");
        assertThat(TestApi.anonymous(port).get("/api/v1/consultations/" + slug).status()).as("hidden until its date").isEqualTo(404);
        assertThat(new WebSession(port).get("/horinger/" + slug).status()).isEqualTo(404);
        assertThat(new WebSession(port).get("/horinger/" + slug + "/svar").status()).isEqualTo(404);

        Page earlyDeadline = staff.submit(after.form(DETAILS_FORM), Map.of("deadlineDate", "2099-02-01"));
        assertThat(earlyDeadline.html().getElementById("deadline-date-error").text()).isEqualTo("Fristen må være etter publiseringsdatoen.");
        Page clearDate = staff.submit(after.form(DETAILS_FORM), Map.of("publicationDate", ""));
        assertThat(clearDate.html().getElementById("publication-date-error").text()).startsWith("En planlagt høring må ha publiseringsdato");

        Page deadlinePage = staff.get("/saksbehandler/horinger/" + slug + "/frist");
        Page beforePublication = staff.submit(deadlinePage.form("form[action$=/frist]"), Map.of("date", "2099-02-01", "time", "12:00",
                "reason", "Kortere frist"));
        assertThat(beforePublication.status()).isEqualTo(422);
        assertThat(beforePublication.html().getElementById("deadline-date-error").text()).isEqualTo("Fristen må være etter publiseringsdatoen.");

        Page back = staff.submit(after.form("form[action$=/avplanlegg]"), Map.of());
        assertThat(staff.get(back.location()).text()).contains("Høringen er et utkast igjen");
        assertThat(status(slug)).isEqualTo("draft");

        staff.submit(staff.get("/saksbehandler/horinger/" + slug + "/detaljer").form("form[action$=/planlegg]"), Map.of());
        staff.submit(staff.get("/saksbehandler/horinger/" + slug + "/detaljer").form("form[action$=/apne]"), Map.of());
        assertThat(status(slug)).as("a scheduled one opens at once when asked").isEqualTo("open");
        assertThat(TestApi.anonymous(port).get("/api/v1/consultations/" + slug).json().get("publicationDate").stringValue())
                .as("it was published the day it opened").isEqualTo(LocalDate.now(DateFormats.OSLO).toString());
    }

    @Test
    void a_draft_whose_deadline_passed_keeps_it_until_given_a_new_one_and_opens_only_then() {
        String slug = draft("2020-01-01");
        WebSession staff = loggedIn();
        Page page = staff.get("/saksbehandler/horinger/" + slug + "/detaljer");
        Page other = staff.submit(page.form(DETAILS_FORM), Map.of("contactName", "Kari"));
        assertThat(other.location()).as("an unchanged past deadline does not stop other changes").endsWith("/detaljer");
        staff.submit(page.form("form[action$=/apne]"), Map.of());
        assertThat(status(slug)).isEqualTo("draft");

        Page stillPast = staff.submit(page.form(DETAILS_FORM), Map.of("deadlineDate", "2021-01-01"));
        assertThat(stillPast.html().getElementById("deadline-date-error").text()).isEqualTo("Fristen har passert; velg en frist fram i tid.");
        staff.submit(page.form(DETAILS_FORM), Map.of("deadlineDate", "2099-01-01", "deadlineTime", "10:00"));
        staff.submit(page.form("form[action$=/apne]"), Map.of());
        assertThat(status(slug)).isEqualTo("open");
    }

    private String draft(String deadline) {
        String caseNumber = TestForms.newCaseNumber();
        assertThat(TestApi.staff(port).post("/api/v1/consultations", "application/yaml", TestForms.yaml(caseNumber, deadline).getBytes())
                .status()).isEqualTo(201);
        return caseNumber.replace('/', '-');
    }

    private String status(String slug) {
        return TestApi.staff(port).get("/api/v1/consultations/" + slug).json().get("status").stringValue();
    }

    private String column(String slug, String column) {
        return jdbc.queryForObject("select " + column + " from consultation where case_number = ?", String.class, slug.replace('-', '/'));
    }

    private WebSession loggedIn() {
        WebSession staff = new WebSession(port);
        assertThat(staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD).location()).endsWith("/saksbehandler");
        return staff;
    }
}
