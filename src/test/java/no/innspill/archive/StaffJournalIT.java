package no.innspill.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.platform.DateFormats;
import no.innspill.testing.AppProcesses;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.Multipart;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The case's journal over real HTTP: outgoing entries for the consultation's own documents (to the høringsliste, once),
 * the staff pages and their form with its endringslogg, the JSON API, and who may see them.
 */
@IntegrationTest
class StaffJournalIT {

    @LocalServerPort
    int port;

    @Autowired
    JournalOfDocuments journalOfDocuments;

    @Autowired
    Consultations consultations;

    @Test
    void the_demo_response_stays_22_414_1_and_its_letter_is_journalled_after_it() throws Exception {
        TestApi staff = TestApi.staff(port);
        JsonNode entries = awaitJournal("22-414", page -> outgoing(page).size() >= 1);
        JsonNode first = entries.get(0);
        assertThat(first.get("documentNumber").stringValue()).isEqualTo("22/414-1");
        assertThat(first.get("type").stringValue()).isEqualTo("Inngående dokument");
        assertThat(first.at("/parties/0/name").stringValue()).isEqualTo("Legemiddelverket");
        JsonNode letter = outgoing(entries).get(0);
        assertThat(letter.get("entryNumber").intValue()).isGreaterThan(1);
        assertThat(letter.get("title").stringValue()).isEqualTo("Høringsbrev");
        assertThat(letter.get("status").stringValue()).isEqualTo("Ekspedert");
        assertThat(staff.get(TestApi.DEMO + "/responses/1").json().get("documentNumber").stringValue()).isEqualTo("22/414-1");
    }

    @Test
    void opening_a_consultation_journals_its_documents_as_outgoing_to_the_hoeringsliste_once() throws Exception {
        TestApi staff = TestApi.staff(port);
        String slug = draft();
        String path = "/api/v1/consultations/" + slug;
        JsonNode added = staff.post(path + "/documents", Multipart.CONTENT_TYPE, new Multipart().field("title", "Høringsnotat")
                .field("kind", "horingsnotat").file("file", "notat.pdf", "application/pdf", pdf()).bytes()).json();
        assertThat(staff.put(path + "/invitees", """
                [{"name": "Legemiddelverket", "organisationNumber": "974761211", "email": "post@legemiddelverket.no", "kind": "statlig"},
                 {"name": "Sametinget", "organisationNumber": "974761076", "kind": "statlig"}]""").status()).isEqualTo(200);
        assertThat(staff.post(path + "/open", "application/json", new byte[0]).status()).isEqualTo(200);

        JsonNode entries = awaitJournal(slug, page -> page.size() >= 1);
        assertThat(entries.size()).isEqualTo(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("documentNumber").stringValue()).isEqualTo(slug.replace('-', '/') + "-1");
        assertThat(entry.get("type").stringValue()).isEqualTo("Utgående dokument");
        assertThat(entry.get("status").stringValue()).isEqualTo("Ekspedert");
        assertThat(entry.get("title").stringValue()).isEqualTo("Høringsnotat");
        assertThat(entry.get("sentAt").isNull()).isFalse();
        assertThat(entry.get("consultationDocumentId").longValue()).isEqualTo(added.get("id").longValue());
        assertThat(entry.get("parties").findValuesAsString("type")).containsOnly("Mottaker");
        assertThat(entry.get("parties").findValuesAsString("name")).containsExactly("Legemiddelverket", "Sametinget");
        assertThat(entry.at("/parties/0/organisationNumber").stringValue()).isEqualTo("974761211");
        assertThat(entry.at("/parties/0/email").stringValue()).isEqualTo("post@legemiddelverket.no");
        assertThat(entry.get("documents")).singleElement().satisfies(document -> {
            assertThat(document.get("source").stringValue()).isEqualTo("consultation-document");
            assertThat(document.get("sourceRef").longValue()).isEqualTo(added.get("id").longValue());
            assertThat(document.get("role").stringValue()).isEqualTo("Hoveddokument");
            assertThat(document.get("url").stringValue()).startsWith("/horinger/" + slug + "/dokumenter/" + added.get("id").longValue() + "/");
        });

        // the event delivered again (as after a crash: what the listener does, here in the test's thread) and the
        // start-up backfill journal nothing more
        Consultation consultation = consultations.getBySlug(slug);
        assertThat(journalOfDocuments.journal(consultation)).isZero();
        journalOfDocuments.journalWhatIsMissing();
        assertThat(staff.get(path + "/journal").json().get("entries").size()).isEqualTo(1);

        // a document added to the open consultation is journalled too, and a response after it takes the next number
        staff.post(path + "/documents", Multipart.CONTENT_TYPE, new Multipart().field("title", "Tillegg til høringsnotatet")
                .field("kind", "other").file("file", "tillegg.pdf", "application/pdf", pdf()).bytes());
        JsonNode two = awaitJournal(slug, page -> page.size() >= 2);
        assertThat(two.get(1).get("title").stringValue()).isEqualTo("Tillegg til høringsnotatet");
        assertThat(two.get(1).get("entryNumber").intValue()).isEqualTo(2);
        String number = TestApi.anonymous(port).postJson(path + "/responses", TestForms.response("Etter dokumentene"))
                .json().get("documentNumber").stringValue();
        assertThat(number).isEqualTo(slug.replace('-', '/') + "-3");
    }

