package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff list with search and every filter, and reading by question (issue 13), over real HTTP: filters combined
 * with search and keyset paging give each response once while new ones arrive between the pages; the hit count, what
 * the search was understood as, marked excerpts, links that keep the filter; hostile input is a 400 (or 404) page
 * naming the field, never a 500.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffReadingIT {

    private static final int RESPONSES = 130;

    @LocalServerPort
    int port;

    private String slug;
    private String base;
    private TestApi api;
    private final List<Sent> sent = new ArrayList<>();

    /** What one response posted holds, to know which responses a filter must show. */
    record Sent(int i, String number, boolean organisation, boolean yes, boolean a, boolean journal, boolean goal1) {
    }

    @BeforeAll
    void register() {
        String caseNumber = TestForms.newCaseNumber();
        slug = TestConsultations.open(port, """
                caseNumber: "%s"
                title: "Høring om lesing"
                owner: "Testdirektoratet"
                deadline: "2099-06-30"
                responseEmail: "postmottak@test.example"
                questions:
                  - id: q1
                    kind: choice
                    text: "Er du enig?"
                    options:
                      - {id: "yes", label: "Ja"}
                      - {id: "no", label: "Nei"}
                  - id: q2
                    kind: text-with-parts
                    text: "Har dere tilbakemelding på målene?"
                    maxLength: 2000
                    parts:
                      - {id: goal1, title: "Mål 1: Aktiv medvirkning", maxLength: 2000}
                      - {id: goal3, title: "Mål 3: Helsedata til fornying", maxLength: 2000}
                  - id: q3
                    kind: choice
                    text: "Hvilken modell?"
                    options:
                      - {id: a, label: "Modell A"}
                      - {id: b, label: "Modell B"}
                  - id: q4
                    kind: text
                    text: "Andre innspill?"
                    maxLength: 2000
                """.formatted(caseNumber));
        base = "/saksbehandler/horinger/" + slug;
        api = TestApi.anonymous(port);
        for (int i = 0; i < RESPONSES; i++) {
            post(i, i % 2 == 0, i % 3 != 0, i % 2 == 0, i % 4 == 0, i % 5 != 0);
        }
    }

    private Sent post(int i, boolean organisation, boolean yes, boolean a, boolean journal, boolean goal1) {
        String json = """
                {"respondent": {"name": "Instans %d", "kind": "%s", "organisationNumber": null, "email": null},
                 "answers": {"q1": {"choice": "%s", "text": null},
                             "q2.goal1": {"text": %s},
                             "q2.goal3": {"text": "%s nr %d"},
                             "q3": {"choice": "%s", "text": null},
                             "q4": {"text": "Samhandling mellom kommuner <b>%d</b>"}}}"""
                .formatted(i, organisation ? "organisation" : "person", yes ? "yes" : "no",
                        goal1 ? "\"Aktiv medvirkning " + i + "\"" : "null",
                        journal ? "Felles pasientjournal er viktig" : "Helsedata må deles trygt", i, a ? "a" : "b", i);
        var answer = api.postJson("/api/v1/consultations/" + slug + "/responses", json);
        assertThat(answer.status()).isEqualTo(201);
        Sent one = new Sent(i, answer.json().get("documentNumber").stringValue(), organisation, yes, a, journal, goal1);
        sent.add(one);
        return one;
    }

    /** Posts a response every filter below holds, as new responses arrive while a case worker pages. */
    private int arrivals = 1000;

    private void arrive() {
        post(arrivals++, true, true, true, true, true);
    }

    @Test
    void every_filter_combined_with_search_pages_each_response_once_while_new_ones_arrive() {
        WebSession staff = loggedIn();
        List<Sent> before = List.copyOf(sent);
        String all = "&kind=organisation&late=no&channel=api&attachments=no&invitee=no&versions=latest";
        check(staff, "?q=samhandling", before, s -> true, false);
        check(staff, "?q=samhandling&order=desc", before, s -> true, false);
        check(staff, "?q=samhandling&sort=relevance", before, s -> true, false);
        check(staff, "?q=samhandling&sort=name&order=desc", before, s -> true, false);
        check(staff, "?q=samhandling&sort=received", before, s -> true, false);
        check(staff, "?q=samhandling&choice=q1:yes&choice=q3:a" + all, before, s -> s.organisation() && s.yes() && s.a(), false);
        check(staff, "?q=pasientjournal&in=q2.goal3", before, Sent::journal, false);
        check(staff, "?q=kommuner+-pasientjournal&choice=q1:no", before, s -> !s.journal() && !s.yes(), false);
        check(staff, "?choice=q3:a&kind=organisation&sort=kind", before, s -> s.organisation(), false);
        // reading by question: 25 a page, its answers only, the search scoped to it
        check(staff, "/sporsmal/q2.goal3?q=pasientjournal", before, Sent::journal, true);
        check(staff, "/sporsmal/q2.goal1", before, Sent::goal1, true);
        check(staff, "/sporsmal/q2.goal1?unanswered=yes&order=desc", before, s -> true, true);
        check(staff, "/sporsmal/q1?q=samhandling&in=*&choice=q1:no" + all.replace("organisation", "person"), before,
                s -> !s.organisation() && !s.yes(), true);
        check(staff, "/sporsmal/q2?q=helsedata&sort=relevance&choice=q3:b", before, s -> !s.journal() && !s.a(), true);
    }

    /** Walks every page of the list (or the by-question page), a new response arriving before each next page. */
    private void check(WebSession staff, String query, List<Sent> before, Predicate<Sent> holds, boolean byQuestion) {
        String url = (query.startsWith("/") ? base + query : base + query);
        List<String> seen = new ArrayList<>();
        int pageSize = byQuestion ? StaffReadingController.PAGE : Responses.LIST_PAGE;
        for (int pages = 0; url != null; pages++) {
            assertThat(pages).as("pages of " + query).isLessThan(20);
            WebSession.Page page = staff.get(url);
            assertThat(page.status()).as(url).isEqualTo(200);
            List<String> numbers = byQuestion
                    ? page.html().select("article.innspill-answer h2 span:first-child").eachText()
                    : page.html().select("table tbody tr td:first-child > a").eachText();
            assertThat(numbers.size()).as(url).isLessThanOrEqualTo(pageSize);
            seen.addAll(numbers);
            String next = page.html().select("#next-page").attr("href");
            if (!next.isEmpty()) {
                String kept = query.contains("?") ? query.substring(query.indexOf('?') + 1).replace("+", " ") : "";
                for (String param : kept.split("&")) {
                    if (!param.isEmpty()) {
                        assertThat(java.net.URLDecoder.decode(next, java.nio.charset.StandardCharsets.UTF_8)).as("next of " + query).contains(param);
                    }
                }
                arrive();
            }
            url = next.isEmpty() ? null : next;
        }
        Set<String> expected = new HashSet<>(before.stream().filter(holds).map(Sent::number).toList());
        assertThat(seen).as(query).doesNotHaveDuplicates().containsAll(expected);
        Set<String> old = new HashSet<>(before.stream().map(Sent::number).toList());
        assertThat(seen.stream().filter(old::contains).toList()).as(query + ": no old response that does not match")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_list_says_what_it_searched_for_counts_the_hits_and_marks_the_excerpts() {
        WebSession staff = loggedIn();
        var page = staff.get(base + "?q=pasientjournaler&choice=q1:yes");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#search-terms").text()).isEqualTo("Søkte etter: 'pasientjournal'");
        assertThat(page.html().select("#shown-count").text()).matches("Viser \\d+ treff\\.");
        assertThat(page.html().select("td.innspill-excerpt mark").eachText()).contains("pasientjournal");
        // a respondent's markup is text, never markup
        var markup = staff.get(base + "?q=samhandling");
        assertThat(markup.html().select("td.innspill-excerpt b")).isEmpty();
        assertThat(markup.html().select("#filter-sort option").eachAttr("value")).contains("relevance");
        assertThat(markup.html().select("#filter-sort option[selected]").eachAttr("value")).isEmpty(); // the default: number
        assertThat(staff.get(base).html().select("#filter-sort option").eachAttr("value")).doesNotContain("relevance");
        // only stop words: a clear note, nothing found
        var stop = staff.get(base + "?q=og+i+p%C3%A5");
        assertThat(stop.status()).isEqualTo(200);
        assertThat(stop.html().select("#search-stop-words").text()).contains("småord");
        assertThat(stop.html().select("table tbody tr td:first-child > a")).isEmpty();
        // the filter is kept in every link; the reset link drops it
        var filtered = staff.get(base + "?q=helsedata&in=q2.goal3&choice=q3:b&kind=person");
        for (String id : List.of("#export-csv", "#export-xlsx", "#export-json", "#export-jsonl", "#statistics-link")) {
            assertThat(filtered.html().select(id).attr("href")).as(id).contains("q=helsedata", "in=q2.goal3", "choice=q3%3Ab", "kind=person");
        }
        assertThat(filtered.html().select("#export-xlsx").attr("href")).startsWith(base + "/eksport.xlsx?");
        assertThat(filtered.html().select("#statistics-link").attr("href")).startsWith(base + "/statistikk?");
        assertThat(filtered.html().select("#read-by-question a").eachAttr("href"))
                .contains(base + "/sporsmal/q2.goal3?choice=q3%3Ab&kind=person&q=helsedata");
        assertThat(filtered.html().select("#reset-filters").attr("href")).isEqualTo(base);
        assertThat(filtered.html().select("#filter-in option[selected]").text()).isEqualTo("2 Mål 3: Helsedata til fornying");
        assertThat(filtered.html().select("#filter-choice-q3 option[selected]").text()).isEqualTo("Modell B");
        assertThat(filtered.html().select("#filter-q").val()).isEqualTo("helsedata");
    }

    @Test
    void a_search_with_more_hits_than_the_cap_says_so() {
        // counted up to the cap: the figure is exact here (fewer hits), and the message form for more is tested by its key
        WebSession staff = loggedIn();
        var page = staff.get(base + "?q=samhandling");
        assertThat(page.html().select("#shown-count").text()).matches("Viser \\d+ treff\\.");
        assertThat(page.html().select("#counts")).isNotEmpty();
    }

    @Test
    void reading_by_question_shows_each_answer_with_its_respondent_and_links_between_them() {
        WebSession staff = loggedIn();
        var page = staff.get(base + "/sporsmal/q2");
        assertThat(page.status()).isEqualTo(200);
        var articles = page.html().select("article.innspill-answer");
        assertThat(articles).hasSize(StaffReadingController.PAGE);
        var first = articles.first();
        assertThat(first.id()).startsWith("svar-");
        assertThat(first.select("h3").eachText()).contains("Mål 3: Helsedata til fornying");
        assertThat(first.text()).contains("Instans 0", "Organisasjon", "Felles pasientjournal er viktig nr 0");
        assertThat(first.select("a[data-reading=next]").attr("href")).isEqualTo("#" + articles.get(1).id());
        assertThat(articles.get(1).select("a[data-reading=previous]").attr("href")).isEqualTo("#" + first.id());
        assertThat(articles.last().select("a[data-reading=next]").attr("href")).contains("/sporsmal/q2?", "cursor=");
        assertThat(first.select("a[href$=/svar/1]")).isNotEmpty();
        assertThat(page.html().select("script[src$=/js/reading.js][defer]")).isNotEmpty();
        // a part shows only its own text, under no label; a choice question the chosen option
        var part = staff.get(base + "/sporsmal/q2.goal1");
        assertThat(part.html().select("article.innspill-answer").first().text()).contains("Aktiv medvirkning 1").doesNotContain("pasientjournal");
        var choice = staff.get(base + "/sporsmal/q3?choice=q3:b");
        assertThat(choice.html().select("article.innspill-answer").first().text()).contains("Valgte: Modell B");
        assertThat(choice.html().select("#switch-question a[aria-current=page]").text()).isEqualTo("3 Hvilken modell?");
        assertThat(choice.html().select("#switch-question a").eachAttr("href")).contains(base + "/sporsmal/q2.goal3?choice=q3%3Ab");
        // searching scopes to the question: goal1's text has no "pasientjournal"
        var scoped = staff.get(base + "/sporsmal/q2.goal1?q=pasientjournal");
        assertThat(scoped.html().select("article.innspill-answer")).isEmpty();
        assertThat(scoped.html().select("#no-answers")).isNotEmpty();
        var everywhere = staff.get(base + "/sporsmal/q2.goal1?q=pasientjournal&in=*");
        assertThat(everywhere.html().select("article.innspill-answer")).isNotEmpty();
        // the response page links here
        assertThat(staff.get(base + "/svar/1").html().select("#read-by-question a").eachAttr("href")).contains(base + "/sporsmal/q2.goal3");
    }

    @Test
    void hostile_input_is_a_client_error_naming_the_field_never_a_500() {
        WebSession staff = loggedIn();
        String tenKb = "x".repeat(10_000);
        List<String> values = List.of("%00", "%ED%A0%80", "%27%3B+drop+table+response%3B+--", "q1%3Ayes%27+or+1%3D1", tenKb.substring(0, 3000),
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "zz%3Ayy");
        for (String name : List.of("choice", "kind", "channel", "late", "attachments", "invitee", "answered", "in", "versions",
                "sort", "order", "cursor", "q")) {
            for (String value : values) {
                for (String path : List.of(base, base + "/sporsmal/q2")) {
                    String query = name.equals("in") ? "?q=samhandling&in=" + value : "?" + name + "=" + value;
                    var page = staff.get(path + query);
                    String what = path + " " + name + "=" + value.substring(0, Math.min(40, value.length()));
                    assertThat(page.status()).as(what).isIn(200, 400);
                    assertThat(page.text()).as(what).doesNotContain("Exception", "at no.innspill", "<script>");
                    boolean ignored = name.equals("answered") && !path.equals(base); // the path says what is read
                    if (!name.equals("q") && !ignored && page.status() == 200) {
                        // only values that are no value at all may pass: a NUL or a replaced surrogate in a free field
                        assertThat(List.of("%00", "%ED%A0%80")).as(what).contains(value);
                    }
                    if (page.status() == 400 && !value.equals("%ED%A0%80")) { // not UTF-8: Tomcat's own 400, the error page
                        assertThat(page.html().select("#error-summary a")).as(what).isNotEmpty();
                    }
                }
            }
        }
        var kind = staff.get(base + "?kind=x");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.html().select("#error-summary a[href=#filter-kind]").text()).contains("type");
        var longSearch = staff.get(base + "?q=" + "x".repeat(501));
        assertThat(longSearch.status()).isEqualTo(400);
        assertThat(longSearch.html().select("#error-summary a[href=#filter-q]").text()).contains("500");
        assertThat(staff.get(base + "?sort=relevance").html().select("#error-summary a[href=#filter-sort]")).isNotEmpty();
        assertThat(staff.get(base + "?q=" + tenKb).status()).isBetween(400, 431);
        assertThat(staff.get(base + "?choice=q9:yes").status()).isEqualTo(400);
        assertThat(staff.get(base + "?answered=q9").status()).isEqualTo(400);
        for (String id : List.of("q9", "q2.goal9", "%00", "q1%27--", "..", tenKb.substring(0, 2000))) {
            var unknown = staff.get(base + "/sporsmal/" + id);
            assertThat(unknown.status()).as(id).isIn(400, 404);
            assertThat(unknown.text()).as(id).doesNotContain("Exception");
        }
        assertThat(staff.get(base + "/sporsmal/q9").status()).isEqualTo(404);
    }

    private WebSession loggedIn() {
        WebSession staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        return staff;
    }

    @SuppressWarnings("unused")
    private static <T> Function<T, T> same() {
        return t -> t;
    }
}
