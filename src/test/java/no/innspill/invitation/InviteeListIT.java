package no.innspill.invitation;

import static no.innspill.invitation.InvitationTesting.invitees;
import static no.innspill.invitation.InvitationTesting.putCsv;
import static no.innspill.invitation.InvitationTesting.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The høringsliste read from CSV, XLSX and JSON over real HTTP: valid lists, invalid rows, duplicates and hostile files. */
@IntegrationTest
class InviteeListIT {

    private static final String BOM = "\uFEFF";

    @LocalServerPort
    int port;

    @Test
    void a_csv_with_bom_and_semicolons_is_uploaded_on_the_staff_page_and_listed_sorted() {
        String slug = InvitationTesting.draftConsultation(port);
        WebSession staff = staffSession();
        String path = "/saksbehandler/horinger/" + slug + "/horingsliste";
        var page = staff.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Listen er tom");
        String csv = BOM + "navn;organisasjonsnummer;e-post;type\r\n"
                + "Bars kommune;974 652 714;post@bars.kommune.example;kommune\r\n"
                + "\r\n"
                + "Arkivverket;974761076;;statlig\r\n"
                + "\"Forening; med semikolon\";;forening@example.no;organisasjon\r\n";
        var uploaded = staff.postMultipart(path + "/last-opp", Map.of("_csrf", WebSession.csrf(page)), "file", "liste.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).isEqualTo(302);
        page = staff.get(path);
        assertThat(page.text()).contains("Listen er lastet opp: 3 høringsinstanser.");
        assertThat(page.html().select("#invitees tbody tr td:eq(0) > span").eachText())
                .containsExactly("Arkivverket", "Bars kommune", "Forening; med semikolon");
        assertThat(page.html().select("#invitees tbody tr:eq(1) td:eq(1)").text()).as("spaces dropped").isEqualTo("974652714");
        assertThat(page.html().getElementById("count-invitees").text()).isEqualTo("3");
        assertThat(page.html().getElementById("count-not-answered").text()).isEqualTo("3");
        assertThat(page.html().getElementById("send-invitations")).as("a draft: not yet, but the button is there").isNotNull();
        assertThat(staff.get("/saksbehandler").html().select("a[href$=/" + slug + "/horingsliste]")).as("linked from the overview").hasSize(1);
    }

    @Test
    void an_xlsx_with_english_headers_numbers_and_a_formula_is_read_as_data() throws Exception {
        String slug = InvitationTesting.draftConsultation(port);
        WebSession staff = staffSession();
        String path = "/saksbehandler/horinger/" + slug + "/horingsliste";
        var page = staff.get(path);
        byte[] workbook = xlsx(new String[] {"Name", "Organisation number", "Email", "Kind"},
                new String[] {"Legemiddelverket", "974761211", "post@legemiddelverket.example", "state"},
                new String[] {"=HYPERLINK(\"http://evil.example\",\"Klikk\")", "", "", "other"});
        staff.postMultipart(path + "/last-opp", Map.of("_csrf", WebSession.csrf(page)), "file", "liste.xlsx", workbook);
        JsonNode list = TestApi.staff(port).get(invitees(slug)).json();
        assertThat(list.findValuesAsString("name")).containsExactly("=HYPERLINK(\"http://evil.example\",\"Klikk\")", "Legemiddelverket");
        assertThat(list.get(1).get("organisationNumber").stringValue()).as("a number cell, its digits").isEqualTo("974761211");
        assertThat(list.get(1).get("kind").stringValue()).isEqualTo("statlig");
        assertThat(list.get(0).get("kind").stringValue()).isEqualTo("annet");
    }

    @Test
    void invalid_rows_are_reported_per_row_in_norwegian_and_nothing_is_imported() {
        String slug = InvitationTesting.draftConsultation(port);
        assertThat(putCsv(port, slug, "navn;organisasjonsnummer;e-post\nFørst;974652714;forst@example.no\n").status()).isEqualTo(200);
        WebSession staff = staffSession();
        String path = "/saksbehandler/horinger/" + slug + "/horingsliste";
        var page = staff.get(path);
        String csv = "navn;organisasjonsnummer;e-post;type\n"
                + "God rad;974761076;god@example.no;statlig\n"
                + "Feil sjekksiffer;974652715;a@example.no;kommune\n"
                + ";12345;ikke-epost;marsboer\n"
                + "Dobbel;974761076;GOD@example.no;\n";
        var refused = staff.postMultipart(path + "/last-opp", Map.of("_csrf", WebSession.csrf(page)), "file", "liste.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#upload-problems li").eachText()).containsExactly(
                "Rad 3, Organisasjonsnummer: kontrollsifferet stemmer ikke (MOD11); se etter en skrivefeil",
                "Rad 4, Navn: mangler",
                "Rad 4, Organisasjonsnummer: må være ni sifre",
                "Rad 4, E-post: er ikke en e-postadresse",
                "Rad 4, Type: er ikke en type; bruk statlig, kommune, organisasjon, privat eller annet",
                "Rad 5, Organisasjonsnummer: er det samme som i rad 2",
                "Rad 5, E-post: er den samme som i rad 2");
        assertThat(TestApi.staff(port).get(invitees(slug)).json().findValuesAsString("name")).as("nothing imported").containsExactly("Først");

        WebSession english = staffSession();
        english.get("/?lang=en");
        var inEnglish = english.postMultipart(path + "/last-opp?lang=en", Map.of("_csrf", WebSession.csrf(english.get(path + "?lang=en"))),
                "file", "liste.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(inEnglish.html().select("#upload-problems li").first().text())
                .isEqualTo("Row 3, Organisation number: the check digit is wrong (MOD11); look for a typing error");
    }

    @Test
    void hostile_and_oversized_files_get_a_clear_message_and_change_nothing() throws Exception {
        String slug = InvitationTesting.draftConsultation(port);
        WebSession staff = staffSession();
        String path = "/saksbehandler/horinger/" + slug + "/horingsliste";
        var page = staff.get(path);
        Map<String, String> csrf = Map.of("_csrf", WebSession.csrf(page));

        assertThat(problems(staff.postMultipart(path + "/last-opp", csrf, "file", "", new byte[0])))
                .containsExactly("Filen er tom. Last opp en CSV- eller XLSX-fil med overskriftsrad.");
        byte[] pdf = "%PDF-1.7\n\u00e2\u00e3\u00cf\u00d3 binary".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(staff.postMultipart(path + "/last-opp", csrf, "file", "liste.csv", pdf)))
                .containsExactly("Filen er ikke UTF-8-tekst. Lagre listen som «CSV UTF-8», eller last den opp som XLSX.");
        assertThat(problems(staff.postMultipart(path + "/last-opp", csrf, "file", "liste.csv",
                "Kari;Nordmann\nOla;Nordmann\n".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("Listen har kolonnen «Kari». Overskriftsraden må være navn;organisasjonsnummer;e-post;type.");
        assertThat(problems(staff.postMultipart(path + "/last-opp", csrf, "file", "liste.csv",
                "navn;e-post\n\"Uavsluttet;a@example.no\n".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("Filen er ikke gyldig CSV (mangler et anførselstegn?).");
        assertThat(problems(staff.postMultipart(path + "/last-opp", csrf, "file", "liste.xlsx", zipBomb())))
                .containsExactly("Regnearket pakkes ut til altfor mye. Det er ikke en vanlig liste.");
        assertThat(problems(staff.postMultipart(path + "/last-opp", csrf, "file", "liste.xlsx",
                new byte[] {'P', 'K', 3, 4, 0, 0, 0})))
                .containsExactly("Filen kan ikke leses som et XLSX-regneark.");
        StringBuilder many = new StringBuilder("navn\n");
        for (int i = 0; i < 5001; i++) {
            many.append("Instans ").append(i).append('\n');
        }
        assertThat(problems(staff.postMultipart(path + "/last-opp", csrf, "file", "liste.csv", many.toString().getBytes(StandardCharsets.UTF_8))))
                .containsExactly("Listen har for mange rader. Den kan ha høyst 5 000 høringsinstanser.");
        byte[] huge = ("navn\n" + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        assertThat(problems(staff.postMultipart(path + "/last-opp", csrf, "file", "liste.csv", huge)))
                .containsExactly("Filen er for stor. En liste kan være høyst 2 MB.");
        assertThat(TestApi.staff(port).get(invitees(slug)).json().size()).isZero();
    }

    @Test
    void the_add_form_checks_the_invitee_and_refuses_one_already_on_the_list_and_remove_takes_it_off() {
        String slug = InvitationTesting.draftConsultation(port);
        WebSession staff = staffSession();
        String path = "/saksbehandler/horinger/" + slug + "/horingsliste";
        var page = staff.get(path);
        var added = staff.submit(page.form("form[action$=/horingsliste]"), Map.of("name", "Bars kommune",
                "organisationNumber", "974652714", "email", "post@bars.example", "kind", "kommune"));
        assertThat(added.status()).isEqualTo(302);
        page = staff.get(path);
        assertThat(page.text()).contains("Bars kommune er lagt til på listen.");

        var invalid = staff.submit(page.form("form[action$=/horingsliste]"), Map.of("name", "",
                "organisationNumber", "974652715", "email", "POST@bars.example", "kind", "kommune"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.html().select("#error-summary a").eachText()).containsExactly("Navn: mangler",
                "Organisasjonsnummer: kontrollsifferet stemmer ikke (MOD11); se etter en skrivefeil");
        assertThat(invalid.html().getElementById("invitee-organisationNumber").val()).as("what was typed stays").isEqualTo("974652715");
        var taken = staff.submit(page.form("form[action$=/horingsliste]"), Map.of("name", "Bars igjen",
                "organisationNumber", "", "email", "POST@bars.example", "kind", "kommune"));
        assertThat(taken.html().select("#error-summary a").eachText()).containsExactly("E-post: står allerede på listen");

        page = staff.get(path);
        staff.submit(page.form("form[action$=/fjern]"), Map.of());
        assertThat(staff.get(path).text()).contains("Bars kommune er fjernet fra listen.", "Listen er tom");
    }

    @Test
    void the_api_replaces_the_list_from_json_or_csv_all_or_nothing_and_keeps_the_state_of_invitees_that_stay() {
        String slug = InvitationTesting.openConsultation(port, Duration.ofDays(20));
        TestApi staff = TestApi.staff(port);
        var put = staff.put(invitees(slug), """
                [{"name": "Bars kommune", "organisationNumber": 974652714, "email": "post@bars.example"},
                 {"name": "Arkivverket", "organisationNumber": "974761076", "email": "post@arkivverket.example", "kind": "statlig"}]""");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().findValuesAsString("name")).containsExactly("Arkivverket", "Bars kommune");
        assertThat(put.json().get(0).get("answered").booleanValue()).isFalse();
        assertThat(put.json().get(0).get("responses").size()).isZero();

        WebSession web = staffSession();
        var confirm = web.get("/saksbehandler/horinger/" + slug + "/horingsliste/send");
        web.submit(confirm.form("form[action$=/send]"), Map.of());
        String invitedAt = staff.get(invitees(slug)).json().get(1).get("invitedAt").stringValue();
        assertThat(invitedAt).isNotNull();

        var csv = putCsv(port, slug, "name,organisationNumber,email,kind\nBars kommune (ny e-post),974652714,ny@bars.example,municipality\n"
                + "Ny instans,,ny@instans.example,organisation\n");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        JsonNode list = staff.get(invitees(slug)).json();
        assertThat(list.findValuesAsString("name")).containsExactly("Bars kommune (ny e-post)", "Ny instans");
        assertThat(list.get(0).get("email").stringValue()).isEqualTo("ny@bars.example");
        assertThat(list.get(0).get("invitedAt").stringValue()).as("kept by its organisation number").isEqualTo(invitedAt);
        assertThat(list.get(1).get("invitedAt").isNull()).isTrue();

        var invalid = staff.put(invitees(slug), """
                [{"name": "Ok", "organisationNumber": "974761076"},
                 {"name": "", "organisationNumber": "974761077", "email": "x", "colour": "red"},
                 {"name": "Dobbel", "organisationNumber": "974761076"}, 7]""");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().get("errors").findValuesAsString("field")).containsExactly("rows[2].colour", "rows[4].name");
        var invalidValues = staff.put(invitees(slug), """
                [{"name": "Ok", "organisationNumber": "974761076"},
                 {"name": "", "organisationNumber": "974761077", "email": "x"},
                 {"name": "Dobbel", "organisationNumber": "974761076"}]""");
        assertThat(invalidValues.json().get("errors").findValuesAsString("field")).containsExactly("rows[2].name",
                "rows[2].organisationNumber", "rows[2].email", "rows[3].organisationNumber");
        assertThat(invalidValues.json().get("errors").findValuesAsString("code")).containsExactly("name-missing",
                "organisation-number-check", "email-invalid", "duplicate-organisation-number");
        assertThat(staff.put(invitees(slug), "{not json").status()).isEqualTo(400);
        assertThat(staff.put(invitees(slug), "{\"name\": \"not an array\"}").status()).isEqualTo(400);
        var badCsv = putCsv(port, slug, "navn;e-post\nA;ikke-epost\n");
        assertThat(badCsv.status()).isEqualTo(422);
        assertThat(badCsv.json().get("errors").get(0).get("field").stringValue()).isEqualTo("rows[2].email");
        assertThat(staff.get(invitees(slug)).json().findValuesAsString("name")).as("all or nothing")
                .containsExactly("Bars kommune (ny e-post)", "Ny instans");
        assertThat(TestApi.anonymous(port).get(invitees(slug)).status()).isEqualTo(401);
        assertThat(TestApi.anonymous(port).put(invitees(slug), "[]").status()).isEqualTo(401);
    }

    private WebSession staffSession() {
        WebSession staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        return staff;
    }

    private static java.util.List<String> problems(WebSession.Page page) {
        assertThat(page.status()).isEqualTo(422);
        return page.html().select("#upload-problems li").eachText();
    }

    /** A valid zip whose one entry unpacks to 100 MB of zeros: well under the upload limit, far over what a list unpacks to. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
