package no.innspill.invitation;

import static no.innspill.invitation.InvitationTesting.invitees;
import static no.innspill.invitation.InvitationTesting.putCsv;
import static no.innspill.invitation.InvitationTesting.until;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.innspill.mail.Outbox;
import no.innspill.mail.OutboxEntry;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Invitations, the personal link, "ingen merknader", who has answered and reminders, over real HTTP
 * and the real outbox (no SMTP server here, so mails wait in the outbox as held).
 */
@IntegrationTest
class InvitationsIT {

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    Invitations invitations;

    @Test
    void invitations_go_once_to_each_invitee_with_an_address_with_the_deadline_documents_and_personal_link() {
        String slug = InvitationTesting.openConsultation(port, Duration.ofDays(20));
        String a = unique("a"), b = unique("b");
        assertThat(putCsv(port, slug, "navn;organisasjonsnummer;e-post\nA-etaten;974652714;" + a + "\nB-laget;;" + b
                + "\nUten adresse;974761076;\n").status()).isEqualTo(200);
        WebSession staff = staffSession();
        String path = "/saksbehandler/horinger/" + slug + "/horingsliste";
        var confirm = staff.get(path + "/send");
        assertThat(confirm.html().getElementById("confirm-count").text()).isEqualTo("2 høringsinstanser får en invitasjon på e-post nå."
                + " De som er invitert før, får ingen ny.");
        var sent = staff.submit(confirm.form("form[action$=/send]"), Map.of());
        assertThat(sent.status()).isEqualTo(302);
        var page = staff.get(path);
        assertThat(page.html().getElementById("sent").text()).isEqualTo("2 invitasjoner er lagt i utboksen.");
        assertThat(page.html().getElementById("count-invited").text()).isEqualTo("2");

        List<OutboxEntry> toA = mailsTo(a);
        assertThat(toA).hasSize(1);
        OutboxEntry mail = toA.get(0);
        assertThat(mail.subject()).isEqualTo("Invitasjon til høring " + slug.replace('-', '/') + ": Høring om testing");
        JsonNode listed = TestApi.staff(port).get(invitees(slug)).json();
        assertThat(mail.textBody()).contains("Til A-etaten", "Testdirektoratet inviterer dere", "Høringsfristen er ",
                "/horinger/" + slug + "/invitasjon/", "Høringsdokumentene:");
        assertThat(listed.findValuesAsString("name")).containsExactly("A-etaten", "B-laget", "Uten adresse");

        // again: nobody new to invite, nothing sent; a newcomer on the list is invited alone
        assertThat(staff.get(path + "/send").text()).contains("Alle med e-postadresse har fått invitasjon.");
        staff.post(path + "/send", Map.of("_csrf", WebSession.csrf(page), "confirmed", "yes"));
        String c = unique("c");
        staff.submit(staff.get(path).form("form[action$=/horingsliste]"), Map.of("name", "C-rådet", "email", c, "kind", "organisasjon"));
        staff.post(path + "/send", Map.of("_csrf", WebSession.csrf(page), "confirmed", "yes"));
        assertThat(mailsTo(a)).hasSize(1);
        assertThat(mailsTo(b)).hasSize(1);
        assertThat(mailsTo(c)).hasSize(1);
    }

    @Test
    void a_draft_consultation_sends_no_invitations() {
        String slug = InvitationTesting.draftConsultation(port);
        String a = unique("draft");
        putCsv(port, slug, "navn;e-post\nA;" + a + "\n");
        WebSession staff = staffSession();
        var page = staff.get("/saksbehandler/horinger/" + slug + "/horingsliste/send");
        assertThat(page.text()).contains("Høringen er ikke åpen for svar");
        assertThat(page.html().selectFirst("form[action$=/send]")).isNull();
        var list = staff.get("/saksbehandler/horinger/" + slug + "/horingsliste");
        staff.post("/saksbehandler/horinger/" + slug + "/horingsliste/send", Map.of("_csrf", WebSession.csrf(list), "confirmed", "yes"));
        assertThat(staff.get("/saksbehandler/horinger/" + slug + "/horingsliste").text()).contains("Høringen er ikke åpen for svar");
        assertThat(mailsTo(a)).isEmpty();
    }

