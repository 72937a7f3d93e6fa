package no.innspill.consultation;

import static no.innspill.consultation.ConsultationDefinitionsTest.HEADER;
import static no.innspill.consultation.ConsultationDefinitionsTest.errorsOf;
import static no.innspill.consultation.ConsultationDefinitionsTest.singleError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinitions;
import no.innspill.form.Question;
import no.innspill.form.QuestionKind;
import no.innspill.platform.FieldError;
import no.innspill.platform.yaml.YamlErrorTexts;
import no.innspill.testing.DemoDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kinds multiple-choice and heading, and required and help on a question (docs/forms.md). */
class QuestionKindsDefinitionTest {

    /** A heading (lines 7–11), a required multiple choice (12–23), a required text with help (24–30). */
    static final String KINDS = HEADER + """
              - id: traffic_part
                kind: heading
                text: "Del 1: Trafikk"
                help: |-
                  Spørsmålene under gjelder trafikken i området.
              - id: concerns
                kind: multiple-choice
                text: "Hva er dere mest opptatt av?"
                required: true
                options:
                  - id: traffic
                    label: "Trafikk"
                  - id: green
                    label: "Grøntområder"
                  - id: noise
                    label: "Støy"
                elaboration: {hint: "utdyp gjerne", maxLength: 500}
              - id: other
                kind: text
                text: "Andre innspill?"
                required: true
                help: "Skriv kort.\\nEtt avsnitt per tema."
                maxLength: 2000
              - id: later_part
                kind: heading
                text: "Del 2"
            """;

    @Test
    void headingsTakeNoNumberAndTheQuestionsAreNumberedPastThem() {
        FormDefinition form = ConsultationDefinitions.parse(KINDS).form();

        assertThat(form.questions()).extracting(Question::id).containsExactly("traffic_part", "concerns", "other", "later_part");
        assertThat(form.questions()).extracting(Question::number).containsExactly(0, 1, 2, 0);
        assertThat(form.answerable()).extracting(Question::id).containsExactly("concerns", "other");
        assertThat(form.answerIds()).containsExactly("concerns", "other");
        assertThat(form.target("traffic_part")).isEmpty();
        Question heading = form.questions().get(0);
        assertThat(heading.kind()).isEqualTo(QuestionKind.HEADING);
        assertThat(heading.help()).isEqualTo("Spørsmålene under gjelder trafikken i området.");
        assertThat(heading.required()).isFalse();
    }

    @Test
    void aMultipleChoiceHasOptionsAndAnElaborationAndIsRequired() {
        Question concerns = ConsultationDefinitions.parse(KINDS).form().questions().get(1);

        assertThat(concerns.kind()).isEqualTo(QuestionKind.MULTIPLE_CHOICE);
        assertThat(concerns.options()).extracting(Question.Option::id).containsExactly("traffic", "green", "noise");
        assertThat(concerns.elaboration()).isEqualTo(new Question.Elaboration("utdyp gjerne", 500));
        assertThat(concerns.required()).isTrue();
        assertThat(concerns.help()).isNull();
        assertThat(ConsultationDefinitions.parse(KINDS).form().questions().get(2).help()).isEqualTo("Skriv kort.\nEtt avsnitt per tema.");
    }

    @Test
    void questionsAreOptionalByDefaultAndTheDemoIsUnchanged() {
        assertThat(DemoDefinition.FORM.questions()).allSatisfy(question -> {
            assertThat(question.required()).isFalse();
            assertThat(question.help()).isNull();
            assertThat(question.isHeading()).isFalse();
        });
        assertThat(FormDefinitions.toJson(DemoDefinition.FORM)).doesNotContain("required", "help", "heading");
        assertThat(ConsultationDefinitions.parse(ConsultationDefinitionsTest.VALID.replace("kind: text",
                "kind: text\n    required: false")).form().questions().get(0).required()).isFalse();
    }

    @Test
    void theExportReadsBackAsTheSameDefinitionAndWritesTheNewFields() {
        ConsultationDefinition definition = ConsultationDefinitions.parse(KINDS);

        String yaml = ConsultationDefinitions.toYaml(definition);

        assertThat(ConsultationDefinitions.parse(yaml)).isEqualTo(definition);
        assertThat(ConsultationDefinitions.toYaml(ConsultationDefinitions.parse(yaml))).isEqualTo(yaml);
        assertThat(yaml).contains("kind: multiple-choice", "kind: heading", "required: true", "help: ");
        assertThat(yaml.substring(yaml.indexOf("traffic_part"), yaml.indexOf("concerns"))).doesNotContain("number", "required");
        assertThat(FormDefinitions.fromJson(FormDefinitions.toJson(definition.form()))).isEqualTo(definition.form());
    }

    @Test
    void aHeadingTakesNoNumberOrAnswerFields() {
        List<FieldError> errors = errorsOf(HEADER + """
                  - id: part1
                    number: 1
                    kind: heading
                    text: "Del 1"
                    required: true
                    maxLength: 100
                    options:
                      - {id: a, label: "A"}
                      - {id: b, label: "B"}
                    elaboration: {hint: "x"}
                    parts:
                      - {id: a, title: "A"}
                  - id: q1
                    kind: text
                    text: "Innspill?"
                """);

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("questions[0].number", "questions[0].required",
                "questions[0].maxLength", "questions[0].options", "questions[0].elaboration", "questions[0].parts");
        assertThat(errors).extracting(FieldError::code).containsOnly("not-allowed-for-kind");
        assertThat(errors).extracting(FieldError::message).allSatisfy(message -> assertThat(message).contains("heading"));
        assertThat(errors).filteredOn(error -> error.field().endsWith(".number")).extracting(FieldError::line).containsExactly(8);
        assertThat(errors).filteredOn(error -> error.field().endsWith(".required")).extracting(FieldError::line).containsExactly(11);
    }

