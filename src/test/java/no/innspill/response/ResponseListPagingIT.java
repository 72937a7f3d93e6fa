package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff response list pages in SQL (issue 13): every response once in each sort, filters combine, counts, bad input. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseListPagingIT {

    private static final int RESPONSES = 120;

    @LocalServerPort
    int port;

    private String slug;

    @BeforeAll
    void register() {
        slug = TestConsultations.open(port, TestForms.yaml(TestForms.newCaseNumber(), "2099-06-30"));
        TestApi api = TestApi.anonymous(port);
        for (int i = 0; i < RESPONSES; i++) {
            String choice = i % 3 == 0 ? "no" : "yes";
            // names in another order than the numbers, and some alike, so the tie-breaker matters
            String json = """
                    {"respondent": {"name": "Person %d", "kind": "person", "organisationNumber": null, "email": null},
                     "answers": {"q1": {"choice": "%s", "text": null}, "q2": {"text": null}}}""".formatted((i * 7) % 40, choice);
            assertThat(api.postJson("/api/v1/consultations/" + slug + "/responses", json).status()).isEqualTo(201);
        }
    }

    @Test
    void every_sort_order_pages_through_every_response_exactly_once() {
        WebSession staff = loggedIn();
        for (String sort : List.of("number", "received", "name", "kind", "channel")) {
            for (String order : List.of("asc", "desc")) {
                List<String> seen = walk(staff, "/saksbehandler/horinger/" + slug + "?sort=" + sort + "&order=" + order);
                assertThat(seen).as(sort + " " + order).hasSize(RESPONSES);
                assertThat(new HashSet<>(seen)).as(sort + " " + order).hasSize(RESPONSES);
            }
        }
        List<String> byNumber = walk(staff, "/saksbehandler/horinger/" + slug);
        assertThat(byNumber.get(0)).endsWith("-1");
    }

    @Test
    void the_previous_page_link_leads_back_to_the_same_rows() {
        WebSession staff = loggedIn();
        var first = staff.get("/saksbehandler/horinger/" + slug + "?sort=name&order=desc");
        var second = staff.get(first.html().select("#next-page").attr("href"));
        assertThat(second.html().select("#next-page").attr("href")).contains("sort=name", "order=desc");
        var back = staff.get(second.html().select("#previous-page").attr("href"));
        assertThat(numbers(back)).isEqualTo(numbers(first));
        assertThat(first.html().select("#previous-page")).isEmpty();
    }

    @Test
    void filters_combine_and_the_counts_come_from_the_filtered_responses() {
        WebSession staff = loggedIn();
        int no = (RESPONSES + 2) / 3;
        var onlyNo = staff.get("/saksbehandler/horinger/" + slug + "?choice=q1:no&kind=person&late=no");
        assertThat(onlyNo.status()).isEqualTo(200);
        assertThat(onlyNo.text()).contains("Viser " + no + " av " + RESPONSES + " svar");
        List<String> seen = walk(staff, "/saksbehandler/horinger/" + slug + "?choice=q1:no&kind=person&sort=received");
        assertThat(seen).hasSize(no).doesNotHaveDuplicates();
        var counts = onlyNo.html().select("#counts ~ .innspill-table-wrap tbody tr").eachText();
        assertThat(counts).contains("Ja 0", "Nei " + no, "Ikke besvart 0");
        var all = staff.get("/saksbehandler/horinger/" + slug);
        assertThat(all.html().select("#counts ~ .innspill-table-wrap tbody tr").eachText())
                .contains("Ja " + (RESPONSES - no), "Nei " + no);
        var none = staff.get("/saksbehandler/horinger/" + slug + "?kind=organisation");
        assertThat(none.text()).contains("Viser 0 av " + RESPONSES + " svar");
    }

    @Test
    void bad_parameters_are_a_clear_client_error() {
        WebSession staff = loggedIn();
        for (String query : List.of("sort=size", "order=up", "cursor=bogus", "late=maybe", "kind=robot", "channel=pigeon",
                "choice=q1", "versions=some")) {
            var page = staff.get("/saksbehandler/horinger/" + slug + "?" + query);
            assertThat(page.status()).as(query).isBetween(400, 499);
        }
        // a cursor made for one sort is not taken by another
        var first = staff.get("/saksbehandler/horinger/" + slug + "?sort=name");
        String next = first.html().select("#next-page").attr("href");
        assertThat(staff.get(next.replace("sort=name", "sort=received")).status()).isBetween(400, 499);
    }

    private static List<String> walk(WebSession staff, String url) {
        List<String> seen = new ArrayList<>();
        String next = url;
        for (int pages = 0; next != null && !next.isEmpty(); pages++) {
            assertThat(pages).as("pages of " + url).isLessThan(10);
            var page = staff.get(next);
            assertThat(page.status()).as(next).isEqualTo(200);
            List<String> rows = numbers(page);
            assertThat(rows.size()).isLessThanOrEqualTo(Responses.LIST_PAGE);
            seen.addAll(rows);
            next = page.html().select("#next-page").attr("href");
        }
        return seen;
    }

    private static List<String> numbers(WebSession.Page page) {
        return page.html().select("table tbody tr td:first-child > a").eachText();
    }

    private WebSession loggedIn() {
        WebSession staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        return staff;
    }
}
