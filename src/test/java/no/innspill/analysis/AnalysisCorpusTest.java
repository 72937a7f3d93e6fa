package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.innspill.response.OrganisationNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated analysis corpus (bench/analysis/CorpusGenerator.java) has the shape the benchmark and score.py rely on:
 * every line a response with all eight answers, a truth for every id, campaigns of real members, valid organisation
 * numbers, a nynorsk share like a real consultation's, and the same bytes for the same seed.
 */
class AnalysisCorpusTest {

    private static final List<String> ANSWER_IDS =
            List.of("q1", "q2.goal1", "q2.goal2", "q2.goal3", "q2.goal4", "q2.goal5", "q3", "q4");
    private static final Set<String> CHOICES = Set.of("yes", "no", "dont_know");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    private static List<JsonNode> responses;
    private static JsonNode truth;

    @BeforeAll
    static void generate() throws Exception {
        generate(dir.resolve("a"), 7, "a");
        responses = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("a/responses.jsonl"), StandardCharsets.UTF_8)) {
            responses.add(JSON.readTree(line));
        }
        truth = JSON.readTree(Files.readString(dir.resolve("a/truth.json")));
    }

    private static void generate(Path out, long seed, String letters) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "bench/analysis/CorpusGenerator.java", "--size", "300",
                "--seed", String.valueOf(seed), "--letters", letters, "--out", out.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("generator finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void every_line_is_a_response_with_a_unique_id_a_respondent_and_all_eight_answers() {
        assertThat(responses).hasSize(300);
        Set<String> ids = new HashSet<>();
        for (JsonNode r : responses) {
            assertThat(r.get("id").stringValue()).matches("R\\d{5}");
            assertThat(ids.add(r.get("id").stringValue())).as("unique " + r.get("id")).isTrue();
            JsonNode who = r.get("respondent");
            assertThat(who.get("name").stringValue()).isNotBlank();
            assertThat(who.get("kind").stringValue()).isIn("person", "organisation");
            assertThat(who.has("organisationNumber")).isTrue();
            assertThat(who.has("email")).isTrue();
            JsonNode answers = r.get("answers");
            assertThat(answers.propertyNames()).containsExactlyElementsOf(ANSWER_IDS);
            JsonNode choice = answers.get("q1").get("choice");
            assertThat(choice.isNull() || CHOICES.contains(choice.stringValue())).as(choice.toString()).isTrue();
            assertThat(ANSWER_IDS.stream().anyMatch(q -> !answers.get(q).get("text").isNull()))
                    .as(r.get("id") + " says something").isTrue();
        }
    }

    @Test
    void the_truth_covers_every_id_and_only_themes_of_answered_questions() {
        JsonNode perResponse = truth.get("responses");
        assertThat(perResponse.size()).isEqualTo(responses.size());
        Set<String> themeIds = new HashSet<>();
        for (String q : ANSWER_IDS) {
            truth.get("themes").get(q).forEach(t -> themeIds.add(t.get("id").stringValue()));
            assertThat(truth.get("themes").get(q).size()).as(q).isBetween(6, 8);
        }
        for (JsonNode r : responses) {
            JsonNode t = perResponse.get(r.get("id").stringValue());
            assertThat(t).as(r.get("id").stringValue()).isNotNull();
            assertThat(t.get("origin").stringValue()).isIn("organic", "campaign", "duplicate");
            assertThat(t.get("lang").stringValue()).isIn("nb", "nn");
            for (String q : t.get("themes").propertyNames()) {
                assertThat(r.get("answers").get(q).get("text").isNull()).as(q + " answered").isFalse();
                t.get("themes").get(q).forEach(id -> assertThat(themeIds).contains(id.stringValue()));
            }
        }
    }

    @Test
    void campaigns_of_every_kind_have_existing_members_and_duplicates_are_exact_copies() {
        JsonNode perResponse = truth.get("responses");
        List<String> kinds = new ArrayList<>();
        for (JsonNode c : truth.get("campaigns")) {
            kinds.add(c.get("kind").stringValue());
            assertThat(c.get("template").stringValue()).isNotBlank();
            assertThat(c.get("members").size()).isGreaterThanOrEqualTo(3);
            for (JsonNode m : c.get("members")) {
                JsonNode t = perResponse.get(m.stringValue());
                assertThat(t).as(m.stringValue()).isNotNull();
                assertThat(t.get("campaign").stringValue()).isEqualTo(c.get("id").stringValue());
            }
            if (c.has("added")) {
                assertThat(c.get("added").size()).isEqualTo(c.get("members").size());
                c.get("added").properties().forEach(e -> assertThat(answerTexts(e.getKey()))
                        .contains(e.getValue().stringValue()));
            }
        }
        assertThat(kinds).containsExactly("exact", "edited", "personal", "organisational");
        assertThat(truth.get("duplicates").size()).isPositive();
        for (JsonNode pair : truth.get("duplicates")) {
            JsonNode original = byId(pair.get(0).stringValue());
            JsonNode copy = byId(pair.get(1).stringValue());
            assertThat(copy.get("answers")).isEqualTo(original.get("answers"));
            assertThat(copy.get("respondent")).isEqualTo(original.get("respondent"));
            assertThat(perResponse.get(pair.get(1).stringValue()).get("duplicateOf").stringValue())
                    .isEqualTo(pair.get(0).stringValue());
        }
    }

    @Test
    void organisation_numbers_pass_mod11_and_only_organisations_have_them() {
        int numbered = 0;
        for (JsonNode r : responses) {
            JsonNode number = r.get("respondent").get("organisationNumber");
            if (!number.isNull()) {
                numbered++;
                assertThat(r.get("respondent").get("kind").stringValue()).isEqualTo("organisation");
                assertThat(OrganisationNumber.isValid(number.stringValue())).as(number.stringValue()).isTrue();
            }
        }
        assertThat(numbered).isPositive();
    }

    @Test
    void about_one_in_six_responses_is_in_nynorsk() {
        long nynorsk = 0;
        for (JsonNode t : truth.get("responses")) {
            nynorsk += t.get("lang").stringValue().equals("nn") ? 1 : 0;
        }
        assertThat(nynorsk / (double) responses.size()).isBetween(0.08, 0.25);
    }

    @Test
    void the_same_seed_gives_the_same_corpus_and_another_seed_another() throws Exception {
        generate(dir.resolve("b"), 7, "a");
        generate(dir.resolve("c"), 8, "a");
        for (String file : List.of("responses.jsonl", "truth.json")) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file))).as(file)
                    .isEqualTo(-1L);
        }
        assertThat(Files.mismatch(dir.resolve("a/responses.jsonl"), dir.resolve("c/responses.jsonl")))
                .isNotEqualTo(-1L);
    }

    @Test
    void the_second_letter_set_has_four_other_letters_whose_members_exist() throws Exception {
        generate(dir.resolve("letters-b"), 7, "b");
        JsonNode other = JSON.readTree(Files.readString(dir.resolve("letters-b/truth.json")));
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("letters-b/responses.jsonl"), StandardCharsets.UTF_8)) {
            ids.add(JSON.readTree(line).get("id").stringValue());
        }
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonNode c = other.get("campaigns").get(i);
            kinds.add(c.get("kind").stringValue());
            assertThat(c.get("template").stringValue())
                    .isNotEqualTo(truth.get("campaigns").get(i).get("template").stringValue());
            c.get("members").forEach(m -> assertThat(ids).contains(m.stringValue()));
        }
        assertThat(kinds).containsExactly("exact", "edited", "personal", "organisational");
        assertThat(other.get("meta").get("letters").stringValue()).isEqualTo("b");
    }

    private static JsonNode byId(String id) {
        return responses.stream().filter(r -> r.get("id").stringValue().equals(id)).findFirst().orElseThrow();
    }

    private static String answerTexts(String id) {
        StringBuilder all = new StringBuilder();
        byId(id).get("answers").forEach(a -> all.append(a.get("text").isNull() ? "" : a.get("text").stringValue()));
        return all.toString();
    }
}
