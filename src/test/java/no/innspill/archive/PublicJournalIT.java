package no.innspill.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.platform.DateFormats;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The public journal through HTTP, the page and the API, as anyone sees it: an organisation's response with its name, a
 * screened private person as ****** with the name nowhere in the answer, a private person's name out of the name search
 * a year on (the entry still listed), the date and case filters, paging by cursor, no draft's entries, and bad
 * parameters refused with a message. Its case is its own; the shared database holds other tests' cases too.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicJournalIT {

    private static final String API = "/api/v1/journal";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Consultations consultations;
    @Autowired
    Journal journal;

    /** Unique in this database, so a name search finds only this test's parties. */
    private final String tag = "Jt" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final String organisation = "Journalverket " + tag;
    private final String screened = "Kari Skjult" + tag;
    private final String oldPerson = "Ola Gammel" + tag;
    private final String newPerson = "Per Ny" + tag;
    private final String draftRecipient = "Utkastmottaker " + tag;
    private String caseNumber;
    private String slug;
    private final Map<String, String> documentNumbers = new HashMap<>();
    private final LocalDate today = LocalDate.now(DateFormats.OSLO);
    private String draftCase;

    @BeforeAll
    void aCaseWithResponses() {
        caseNumber = TestForms.newCaseNumber();
        slug = TestConsultations.open(port, TestForms.yaml(caseNumber, "2099-06-30"));
        respond(organisation, "organisation", "publish");
        respond(screened, "person", "withhold");
        respond(oldPerson, "person", "publish");
        respond(newPerson, "person", "publish");
        respond("Helse Test " + tag, "organisation", "publish");
        respond("Fylke Test " + tag, "organisation", "publish");
        for (int tries = 0; count(caseNumber) < 6; tries++) {
            assertThat(tries).as("the responses are journalled").isLessThan(600);
            sleep();
        }
        // a year and a month ago, and a month ago: what the journal would hold had they been journalled then
        shift(oldPerson, today.minusDays(400));
        shift(organisation, today.minusDays(30));

        // a draft with an outgoing entry: the public never sees it
        Consultation draft = consultations.create(TestForms.yaml(TestForms.newCaseNumber(), "2099-06-30"));
        draftCase = draft.caseNumber();
        long documentId = Long.MAX_VALUE - draft.id(); // no real document's: each is journalled once
        journal.journalOutgoing(draft, "Høringsbrev " + tag, documentId, null,
                List.of(new Journal.Party(JournalParty.Type.RECIPIENT, draftRecipient, null, null, false)),
                List.of(new Journal.Document("Høringsbrev", JournalDocument.Source.CONSULTATION_DOCUMENT, documentId)), "test");
    }

    @Test
    void an_organisation_s_response_is_listed_with_its_name_case_and_type() {
        JsonNode entry = only(api("?name=" + encode(organisation)));
        assertThat(entry.get("case").stringValue()).isEqualTo(caseNumber);
        assertThat(entry.get("caseTitle").stringValue()).isEqualTo("Høring om testing");
        assertThat(entry.get("documentNumber").stringValue()).isEqualTo(documentNumbers.get(organisation)).startsWith(caseNumber + "-");
        assertThat(entry.get("journalDate").stringValue()).isEqualTo(today.minusDays(30).toString());
        assertThat(entry.get("type").stringValue()).isEqualTo("incoming");
        assertThat(entry.get("publicTitle").stringValue()).isEqualTo("Høringssvar fra " + organisation);
        assertThat(entry.at("/party/name").stringValue()).isEqualTo(organisation);
        assertThat(entry.at("/party/role").stringValue()).isEqualTo("sender");

        WebSession web = new WebSession(port);
        WebSession.Page page = web.get("/journal?navn=" + encode(tag.toUpperCase(java.util.Locale.ROOT)) + "&sak=" + encode(caseNumber));
        assertThat(page.status()).isEqualTo(200);
        Element row = rowOf(page.html(), documentNumbers.get(organisation));
        assertThat(row.text()).contains(caseNumber, "Høring om testing", "Inngående", "Høringssvar fra " + organisation);
        assertThat(row.select("td").last().text()).isEqualTo(organisation);
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/horinger/" + slug);
        assertThat(page.html().getElementById("journal-hits").text()).isEqualTo("4 treff"); // not the screened, not the old private person
        assertThat(page.html().getElementById("nav-journal").attr("href")).isEqualTo("/journal");
        assertThat(page.html().selectFirst("a[hreflang=en]").attr("href")).as("the language links keep the search")
                .isEqualTo("/journal?sak=" + caseNumber + "&navn=" + tag.toUpperCase(java.util.Locale.ROOT) + "&lang=en");
        WebSession.Page english = web.get(page.html().selectFirst("a[hreflang=en]").attr("href"));
        assertThat(english.html().getElementById("journal-hits").text()).isEqualTo("4 matches");
        assertThat(rowOf(english.html(), documentNumbers.get(organisation)).text()).contains("Incoming");
    }

    @Test
    void a_screened_private_person_is_shown_as_stars_and_the_name_is_sent_nowhere() {
        Reply all = api("?case=" + slug + "&limit=500");
        assertThat(all.body()).doesNotContain("Skjult" + tag).contains("******");
        JsonNode entry = entryOf(all, documentNumbers.get(screened));
        assertThat(entry.at("/party/name").stringValue()).isEqualTo("******");
        assertThat(entry.get("publicTitle").stringValue()).isEqualTo("Høringssvar fra ******");

        WebSession.Page page = new WebSession(port).get("/journal?sak=" + encode(caseNumber));
        assertThat(page.bytes().length).isPositive();
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).doesNotContain("Skjult" + tag);
        assertThat(rowOf(page.html(), documentNumbers.get(screened)).select("td").last().text()).isEqualTo("******");

        // a name search never finds it: a hit would tell who it is
        assertThat(api("?name=" + encode(screened)).json().get("total").asLong()).isZero();
        assertThat(api("?name=Skjult" + tag).json().get("entries")).isEmpty();
        assertThat(new WebSession(port).get("/journal?navn=" + encode(screened)).html().getElementById("journal-none")).isNotNull();
    }

    @Test
    void a_private_person_s_name_leaves_the_name_search_after_a_year_but_the_entry_is_listed() {
        assertThat(api("?name=" + encode(oldPerson)).json().get("total").asLong()).isZero();
        assertThat(api("?name=Gammel" + tag).json().get("entries")).isEmpty();
        JsonNode listed = entryOf(api("?case=" + slug + "&limit=500"), documentNumbers.get(oldPerson));
        assertThat(listed.at("/party/name").stringValue()).isEqualTo(oldPerson);
        assertThat(listed.get("journalDate").stringValue()).isEqualTo(today.minusDays(400).toString());

        // a private person journalled this year is found, by part of the name, in any case
        JsonNode recent = only(api("?name=" + encode(("ny" + tag).toLowerCase(java.util.Locale.ROOT))));
        assertThat(recent.at("/party/name").stringValue()).isEqualTo(newPerson);
        // an organisation's name stays searchable whatever its age
        shift("Fylke Test " + tag, today.minusDays(800));
        assertThat(only(api("?name=" + encode("fylke test " + tag))).get("journalDate").stringValue())
                .isEqualTo(today.minusDays(800).toString());
    }

    @Test
    void dates_and_case_filter_the_list() {
        JsonNode month = api("?case=" + slug + "&from=" + today.minusDays(31) + "&to=" + today.minusDays(29)).json();
        assertThat(month.get("total").asLong()).isEqualTo(1);
        assertThat(month.at("/entries/0/documentNumber").stringValue()).isEqualTo(documentNumbers.get(organisation));
        JsonNode recent = api("?case=" + caseNumber + "&from=" + today.minusDays(1)).json();
        assertThat(numbers(recent)).doesNotContain(documentNumbers.get(organisation), documentNumbers.get(oldPerson))
                .contains(documentNumbers.get(screened), documentNumbers.get(newPerson));
        JsonNode before = api("?case=" + slug + "&to=" + today.minusDays(300)).json();
        assertThat(numbers(before)).contains(documentNumbers.get(oldPerson)).doesNotContain(documentNumbers.get(newPerson));
        assertThat(api("?case=2099/999999").json().get("total").asLong()).isZero();

        WebSession.Page page = new WebSession(port).get("/journal?fra=" + today.minusDays(31) + "&til=" + today.minusDays(29)
                + "&sak=" + encode(caseNumber));
        assertThat(page.html().select("#journal-table tbody tr")).hasSize(1);
        assertThat(page.html().getElementById("journal-from").attr("value")).isEqualTo(today.minusDays(31).toString());
        assertThat(page.html().getElementById("journal-case").attr("value")).isEqualTo(caseNumber);
        // as Norwegians write dates too
        WebSession.Page norwegian = new WebSession(port).get("/journal?fra=" + norwegian(today.minusDays(31)) + "&til="
                + norwegian(today.minusDays(29)) + "&sak=" + encode(caseNumber));
        assertThat(norwegian.html().select("#journal-table tbody tr")).hasSize(1);
    }

    @Test
    void paging_by_cursor_returns_every_entry_exactly_once_newest_first() {
        List<String> seen = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String next = API + "?case=" + slug + "&limit=2";
        String last = null;
        int pages = 0;
        while (next != null) {
            JsonNode page = TestApi.anonymous(port).get(next).json();
            assertThat(page.get("total").asLong()).isEqualTo(6);
            page.get("entries").forEach(entry -> {
                seen.add(entry.get("documentNumber").stringValue());
                dates.add(entry.get("journalDate").stringValue());
            });
            last = next;
            next = page.get("next").isNull() ? null : page.get("next").stringValue();
            assertThat(++pages).isLessThan(10);
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(documentNumbers.values());
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // and back: the previous page of the last is the middle one
        JsonNode lastPage = TestApi.anonymous(port).get(last).json();
        JsonNode middle = TestApi.anonymous(port).get(lastPage.get("previous").stringValue()).json();
        assertThat(numbers(middle)).containsExactlyElementsOf(seen.subList(2, 4));
        JsonNode first = TestApi.anonymous(port).get(middle.get("previous").stringValue()).json();
        assertThat(numbers(first)).containsExactlyElementsOf(seen.subList(0, 2));
        assertThat(first.get("previous").isNull()).isTrue();

        // the page: 50 at a time, so walk the first pages of the whole journal (other tests' cases too) by its links
        WebSession web = new WebSession(port);
        WebSession.Page page = web.get("/journal");
        Set<String> onPages = new HashSet<>();
        for (int walked = 0; walked < 3; walked++) {
            assertThat(page.status()).isEqualTo(200);
            page.html().select("#journal-table tbody tr").forEach(row -> assertThat(onPages.add(row.select("td").get(1).text()))
                    .as("on one page only").isTrue());
            Element link = page.html().getElementById("journal-next");
            if (link == null) {
                break;
            }
            assertThat(page.html().select("#journal-table tbody tr")).hasSize(50);
            page = web.get(link.attr("href"));
            assertThat(page.html().getElementById("journal-previous")).isNotNull();
        }
        // the newest entries are this test's or later ones: the first page holds the newest of this case
        assertThat(onPages).contains(seen.get(0));
    }

    @Test
    void a_draft_s_entries_are_never_shown() {
        assertThat(api("?name=" + encode(draftRecipient)).json().get("total").asLong()).isZero();
        assertThat(api("?case=" + draftCase.replace('/', '-')).json().get("entries")).isEmpty();
        assertThat(api("?limit=500").body()).doesNotContain(draftRecipient);
        WebSession.Page page = new WebSession(port).get("/journal?sak=" + encode(draftCase));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().getElementById("journal-none")).isNotNull();
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).doesNotContain(draftRecipient, "Høringsbrev " + tag);
    }

    @Test
    void bad_parameters_are_refused_with_a_message() {
        assertProblem("?from=yesterday", "from", "is not a date");
        assertProblem("?from=2026-13-01", "from", "is not a date");
        assertProblem("?from=2026-03-02&to=2026-03-01", "to", "comes before 'from'");
        assertProblem("?case=414", "case", "is not a case number");
        assertProblem("?name=" + "x".repeat(101), "name", "longer than 100");
        assertProblem("?limit=501", "limit", "from 1 to 500");
        assertProblem("?limit=ten", "limit", "from 1 to 500");
        assertProblem("?cursor=not-ours", "cursor", "is not one this journal gave");

        WebSession web = new WebSession(port);
        WebSession.Page page = web.get("/journal?fra=igår&sak=abc&navn=" + "x".repeat(101));
        assertThat(page.status()).isEqualTo(400);
        Element summary = page.html().getElementById("error-summary");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#journal-from", "#journal-case", "#journal-name");
        assertThat(summary.text()).contains("for eksempel 1.3.2026", "for eksempel 22/414", "høyst 100 tegn");
        assertThat(page.html().getElementById("journal-case").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.html().getElementById("journal-case").attr("value")).isEqualTo("abc");
        assertThat(page.html().getElementById("journal-table")).isNull();

        WebSession.Page range = web.get("/journal?fra=2026-03-02&til=2026-03-01");
        assertThat(range.status()).isEqualTo(400);
        assertThat(range.html().getElementById("journal-to-error").text()).isEqualTo("Til-datoen kan ikke være før fra-datoen.");
        WebSession.Page cursor = web.get("/journal?side=abc");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.html().getElementById("error-summary").text()).contains("Søk på nytt");
    }

    @Test
    void the_api_is_public_for_get_only_and_documented() {
        JsonNode docs = api("").json();
        assertThat(docs.get("total").asLong()).isPositive();
        JsonNode operation = TestApi.anonymous(port).get("/v3/api-docs").json().at("/paths/~1api~1v1~1journal/get");
        assertThat(operation.get("summary").stringValue()).contains("public journal");
        assertThat(operation.get("security").get(0).isEmpty()).as("anonymous allowed").isTrue();
        assertThat(TestApi.anonymous(port).postJson(API, "{}").status()).isEqualTo(401);
    }

    private void assertProblem(String query, String field, String message) {
        Reply reply = api(query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors")).anySatisfy(error -> {
            assertThat(error.get("field").stringValue()).isEqualTo(field);
            assertThat(error.get("message").stringValue()).contains(message);
        });
    }

    private void respond(String name, String kind, String nameChoice) {
        String publication = kind.equals("person") ? ", \"publication\": {\"name\": \"" + nameChoice + "\"}" : "";
        Reply reply = TestApi.anonymous(port).postJson("/api/v1/consultations/" + slug + "/responses",
                "{\"respondent\": {\"name\": \"" + name + "\", \"kind\": \"" + kind + "\"}" + publication
                        + ", \"answers\": {\"q2\": {\"text\": \"Til journalen.\"}}}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        documentNumbers.put(name, reply.json().get("documentNumber").stringValue());
    }

    private void shift(String name, LocalDate journalDate) {
        assertThat(jdbc.sql("update journal_entry set journal_date = ? where document_number = ?")
                .params(journalDate, documentNumbers.get(name)).update()).isEqualTo(1);
    }

    private int count(String caseNumber) {
        return jdbc.sql("select count(*) from journal_entry where case_number = ?").param(caseNumber).query(Integer.class).single();
    }

    private Reply api(String query) {
        return TestApi.anonymous(port).get(API + query);
    }

    private static JsonNode only(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode entries = reply.json().get("entries");
        assertThat(entries).as(reply.toString()).hasSize(1);
        return entries.get(0);
    }

    private static JsonNode entryOf(Reply reply, String documentNumber) {
        for (JsonNode entry : reply.json().get("entries")) {
            if (entry.get("documentNumber").stringValue().equals(documentNumber)) {
                return entry;
            }
        }
        throw new AssertionError("No entry " + documentNumber + " in " + reply);
    }

    private static List<String> numbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("entries").forEach(entry -> numbers.add(entry.get("documentNumber").stringValue()));
        return numbers;
    }

    private static Element rowOf(Document html, String documentNumber) {
        for (Element row : html.select("#journal-table tbody tr")) {
            if (row.select("td").get(1).text().equals(documentNumber)) {
                return row;
            }
        }
        throw new AssertionError("No row " + documentNumber);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String norwegian(LocalDate date) {
        return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