    @Test
    void aHeadingNeedsIdAndText() {
        List<FieldError> errors = errorsOf(HEADER + """
                  - kind: heading
                  - id: q1
                    kind: text
                    text: "Innspill?"
                """);

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("questions[0].id", "questions[0].text");
        assertThat(errors).extracting(FieldError::line).containsOnly(7);
    }

    @Test
    void aHeadingSharesTheQuestionIds() {
        singleError(HEADER + """
                  - id: q1
                    kind: heading
                    text: "Del 1"
                  - id: q1
                    kind: text
                    text: "Innspill?"
                """, "questions[1].id", 10, "duplicate question id \"q1\"");
    }

    @Test
    void aFormOfHeadingsOnlyHasNoQuestion() {
        FieldError error = singleError(HEADER + """
                  - id: part1
                    kind: heading
                    text: "Del 1"
                """, "questions", 7, "only headings");
        assertThat(YamlErrorTexts.text(error, "definition", Locale.forLanguageTag("nb"))).contains("bare overskrifter", "linje 7");
    }

    @Test
    void aMultipleChoiceNeedsTwoOptions() {
        singleError(HEADER + """
                  - id: q1
                    kind: multiple-choice
                    text: "Hva mener dere?"
                    options:
                      - {id: a, label: "A"}
                """, "questions[0].options", 11, "1");
        singleError(HEADER + """
                  - id: q1
                    kind: multiple-choice
                    text: "Hva mener dere?"
                """, "questions[0].options", 7, "missing");
    }

    @Test
    void aMultipleChoiceRefusesDuplicateOptionsAndTextFields() {
        List<FieldError> errors = errorsOf(HEADER + """
                  - id: q1
                    kind: multiple-choice
                    text: "Hva mener dere?"
                    maxLength: 100
                    options:
                      - {id: a, label: "A"}
                      - {id: a, label: "B"}
                    parts:
                      - {id: p, title: "P"}
                """);

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("questions[0].maxLength",
                "questions[0].options[1].id", "questions[0].parts");
        assertThat(errors).filteredOn(error -> error.field().equals("questions[0].options[1].id"))
                .singleElement().satisfies(error -> assertThat(error.line()).isEqualTo(13));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "ja", "1", "\"sant\"", "~"})
    void requiredIsTrueOrFalse(String value) {
        FieldError error = singleError(ConsultationDefinitionsTest.VALID + "    required: " + value + "\n",
                "questions[0].required", 11, "neither true nor false");
        assertThat(error.code()).isEqualTo("not-a-boolean");
    }

    @Test
    void requiredIsOneValue() {
        FieldError error = singleError(ConsultationDefinitionsTest.VALID + "    required: [true]\n", "questions[0].required", 11, "single value");
        assertThat(error.code()).isEqualTo("not-a-single-value");
    }

    @Test
    void requiredInJsonIsJsonsBoolean() {
        FormDefinition form = FormDefinitions.parse("""
                {"questions": [{"id": "q1", "kind": "text", "text": "Innspill?", "required": true, "help": "Kort"}]}
                """);

        assertThat(form.questions().get(0).required()).isTrue();
        assertThat(form.questions().get(0).help()).isEqualTo("Kort");
    }

    @Test
    void helpIsOneValue() {
        singleError(ConsultationDefinitionsTest.VALID + "    help:\n      - \"a\"\n", "questions[0].help", 12, "single value");
    }

    @Test
    void theDocsExampleWithEveryKindParsesAndItsResponseIsValid() throws java.io.IOException {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "forms.md"));
        String after = docs.substring(docs.indexOf("<!-- kinds-example -->"));
        String yaml = after.substring(after.indexOf("```yaml\n") + 8, after.indexOf("```\n", 8));
        String json = after.substring(after.indexOf("```json\n") + 8);
        json = json.substring(0, json.indexOf("```"));

        FormDefinition form = ConsultationDefinitions.parse(yaml).form();

        assertThat(form.answerable()).extracting(Question::id, Question::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple("support", 1), org.assertj.core.groups.Tuple.tuple("concerns", 2),
                org.assertj.core.groups.Tuple.tuple("provisions", 3), org.assertj.core.groups.Tuple.tuple("other", 4));
        assertThat(form.answerIds()).containsExactly("support", "concerns", "provisions", "provisions.height", "provisions.parking", "other");
        assertThat(form.questions().get(5).help()).isEqualTo("Skriv gjerne hvilken del av planen innspillet gjelder.\n"
                + "Har dere ingen flere innspill, skriv «Ingen».");
        var node = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).get("answers");
        java.util.Map<String, no.innspill.form.Answer> answers = new java.util.LinkedHashMap<>();
        for (var entry : node.properties()) {
            var value = entry.getValue();
            List<String> choices = value.has("choices") ? value.get("choices").values().stream().map(v -> v.stringValue()).toList() : List.of();
            answers.put(entry.getKey(), new no.innspill.form.Answer(value.path("choice").isString() ? value.get("choice").stringValue() : null,
                    value.path("text").isString() ? value.get("text").stringValue() : null, choices));
        }
        assertThat(no.innspill.form.AnswerValidator.errors(form, answers)).isEmpty();
    }

    @Test
    void anUnknownKindListsTheNewKinds() {
        singleError(ConsultationDefinitionsTest.VALID.replace("kind: text", "kind: checkboxes"), "questions[0].kind", 9,
                "choice, multiple-choice, text, text-with-parts, heading");
    }
}