    @Test
    void the_personal_link_opens_the_answer_form_prefilled_with_the_invitee() {
        String slug = InvitationTesting.openConsultation(port, Duration.ofDays(20));
        String address = unique("prefill");
        putCsv(port, slug, "navn;organisasjonsnummer;e-post\nBars kommune;974652714;" + address + "\n");
        String link = personalLink(slug, "Bars kommune");
        WebSession invitee = new WebSession(port);
        var page = invitee.get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().getElementById("invited-for").text()).contains("Bars kommune", "Testdirektoratet");

        var answer = invitee.submit(page.form("form[action$=/svar]"), Map.of());
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).contains("/horinger/" + slug + "/utkast/");
        var form = invitee.get(answer.location());
        assertThat(form.html().selectFirst("[name=respondent.name]").val()).isEqualTo("Bars kommune");
        assertThat(form.html().selectFirst("[name=respondent.organisationNumber]").val()).isEqualTo("974652714");
        assertThat(form.html().selectFirst("[name=respondent.email]").val()).isEqualTo(address);
        assertThat(mailsTo(address)).as("no draft mail: the invitee has a link").isEmpty();

        var again = invitee.submit(invitee.get(link).form("form[action$=/svar]"), Map.of());
        assertThat(again.location()).as("the same draft again").isEqualTo(answer.location());

        assertThat(invitee.get("/horinger/" + slug + "/invitasjon/" + "x".repeat(43)).status()).isEqualTo(404);
        assertThat(invitee.get("/horinger/" + slug + "/invitasjon/%3Cscript%3E").status()).isEqualTo(404);
        assertThat(invitee.get("/horinger/22-414" + link.substring(link.indexOf("/invitasjon/"))).status())
                .as("a token of another consultation").isEqualTo(404);

        TestApi.staff(port).post("/api/v1/consultations/" + slug + "/close", "application/json", new byte[0]);
        var closed = invitee.get(link);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.text()).contains("Høringen tar ikke imot svar");
    }

    @Test
    void ingen_merknader_registers_a_numbered_response_with_a_receipt_and_marks_the_invitee_answered() throws Exception {
        String slug = InvitationTesting.openConsultation(port, Duration.ofDays(20));
        putCsv(port, slug, "navn;organisasjonsnummer;e-post\nArkivverket;974761076;\nAndre;974652714;\n");
        String link = personalLink(slug, "Arkivverket");
        WebSession invitee = new WebSession(port);
        var confirm = invitee.get(invitee.get(link).html().getElementById("no-comments").attr("href"));
        assertThat(confirm.html().getElementById("confirm-text").text()).contains("Arkivverket svarer at de ikke har merknader");
        var sent = invitee.submit(confirm.form("form[action$=/ingen-merknader]"), Map.of());
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).contains("/kvittering/");
        var receipt = invitee.get(sent.location());
        String documentNumber = receipt.html().getElementById("document-number").text();
        assertThat(documentNumber).startsWith(slug.replace('-', '/') + "-");
        assertThat(receipt.html().getElementById("no-comments").text()).isEqualTo("Ingen merknader");
        var twice = invitee.submit(confirm.form("form[action$=/ingen-merknader]"), Map.of());
        assertThat(twice.location()).as("pressed twice: one response").isEqualTo(sent.location());

        JsonNode list = until("Arkivverket answered", () -> TestApi.staff(port).get(invitees(slug)).json(),
                l -> !answered(l, "Arkivverket").isEmpty());
        assertThat(answered(list, "Arkivverket")).containsExactly(documentNumber);
        assertThat(list.get(1).get("answered").booleanValue()).isTrue();
        assertThat(list.get(0).get("name").stringValue()).isEqualTo("Andre");
        assertThat(list.get(0).get("answered").booleanValue()).isFalse();

        int sequence = Integer.parseInt(documentNumber.substring(documentNumber.lastIndexOf('-') + 1));
        JsonNode response = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/responses/" + sequence).json();
        assertThat(response.get("noComments").booleanValue()).isTrue();
        assertThat(response.get("respondent").get("organisationNumber").stringValue()).isEqualTo("974761076");
        WebSession staff = staffSession();
        var staffPage = staff.get("/saksbehandler/horinger/" + slug + "/svar/" + sequence);
        assertThat(staffPage.html().getElementById("no-comments").text()).isEqualTo("Ingen merknader");
        var pdf = staff.get(staffPage.html().getElementById("response-pdf").attr("href"));
        try (var document = Loader.loadPDF(pdf.bytes())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ingen merknader", documentNumber);
        }
        var listPage = staff.get("/saksbehandler/horinger/" + slug + "/horingsliste");
        assertThat(listPage.html().select("#invitees tbody tr:eq(1) td:eq(5) a").text()).isEqualTo(documentNumber);
        assertThat(listPage.html().getElementById("count-answered").text()).isEqualTo("1");
        assertThat(listPage.html().getElementById("count-not-answered").text()).isEqualTo("1");
    }

    @Test
    void the_api_takes_no_comments_as_a_complete_response_and_an_empty_one_without_it_is_refused() {
        String slug = InvitationTesting.openConsultation(port, Duration.ofDays(20));
        TestApi anyone = TestApi.anonymous(port);
        String respondent = "\"respondent\": {\"name\": \"Ingen Merknader AS\", \"kind\": \"organisation\"}";
        var accepted = anyone.postJson("/api/v1/consultations/" + slug + "/responses", "{" + respondent + ", \"noComments\": true, \"answers\": {}}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        var withoutAnswers = anyone.postJson("/api/v1/consultations/" + slug + "/responses", "{" + respondent + ", \"noComments\": true}");
        assertThat(withoutAnswers.status()).as(withoutAnswers.toString()).isEqualTo(201);
        var empty = anyone.postJson("/api/v1/consultations/" + slug + "/responses", "{" + respondent + ", \"answers\": {}}");
        assertThat(empty.status()).isEqualTo(422);
        var notBoolean = anyone.postJson("/api/v1/consultations/" + slug + "/responses", "{" + respondent + ", \"noComments\": \"ja\", \"answers\": {}}");
        assertThat(notBoolean.status()).isEqualTo(422);
        assertThat(notBoolean.json().get("errors").findValuesAsString("field")).contains("noComments");
        var badAnswer = anyone.postJson("/api/v1/consultations/" + slug + "/responses",
                "{" + respondent + ", \"noComments\": true, \"answers\": {\"q9\": {\"text\": \"x\"}}}");
        assertThat(badAnswer.status()).as("the answers given must still fit the form").isEqualTo(422);
    }

    @Test
    void responses_match_invitees_by_organisation_number_then_email_and_staff_link_and_unlink_by_hand() {
        String slug = InvitationTesting.openConsultation(port, Duration.ofDays(20));
        TestApi anyone = TestApi.anonymous(port);
        String early = submit(anyone, slug, "Tidlig AS", "971526920", null);
        putCsv(port, slug, "navn;organisasjonsnummer;e-post\nTidlig AS;971526920;\nBars kommune;974652714;post@bars.example\n"
                + "Epost-laget;;Post@Laget.example\nUmatchet;;umatchet@example.no\n");
        JsonNode list = TestApi.staff(port).get(invitees(slug)).json();
        assertThat(answered(list, "Tidlig AS")).as("matched on upload, after the response").containsExactly(early);

        String byNumber = submit(anyone, slug, "Bars (annet navn)", "974652714", "annen@adresse.example");
        String byEmail = submit(anyone, slug, "Laget", null, "post@laget.EXAMPLE");
        String loose = submit(anyone, slug, "Ukjent avsender", null, null);
        list = until("matches", () -> TestApi.staff(port).get(invitees(slug)).json(),
                l -> !answered(l, "Bars kommune").isEmpty() && !answered(l, "Epost-laget").isEmpty());
        assertThat(answered(list, "Bars kommune")).containsExactly(byNumber);
        assertThat(answered(list, "Epost-laget")).containsExactly(byEmail);
        assertThat(answered(list, "Umatchet")).isEmpty();

        WebSession staff = staffSession();
        String path = "/saksbehandler/horinger/" + slug + "/horingsliste";
        var page = staff.get(path);
        var row = page.html().select("#invitees tbody tr").stream().filter(r -> r.text().startsWith("Umatchet")).findFirst().orElseThrow();
        var refused = staff.submit(row.selectFirst("form[action$=/koble]"), Map.of("response", "ikke et nummer"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Svar: finnes ikke");
        var missing = staff.submit(row.selectFirst("form[action$=/koble]"), Map.of("response", slug.replace('-', '/') + "-999"));
        assertThat(missing.status()).isEqualTo(422);
        staff.submit(row.selectFirst("form[action$=/koble]"), Map.of("response", loose));
        list = TestApi.staff(port).get(invitees(slug)).json();
        assertThat(answered(list, "Umatchet")).containsExactly(loose);
        page = staff.get(path);
        assertThat(page.text()).contains("Svaret er koblet til Umatchet.", "(koblet for hånd)");

        row = page.html().select("#invitees tbody tr").stream().filter(r -> r.text().startsWith("Umatchet")).findFirst().orElseThrow();
        staff.submit(row.selectFirst("form[action$=/fjern][action*=/koble/]"), Map.of());
        assertThat(answered(TestApi.staff(port).get(invitees(slug)).json(), "Umatchet")).isEmpty();
    }

    @Test
    void a_reminder_goes_once_at_the_chosen_days_before_the_deadline_never_to_those_who_answered_nor_after_it() {
        String slug = InvitationTesting.openConsultation(port, Duration.ofDays(3));
        String waiting = unique("waiting"), answers = unique("answers"), notInvited = unique("late");
        putCsv(port, slug, "navn;e-post\nVenter;" + waiting + "\nSvarer;" + answers + "\n");
        WebSession staff = staffSession();
        String path = "/saksbehandler/horinger/" + slug + "/horingsliste";
        var page = staff.get(path);
        staff.post(path + "/send", Map.of("_csrf", WebSession.csrf(page), "confirmed", "yes"));
        putCsv(port, slug, "navn;e-post\nVenter;" + waiting + "\nSvarer;" + answers + "\nIkke invitert;" + notInvited + "\n");
        submit(TestApi.anonymous(port), slug, "Svarer", null, answers);
        until("Svarer answered", () -> TestApi.staff(port).get(invitees(slug)).json(), l -> !answered(l, "Svarer").isEmpty());

        var refused = staff.submit(page.form("form[action$=/paminnelse]"), Map.of("days", "tre"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().getElementById("reminder-days-error").text()).contains("må være et helt antall dager fra 1 til 90");
        assertThat(staff.submit(page.form("form[action$=/paminnelse]"), Map.of("days", "91")).status()).isEqualTo(422);
        staff.submit(page.form("form[action$=/paminnelse]"), Map.of("days", "1"));
        assertThat(staff.get(path).html().getElementById("reminder-days").val()).isEqualTo("1");

        invitations.sendDueReminders(Instant.now());
        assertThat(mailsTo(waiting).stream().filter(m -> m.subject().startsWith("Påminnelse"))).as("3 days left, 1 chosen").isEmpty();

        staff.submit(page.form("form[action$=/paminnelse]"), Map.of("days", "5"));
        invitations.sendDueReminders(Instant.now());
        invitations.sendDueReminders(Instant.now());
        assertThat(reminders(waiting)).as("once, however often the job runs").hasSize(1);
        assertThat(reminders(waiting).get(0).textBody()).contains("Dette er en påminnelse", "/invitasjon/");
        assertThat(reminders(answers)).as("not to one who answered").isEmpty();
        assertThat(reminders(notInvited)).as("not to one never invited").isEmpty();
        JsonNode list = TestApi.staff(port).get(invitees(slug)).json();
        assertThat(list.findValues("remindedAt").stream().filter(v -> !v.isNull()).count()).isEqualTo(1);

        staff.post(path + "/send", Map.of("_csrf", WebSession.csrf(page), "confirmed", "yes"));
        invitations.sendDueReminders(Instant.now().plus(Duration.ofDays(4)));
        assertThat(reminders(notInvited)).as("never after the deadline").isEmpty();
    }

    @Test
    void two_nodes_sending_reminders_at_once_remind_each_invitee_once() throws Exception {
        String slug = InvitationTesting.openConsultation(port, Duration.ofDays(2));
        StringBuilder csv = new StringBuilder("navn;e-post\n");
        List<String> addresses = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String address = unique("race" + i);
            addresses.add(address);
            csv.append("Instans ").append(i).append(';').append(address).append('\n');
        }
        putCsv(port, slug, csv.toString());
        WebSession staff = staffSession();
        String path = "/saksbehandler/horinger/" + slug + "/horingsliste";
        var page = staff.get(path);
        staff.post(path + "/send", Map.of("_csrf", WebSession.csrf(page), "confirmed", "yes"));
        staff.submit(page.form("form[action$=/paminnelse]"), Map.of("days", "7"));
        // two callers in parallel, as two nodes' jobs would be: each claims rows the other may hold
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> invitations.sendDueReminders(Instant.now()));
            var second = pool.submit(() -> invitations.sendDueReminders(Instant.now()));
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }
        for (String address : addresses) {
            assertThat(reminders(address)).as(address).hasSize(1);
        }
    }

    @Test
    void a_closed_consultation_sends_no_reminders() {
        String slug = InvitationTesting.openConsultation(port, Duration.ofDays(2));
        String waiting = unique("closed");
        putCsv(port, slug, "navn;e-post\nVenter;" + waiting + "\n");
        WebSession staff = staffSession();
        String path = "/saksbehandler/horinger/" + slug + "/horingsliste";
        var page = staff.get(path);
        staff.post(path + "/send", Map.of("_csrf", WebSession.csrf(page), "confirmed", "yes"));
        staff.submit(page.form("form[action$=/paminnelse]"), Map.of("days", "7"));
        TestApi.staff(port).post("/api/v1/consultations/" + slug + "/close", "application/json", new byte[0]);
        invitations.sendDueReminders(Instant.now());
        assertThat(mailsTo(waiting)).hasSize(1);
        assertThat(reminders(waiting)).isEmpty();
    }

    @Test
    void the_public_page_lists_the_invitees_by_kind_and_shows_nothing_for_an_empty_list() {
        String slug = InvitationTesting.openConsultation(port, Duration.ofDays(20));
        WebSession visitor = new WebSession(port);
        assertThat(visitor.get("/horinger/" + slug).html().getElementById("invitees")).isNull();
        putCsv(port, slug, "navn;organisasjonsnummer;e-post;type\nØstre kommune;;;kommune\nArkivverket;;;statlig\nÅsen kommune;;;kommune\n"
                + "Bergen kommune;;skjult@bergen.example;kommune\nNorsk forening;974652714;;organisasjon\n");
        var page = visitor.get("/horinger/" + slug);
        var section = page.html().getElementById("invitees");
        assertThat(section).isNotNull();
        assertThat(section.selectFirst("h2").text()).isEqualTo("Høringsinstanser");
        assertThat(section.select("h3").eachText()).containsExactly("Statlige etater og virksomheter", "Kommuner og fylkeskommuner",
                "Organisasjoner");
        assertThat(section.select("ul").get(1).select("li").eachText())
                .as("sorted the Norwegian way").containsExactly("Bergen kommune", "Østre kommune", "Åsen kommune");
        assertThat(page.text()).as("names only").doesNotContain("skjult@bergen.example", "974652714");
    }

    private List<OutboxEntry> mailsTo(String address) {
        return outbox.recent(Outbox.MAX_RECENT).stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    private List<OutboxEntry> reminders(String address) {
        return mailsTo(address).stream().filter(m -> m.subject().startsWith("Påminnelse")).toList();
    }

    private String personalLink(String slug, String name) {
        // the API shows no tokens; staff find each invitee's link on their page (to pass on by other means than e-mail)
        WebSession staff = staffSession();
        var page = staff.get("/saksbehandler/horinger/" + slug + "/horingsliste");
        var row = page.html().select("#invitees tbody tr").stream().filter(r -> r.text().startsWith(name)).findFirst().orElseThrow();
        return row.selectFirst("a.personal-link").attr("href");
    }

    private static List<String> answered(JsonNode list, String name) {
        for (JsonNode invitee : list) {
            if (invitee.get("name").stringValue().equals(name)) {
                return invitee.get("responses").valueStream().map(JsonNode::stringValue).toList();
            }
        }
        throw new AssertionError("No invitee " + name + " in " + list);
    }

    private static String submit(TestApi api, String slug, String name, String organisationNumber, String email) {
        String json = """
                {"respondent": {"name": "%s", "kind": "organisation", "organisationNumber": %s, "email": %s},
                 "answers": {"q2": {"text": "Innspill"}}}""".formatted(name, quoted(organisationNumber), quoted(email));
        var reply = api.postJson("/api/v1/consultations/" + slug + "/responses", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("documentNumber").stringValue();
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime() + "@invitert.example";
    }

    private WebSession staffSession() {
        WebSession staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        return staff;
    }
}