    @Test
    void a_consultation_without_a_hoeringsliste_sends_its_documents_to_the_public() throws Exception {
        TestApi staff = TestApi.staff(port);
        String slug = draft();
        String path = "/api/v1/consultations/" + slug;
        staff.post(path + "/documents", Multipart.CONTENT_TYPE, new Multipart().field("title", "Høringsbrev")
                .field("kind", "horingsbrev").file("file", "brev.pdf", "application/pdf", pdf()).bytes());
        staff.post(path + "/open", "application/json", new byte[0]);
        JsonNode entry = awaitJournal(slug, page -> page.size() >= 1).get(0);
        assertThat(entry.get("parties")).singleElement().satisfies(party -> {
            assertThat(party.get("name").stringValue()).isEqualTo(JournalOfDocuments.PUBLIC_RECIPIENT);
            assertThat(party.get("type").stringValue()).isEqualTo("Mottaker");
        });
    }

    @Test
    void the_journal_page_lists_responses_and_outgoing_documents_and_pages_on() throws Exception {
        TestApi staff = TestApi.staff(port);
        String slug = openWithDocumentAndResponses(3);
        WebSession web = loggedIn();
        var page = web.get("/saksbehandler/horinger/" + slug + "/journal");
        assertThat(page.status()).isEqualTo(200);
        String caseNumber = slug.replace('-', '/');
        var rows = page.html().select("#journal tbody tr");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).text()).contains(caseNumber + "-1", "Utgående dokument", "Høringsnotat", "Ekspedert",
                JournalOfDocuments.PUBLIC_RECIPIENT);
        assertThat(rows.get(1).text()).contains(caseNumber + "-2", "Inngående dokument", "Høringssvar fra Svar 0", "Journalført");
        assertThat(rows.get(1).selectFirst("a").attr("href")).isEqualTo("/saksbehandler/horinger/" + slug + "/journal/2");
        JsonNode first = staff.get("/api/v1/consultations/" + slug + "/journal").json().get("entries").get(1);
        assertThat(rows.get(1).text()).contains(first.get("journalNumber").stringValue());
        assertThat(page.html().selectFirst("#journal-next")).as("one page").isNull();

        // the API pages with a cursor
        JsonNode one = staff.get("/api/v1/consultations/" + slug + "/journal?limit=3").json();
        assertThat(one.get("entries").size()).isEqualTo(3);
        assertThat(one.get("nextCursor").stringValue()).isEqualTo("3");
        JsonNode rest = staff.get("/api/v1/consultations/" + slug + "/journal?limit=3&cursor=3").json();
        assertThat(rest.get("entries")).singleElement()
                .satisfies(entry -> assertThat(entry.get("documentNumber").stringValue()).isEqualTo(caseNumber + "-4"));
        assertThat(rest.get("nextCursor").isNull()).isTrue();
        var bad = staff.get("/api/v1/consultations/" + slug + "/journal?cursor=abc");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(staff.get("/api/v1/consultations/" + slug + "/journal?limit=0").status()).isEqualTo(422);
        assertThat(staff.get("/api/v1/consultations/" + slug + "/journal/99").status()).isEqualTo(404);
        assertThat(web.get("/saksbehandler/horinger/" + slug + "/journal/99").status()).isEqualTo(404);

        // the overview and the case's page link the journal
        assertThat(web.get("/saksbehandler").html().select("a[href=/saksbehandler/horinger/" + slug + "/journal]")).hasSize(1);
        assertThat(web.get("/saksbehandler/horinger/" + slug).html().selectFirst("#journal-link").attr("href"))
                .isEqualTo("/saksbehandler/horinger/" + slug + "/journal");
    }

    @Test
    void the_entry_page_shows_every_field_and_its_documents() throws Exception {
        String slug = openWithDocumentAndResponses(1);
        WebSession web = loggedIn();
        var page = web.get("/saksbehandler/horinger/" + slug + "/journal/2");
        assertThat(page.status()).isEqualTo(200);
        String fields = page.html().selectFirst("#journal-fields").text();
        assertThat(fields).contains(slug.replace('-', '/') + "-2", "Inngående dokument", "Journalført", "Høringssvar fra Svar 0", "Innspill");
        assertThat(page.html().selectFirst("#journal-parties").text()).contains("Avsender", "Svar 0");
        assertThat(page.html().select("#journal-documents a").eachAttr("href"))
                .containsExactly("/saksbehandler/horinger/" + slug + "/svar/2/arkivkopi.pdf");
        var outgoing = web.get("/saksbehandler/horinger/" + slug + "/journal/1");
        String href = outgoing.html().selectFirst("#journal-documents a").attr("href");
        assertThat(href).startsWith("/horinger/" + slug + "/dokumenter/");
        assertThat(web.get(href).contentType()).isEqualTo("application/pdf");
        assertThat(outgoing.html().selectFirst("#journal-receivedDate")).as("an outgoing document was not received").isNull();
    }

    @Test
    void a_change_is_saved_and_logged_with_old_and_new_value_and_who_made_it() throws Exception {
        String slug = openWithDocumentAndResponses(1);
        WebSession web = loggedIn();
        String entryPath = "/saksbehandler/horinger/" + slug + "/journal/2";
        var page = web.get(entryPath);
        LocalDate yesterday = LocalDate.now(DateFormats.OSLO).minusDays(1);
        var saved = web.submit(page.form("#journal-form"), Map.of("title", "Høringssvar fra Svar 0 (rettet)",
                "documentDate", yesterday.toString()));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith(entryPath);
        var after = web.follow(saved);
        assertThat(after.html().selectFirst("#journal-saved").text()).contains("2");

        JsonNode entry = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/journal/2").json();
        assertThat(entry.get("title").stringValue()).isEqualTo("Høringssvar fra Svar 0 (rettet)");
        assertThat(entry.get("documentDate").stringValue()).isEqualTo(yesterday.toString());
        JsonNode changes = entry.get("changes");
        assertThat(changes.size()).isEqualTo(2);
        assertThat(changes.get(0).get("field").stringValue()).isEqualTo("tittel");
        assertThat(changes.get(0).get("oldValue").stringValue()).isEqualTo("Høringssvar fra Svar 0");
        assertThat(changes.get(0).get("newValue").stringValue()).isEqualTo("Høringssvar fra Svar 0 (rettet)");
        assertThat(changes.get(0).get("changedBy").stringValue()).isEqualTo(TestApi.STAFF_USER);
        assertThat(changes.get(1).get("field").stringValue()).isEqualTo("dokumentetsDato");
        assertThat(changes.get(1).get("newValue").stringValue()).isEqualTo(yesterday.toString());
        assertThat(after.html().selectFirst("#journal-changes").text()).contains("tittel", "Høringssvar fra Svar 0 (rettet)", TestApi.STAFF_USER);

        // screening the name: the public title masks it, the basis is logged; the sender's name is changed and logged
        var screened = web.submit(after.form("#journal-form"), Map.of("screenSenderName", "yes", "screenTitleWords", "yes",
                "screeningBasis", "Offl. § 13", "publicTitle", "Høringssvar fra ******", "party-1", "Svar null"));
        assertThat(screened.status()).isEqualTo(302);
        JsonNode now = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/journal/2").json();
        assertThat(now.at("/screening/senderName").booleanValue()).isTrue();
        assertThat(now.at("/screening/basis").stringValue()).isEqualTo("Offl. § 13");
        assertThat(now.at("/parties/0/name").stringValue()).isEqualTo("Svar null");
        assertThat(now.get("changes").findValuesAsString("field")).containsExactly("tittel", "dokumentetsDato", "offentligTittel",
                "skjermingMetadata", "skjermingshjemmel", "korrespondansepartNavn");

        // saving the form unchanged logs nothing
        var again = web.submit(web.get(entryPath).form("#journal-form"), Map.of());
        assertThat(again.status()).isEqualTo(302);
        assertThat(TestApi.staff(port).get("/api/v1/consultations/" + slug + "/journal/2").json().get("changes").size()).isEqualTo(6);
    }

    @Test
    void invalid_changes_answer_422_with_an_error_summary_and_change_nothing() throws Exception {
        String slug = openWithDocumentAndResponses(1);
        WebSession web = loggedIn();
        String entryPath = "/saksbehandler/horinger/" + slug + "/journal/2";
        var form = web.get(entryPath).form("#journal-form");
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("title", " ");
        bad.put("screenTitleWords", "yes");
        bad.put("screeningBasis", "");
        bad.put("documentDate", LocalDate.now(DateFormats.OSLO).plusDays(3).toString());
        bad.put("receivedDate", "20.11.2026");
        var refused = web.submit(form, bad);
        assertThat(refused.status()).isEqualTo(422);
        var summary = refused.html().selectFirst("#error-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#journal-title", "#journal-publicTitle",
                "#journal-screeningBasis", "#journal-documentDate", "#journal-receivedDate");
        assertThat(summary.text()).contains("Skriv en tittel.", "******", "hjemmelen", "fram i tid");
        assertThat(refused.html().selectFirst("#journal-title").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.html().selectFirst("#journal-receivedDate").attr("value")).as("what was typed stays").isEqualTo("20.11.2026");

        JsonNode entry = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/journal/2").json();
        assertThat(entry.get("title").stringValue()).isEqualTo("Høringssvar fra Svar 0");
        assertThat(entry.at("/screening/titleWords").booleanValue()).isFalse();
        assertThat(entry.get("changes").size()).isZero();
    }

    @Test
    void only_staff_see_the_journal() throws Exception {
        WebSession visitor = new WebSession(port);
        var page = visitor.get("/saksbehandler/horinger/22-414/journal");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/logg-inn");
        assertThat(visitor.get("/saksbehandler/horinger/22-414/journal/1").status()).isEqualTo(302);
        assertThat(visitor.post("/saksbehandler/horinger/22-414/journal/1", Map.of("title", "x")).status()).isIn(302, 403);
        TestApi anonymous = TestApi.anonymous(port);
        assertThat(anonymous.get(TestApi.DEMO + "/journal").status()).isEqualTo(401);
        assertThat(anonymous.get(TestApi.DEMO + "/journal/1").status()).isEqualTo(401);
    }

    /** A consultation opened with a høringsnotat (entry 1, to the public) and then {@code responses} responses (2, 3, …). */
    private String openWithDocumentAndResponses(int responses) throws Exception {
        TestApi staff = TestApi.staff(port);
        String slug = draft();
        String path = "/api/v1/consultations/" + slug;
        staff.post(path + "/documents", Multipart.CONTENT_TYPE, new Multipart().field("title", "Høringsnotat")
                .field("kind", "horingsnotat").file("file", "notat.pdf", "application/pdf", pdf()).bytes());
        staff.post(path + "/open", "application/json", new byte[0]);
        awaitJournal(slug, page -> page.size() >= 1);
        for (int i = 0; i < responses; i++) {
            assertThat(TestApi.anonymous(port).postJson(path + "/responses", TestForms.response("Svar " + i)).status()).isEqualTo(201);
        }
        awaitJournal(slug, page -> page.size() >= 1 + responses);
        return slug;
    }

    private WebSession loggedIn() {
        WebSession web = new WebSession(port);
        web.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        return web;
    }

    /** The case's journal entries (the first page) once they satisfy {@code done}; journalling follows the events. */
    private JsonNode awaitJournal(String slug, Predicate<JsonNode> done) throws Exception {
        JsonNode[] found = new JsonNode[1];
        AppProcesses.waitUntil(() -> done.test(found[0] = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/journal").json()
                .get("entries")), Duration.ofSeconds(30));
        return found[0];
    }

    private static List<JsonNode> outgoing(JsonNode entries) {
        List<JsonNode> outgoing = new java.util.ArrayList<>();
        entries.forEach(entry -> {
            if (entry.get("type").stringValue().equals("Utgående dokument")) {
                outgoing.add(entry);
            }
        });
        return outgoing;
    }

    private String draft() {
        String caseNumber = TestForms.newCaseNumber();
        assertThat(TestApi.staff(port).post("/api/v1/consultations", "application/yaml",
                TestForms.yaml(caseNumber, "2099-06-30").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        return caseNumber.replace('/', '-');
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
