package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.platform.InvalidInputException;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Norwegian full-text search over the responses in PostgreSQL (issue 13): stemming, stop words, nynorsk found by
 * bokmål where the stem is shared, phrases, prefixes, a question's scope, ranking, excerpts, and search combined with
 * filters and paging; and the counts from the generated columns.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseSearchIT {

    @LocalServerPort
    int port;

    @Autowired
    Responses responses;

    @Autowired
    Consultations consultations;

    private Consultation consultation;

    @BeforeAll
    void register() {
        String slug = TestConsultations.open(port, TestForms.yaml(TestForms.newCaseNumber(), "2099-06-30"));
        TestApi api = TestApi.anonymous(port);
        post(api, slug, "Helse Nord RHF", "organisation", "yes", "Vi støtter arbeidet med felles pasientjournal i kommunene.", null);
        post(api, slug, "Bergen kommune", "organisation", "no", "Kommunane treng betre samhandling om pasientjournalar.", null);
        post(api, slug, "Ola Nordmann", "person", "yes", "Jeg er enig.", "Helsedata må deles trygt.");
        post(api, slug, "Kari Nordmann", "person", "no", null, "Felles pasientjournal er et godt mål, men journal og data må sikres.");
        for (int i = 0; i < 30; i++) {
            post(api, slug, "Innbygger " + i, "person", i % 2 == 0 ? "yes" : "no", "Samhandling mellom sykehus nr " + i, null);
        }
        consultation = consultations.getBySlug(slug);
    }

    private static void post(TestApi api, String slug, String name, String kind, String choice, String q1, String q2) {
        String json = """
                {"respondent": {"name": %s, "kind": "%s", "organisationNumber": null, "email": null},
                 "answers": {"q1": {"choice": "%s", "text": %s}, "q2": {"text": %s}}}"""
                .formatted(quoted(name), kind, choice, quoted(q1), quoted(q2 == null ? null : q2.substring(0, Math.min(50, q2.length()))));
        assertThat(api.postJson("/api/v1/consultations/" + slug + "/responses", json).status()).isEqualTo(201);
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private List<String> names(String q, String in) {
        return names(filter(q, in, null, null));
    }

    private List<String> names(ResponseFilter filter) {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            ResponseSort.Page page = responses.page(consultation, filter, ResponseSort.DEFAULT, cursor, 7);
            page.responses().forEach(r -> names.add(r.respondent().name()));
            cursor = page.next();
        } while (cursor != null);
        return names;
    }

    private static ResponseFilter filter(String q, String in, String choice, String kind) {
        return new ResponseFilter.Params(choice == null ? null : List.of(choice), kind, null, null, null, null, null, q, in, null).filter();
    }

    @Test
    void stemming_finds_other_forms_and_nynorsk_where_the_stem_is_shared() {
        assertThat(names("kommunene", null)).containsExactly("Helse Nord RHF", "Bergen kommune");
        assertThat(names("pasientjournaler", null)).containsExactly("Helse Nord RHF", "Bergen kommune", "Kari Nordmann");
    }

    @Test
    void a_phrase_needs_its_words_together_and_a_prefix_finds_compounds() {
        assertThat(names("\"felles pasientjournal\"", null)).containsExactly("Helse Nord RHF", "Kari Nordmann");
        assertThat(names("\"pasientjournal felles\"", null)).isEmpty();
        assertThat(names("helse*", null)).contains("Helse Nord RHF", "Ola Nordmann");
        assertThat(names("samhandling -sykehus", null)).containsExactly("Bergen kommune");
        assertThat(names("journal or helsedata", null)).containsExactly("Ola Nordmann", "Kari Nordmann");
    }

    @Test
    void the_respondent_name_is_searched_too_and_a_question_scopes_the_answers() {
        assertThat(names("Nordmann", null)).containsExactly("Ola Nordmann", "Kari Nordmann");
        assertThat(names("pasientjournal", "q2")).containsExactly("Kari Nordmann");
        assertThat(names("pasientjournal", "q1")).containsExactly("Helse Nord RHF", "Bergen kommune");
    }

    @Test
    void search_combines_with_filters_and_pages_without_repeats() {
        assertThat(names(filter("samhandling", null, "q1:yes", "person"))).hasSize(15).doesNotHaveDuplicates();
        assertThat(responses.count(consultation, filter("samhandling", null, null, null))).isEqualTo(31);
        assertThat(responses.countHits(consultation, filter("samhandling", null, null, null))).isEqualTo(new Responses.Count(31, true));
    }

    @Test
    void relevance_ranks_the_name_first_and_pages_by_rank() {
        ResponseSort relevance = ResponseSort.parse("relevance", null);
        ResponseFilter filter = filter("nordmann or pasientjournal", null, null, null);
        List<String> ranked = new ArrayList<>();
        String cursor = null;
        do {
            ResponseSort.Page page = responses.page(consultation, filter, relevance, cursor, 2);
            page.responses().forEach(r -> ranked.add(r.respondent().name()));
            cursor = page.next();
        } while (cursor != null);
        // the name weighs most; Kari Nordmann has the name and the word
        assertThat(ranked).hasSize(4).doesNotHaveDuplicates().startsWith("Kari Nordmann", "Ola Nordmann");
        assertThatThrownBy(() -> responses.page(consultation, ResponseFilter.all(), relevance, null, 10))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void excerpts_mark_the_hits_and_only_stop_words_search_nothing() {
        ResponseFilter filter = filter("pasientjournal", null, null, null);
        var page = responses.page(consultation, filter, ResponseSort.DEFAULT, null, 10);
        var excerpts = responses.excerpts(consultation, filter.search(), page.responses());
        Excerpt excerpt = excerpts.get(page.responses().get(0).sequenceNumber());
        assertThat(excerpt.runs()).anyMatch(run -> run.hit() && run.text().equals("pasientjournal"));
        assertThat(excerpt.text()).contains("støtter arbeidet med felles pasientjournal");
        assertThat(responses.searchTerms(ResponseSearch.parse("og i på", null))).isBlank();
        assertThat(names("og i på", null)).isEmpty();
        assertThat(responses.searchTerms(ResponseSearch.parse("helse* pasientjournaler", null))).contains("'pasientjournal'", "'hels':*");
    }

    @Test
    void hostile_search_text_never_fails_the_query() {
        for (String q : List.of("\"", "'; drop table response; --", "a & | ! ( ) :* <->", "\u0000nul\u0001", "***", "-", "or or",
                "\"unclosed phrase", "\uD800 lone", "x".repeat(500))) {
            assertThat(names(q, null)).as(q).isNotNull();
        }
        assertThatThrownBy(() -> filter("x".repeat(501), null, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filter("a", "q2'--", null, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void counts_per_choice_and_per_answer_come_from_the_generated_columns() {
        var choices = responses.choiceCounts(consultation, ResponseFilter.all());
        assertThat(choices).containsEntry("q1:yes", 17L).containsEntry("q1:no", 17L).containsEntry("q1", 34L);
        var answered = responses.answeredCounts(consultation, ResponseFilter.all());
        assertThat(answered).containsEntry("q1", 34L).containsEntry("q2", 2L);
        assertThat(responses.count(consultation, new ResponseFilter.Params(null, null, null, null, null, null, "q2", null, null, null)
                .filter())).isEqualTo(2);
        var persons = responses.choiceCounts(consultation, filter(null, null, null, "person"));
        assertThat(persons).containsEntry("q1", 32L);
    }
}
