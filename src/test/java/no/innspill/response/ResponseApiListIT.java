package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The API list (issue 13, item 6): every filter with and without a search, paged through the Link header, nothing
 * missed or repeated while responses arrive, the total-count headers, excerpts, limit bounds, the deprecated after=,
 * and hostile input as 400s naming the parameter.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseApiListIT {

    private static final int RESPONSES = 60;
    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"(next|prev)\"");
    private static final String[] CHANNELS = {"web", "email", "paper", "api"};

    @LocalServerPort
    int port;

    private String slug;
    private TestApi staff;
    /** What was posted, by respondent name. */
    private final Map<String, Posted> posted = new LinkedHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger nextName = new java.util.concurrent.atomic.AtomicInteger(RESPONSES);

    record Posted(String name, String choice, String kind, String channel, String text) {
    }

    @BeforeAll
    void register() {
        slug = TestConsultations.open(port, TestForms.yaml(TestForms.newCaseNumber(), "2099-06-30"));
        staff = TestApi.staff(port);
        for (int i = 0; i < RESPONSES; i++) {
            post(i);
        }
    }

    private void post(int i) {
        String name = "Svar " + i;
        String choice = i % 3 == 0 ? "no" : "yes";
        String kind = i % 4 == 0 ? "organisation" : "person";
        String channel = CHANNELS[i % CHANNELS.length];
        String text = i % 5 == 0 ? "Sykehusene trenger felles kjernejournal" : i % 2 == 0 ? "Helse for alle" : null;
        String json = """
                {"channel": "%s", "respondent": {"name": "%s", "kind": "%s", "organisationNumber": null, "email": null},
                 "answers": {"q1": {"choice": "%s", "text": null}, "q2": {"text": %s}}}"""
                .formatted(channel, name, kind, choice, text == null ? "null" : "\"" + text + "\"");
        assertThat(staff.postJson(responses(), json).status()).isEqualTo(201);
        posted.put(name, new Posted(name, choice, kind, channel, text));
    }

    private String responses() {
        return "/api/v1/consultations/" + slug + "/responses";
    }

    @Test
    void every_filter_with_and_without_a_search_pages_through_the_link_header_to_exactly_its_responses() {
        Map<String, Predicate<Posted>> filters = new LinkedHashMap<>();
        filters.put("", p -> true);
        filters.put("choice=q1:no", p -> p.choice().equals("no"));
        filters.put("choice=q1:yes&kind=organisation", p -> p.choice().equals("yes") && p.kind().equals("organisation"));
        filters.put("kind=person", p -> p.kind().equals("person"));
        filters.put("channel=email", p -> p.channel().equals("email"));
        filters.put("channel=paper&choice=q1:no", p -> p.channel().equals("paper") && p.choice().equals("no"));
        filters.put("late=no", p -> true);
        filters.put("late=yes", p -> false);
        filters.put("attachments=no", p -> true);
        filters.put("attachments=yes", p -> false);
        filters.put("invitee=no", p -> true);
        filters.put("invitee=yes", p -> false);
        filters.put("answered=q2", p -> p.text() != null);
        filters.put("versions=all", p -> true);
        Map<String, Predicate<Posted>> searches = new LinkedHashMap<>();
        searches.put("", p -> true);
        searches.put("q=kjernejournal", p -> p.text() != null && p.text().contains("kjernejournal"));
        searches.put("q=%22felles+kjernejournal%22", p -> p.text() != null && p.text().contains("felles kjernejournal"));
        searches.put("q=helse&in=q2", p -> p.text() != null && p.text().contains("Helse"));
        searches.put("q=svar+-kjernejournal", p -> p.text() == null || !p.text().contains("kjernejournal"));
        for (var filter : filters.entrySet()) {
            for (var search : searches.entrySet()) {
                String query = String.join("&", java.util.stream.Stream.of(filter.getKey(), search.getKey(), "limit=6")
                        .filter(s -> !s.isEmpty()).toList());
                Set<String> expected = new HashSet<>();
                posted.values().stream().filter(filter.getValue().and(search.getValue())).forEach(p -> expected.add(p.name()));
                Walk walk = walk(responses() + "?" + query);
                assertThat(walk.names()).as(query).doesNotHaveDuplicates();
                assertThat(new HashSet<>(walk.names())).as(query).isEqualTo(expected);
                assertThat(walk.total()).as(query).isEqualTo(Integer.toString(expected.size()));
            }
        }
    }

    @Test
    void a_search_gives_each_response_a_plain_text_excerpt_and_the_links_keep_every_parameter() {
        Reply page = staff.get(responses() + "?q=kjernejournal&kind=person&choice=q1:yes&sort=relevance&limit=2");
        assertThat(page.status()).isEqualTo(200);
        for (JsonNode response : page.json()) {
            assertThat(response.get("excerpt").stringValue()).contains("kjernejournal").doesNotContain("\u0002", "<mark>");
            assertThat(response.get("documentNumber").stringValue()).isNotBlank(); // the old fields stay
            assertThat(response.has("answers")).isTrue();
        }
        String next = links(page).get("next");
        assertThat(next).startsWith("http://").contains("q=kjernejournal", "kind=person", "choice=q1%3Ayes", "sort=relevance",
                "limit=2", "cursor=");
        assertThat(staff.get(responses() + "?limit=2").json().get(0).has("excerpt")).isFalse();
    }

    @Test
    void the_previous_link_leads_back_to_the_same_page() {
        Reply first = staff.get(responses() + "?sort=name&limit=5");
        Reply second = get(links(first).get("next"));
        Reply back = get(links(second).get("prev"));
        assertThat(names(back.json())).isEqualTo(names(first.json()));
        assertThat(links(first)).doesNotContainKey("prev");
    }

    @Test
    void nothing_is_missed_or_repeated_while_new_responses_arrive_between_pages() {
        for (String sort : List.of("number", "name", "received&order=desc", "channel")) {
            Set<String> before = new HashSet<>();
            walk(responses() + "?limit=1000").names().forEach(before::add);
            List<String> seen = new ArrayList<>();
            Reply page = staff.get(responses() + "?sort=" + sort + "&limit=7");
            while (true) {
                assertThat(page.status()).isEqualTo(200);
                seen.addAll(names(page.json()));
                post(nextName.getAndIncrement()); // arrives between this page and the next
                String next = links(page).get("next");
                if (next == null) {
                    break;
                }
                page = get(next);
            }
            assertThat(seen).as(sort).doesNotHaveDuplicates();
            assertThat(seen).as(sort).containsAll(before);
        }
    }

    @Test
    void limit_is_from_1_to_1000_and_after_still_pages_in_document_order() {
        assertThat(staff.get(responses() + "?limit=1").json().size()).isEqualTo(1);
        assertThat(staff.get(responses() + "?limit=1000").status()).isEqualTo(200);
        assertThat(staff.get(responses()).json().size()).isEqualTo(Math.min(100, posted.size()));
        for (String bad : List.of("0", "1001", "-1", "many", "1e3", "99999999999")) {
            assertBadRequest(responses() + "?limit=" + bad, "limit");
        }
        JsonNode all = staff.get(responses() + "?limit=1000").json();
        String third = all.get(2).get("documentNumber").stringValue();
        int number = Integer.parseInt(third.substring(third.indexOf('-') + 1));
        Reply after = staff.get(responses() + "?after=" + number + "&limit=2");
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get(0).get("documentNumber").stringValue()).isEqualTo(all.get(3).get("documentNumber").stringValue());
        assertThat(links(after).get("next")).contains("cursor=").doesNotContain("after=");
        String cursor = URI.create(links(after).get("next")).getRawQuery().replaceAll(".*cursor=([^&]+).*", "$1");
        assertBadRequest(responses() + "?after=2&cursor=" + cursor, "after");
        assertBadRequest(responses() + "?after=-3", "after");
        assertBadRequest(responses() + "?after=x", "after");
        assertBadRequest(responses() + "?after=2&sort=name", "after");
    }

    @Test
    void the_total_is_exact_or_a_lower_bound_over_the_search_cap() {
        Reply all = staff.get(responses() + "?limit=1");
        assertThat(Integer.parseInt(all.header("X-Total-Count"))).isEqualTo(posted.size());
        assertThat(all.header("X-Total-Count-Lower-Bound")).isNull();
        Reply searched = staff.get(responses() + "?q=svar&limit=1");
        assertThat(searched.header("X-Total-Count")).isEqualTo(Integer.toString(posted.size())); // under the cap: exact
    }

    @Test
    void hostile_and_malformed_parameters_are_400_problems_naming_the_parameter() {
        assertBadRequest(responses() + "?kind=robot", "kind");
        assertBadRequest(responses() + "?channel=pigeon", "channel");
        assertBadRequest(responses() + "?late=maybe", "late");
        assertBadRequest(responses() + "?attachments=1", "attachments");
        assertBadRequest(responses() + "?invitee=true", "invitee");
        assertBadRequest(responses() + "?answered=q1%27%3B+drop+table+response%3B--", "answered");
        assertBadRequest(responses() + "?choice=q1", "choice");
        assertBadRequest(responses() + "?versions=some", "versions");
        assertBadRequest(responses() + "?sort=rank", "sort");
        assertBadRequest(responses() + "?order=up", "order");
        assertBadRequest(responses() + "?sort=relevance", "sort");
        assertBadRequest(responses() + "?q=" + "a".repeat(ResponseSearch.MAX_LENGTH + 1), "q");
        Reply huge = staff.get(responses() + "?q=" + "a".repeat(10_000)); // 10 kB: over the server's request line limit
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body()).doesNotContain("Exception", "java.");
        assertBadRequest(responses() + "?q=helse&in=q1%00", "in");
        assertBadRequest(responses() + "?cursor=not-a-cursor", "cursor");
        assertBadRequest(responses() + "?cursor=%00", "cursor");
        assertBadRequest(responses() + "?cursor=%ED%A0%80", "cursor");
        assertBadRequest(responses() + "?kind=%ED%A0%80", "kind");
        String numberCursor = new ResponseSort.Cursor(ResponseSort.Key.NUMBER, false, "", 3).encode();
        assertBadRequest(responses() + "?sort=name&cursor=" + numberCursor, "cursor"); // a cursor of another sort
        // a NUL or a lone surrogate in a search is no error: it separates words, and nothing reaches PostgreSQL's text functions raw
        for (String q : List.of("helse%00journal", "%ED%A0%80", "%27%3B+select+pg_sleep(10)%3B--", "%22unclosed", "-", "*", "or+or")) {
            Reply reply = staff.get(responses() + "?q=" + q);
            assertThat(reply.status()).as(q).isIn(200, 400);
            assertThat(reply.body()).as(q).doesNotContain("Exception", "java.", "SQL");
        }
        Reply several = staff.get(responses() + "?limit=0&kind=robot");
        assertThat(several.status()).isEqualTo(400);
        assertThat(several.body()).contains("\"limit\"", "\"kind\"");
    }

    @Test
    void the_list_is_for_staff_only() {
        Reply anonymous = TestApi.anonymous(port).get(responses());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(TestApi.anonymous(port).get(responses() + "?q=helse").status()).isEqualTo(401);
    }

    private void assertBadRequest(String path, String parameter) {
        Reply reply = staff.get(path);
        assertThat(reply.status()).as(path).isEqualTo(400);
        assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
        assertThat(reply.body()).as(path).contains("\"" + parameter + "\"").doesNotContain("Exception", "java.");
    }

    record Walk(List<String> names, String total) {
    }

    /** Every page from the first, following rel="next"; at most a hundred pages. */
    private Walk walk(String path) {
        List<String> names = new ArrayList<>();
        Reply page = staff.get(path);
        String total = page.header("X-Total-Count");
        for (int pages = 0; pages < 100; pages++) {
            assertThat(page.status()).as(path).isEqualTo(200);
            names.addAll(names(page.json()));
            String next = links(page).get("next");
            if (next == null) {
                return new Walk(names, total);
            }
            page = get(next);
        }
        throw new AssertionError("more than 100 pages: " + path);
    }

    private Reply get(String absolute) {
        assertThat(absolute).startsWith("http://");
        URI uri = URI.create(absolute);
        return staff.get(uri.getRawPath() + "?" + uri.getRawQuery());
    }

    private static Map<String, String> links(Reply reply) {
        Map<String, String> links = new LinkedHashMap<>();
        String header = reply.response().headers().allValues("Link").stream().reduce((a, b) -> a + ", " + b).orElse("");
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            links.put(m.group(2), m.group(1));
        }
        return links;
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.forEach(response -> names.add(response.get("respondent").get("name").stringValue()));
        return names;
    }
}
