package no.innspill.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Answers to multiple choices, to headings, and to required questions (docs/forms.md). */
class AnswerValidatorKindsTest {

    static final FormDefinition FORM = FormDefinitions.parse("""
            questions:
              - id: part1
                kind: heading
                text: "Del 1"
              - id: concerns
                kind: multiple-choice
                text: "Hva er dere opptatt av?"
                required: true
                options:
                  - {id: traffic, label: "Trafikk"}
                  - {id: green, label: "Grøntområder"}
                  - {id: noise, label: "Støy"}
              - id: agree
                kind: choice
                text: "Enig?"
                required: true
                options:
                  - {id: "yes", label: "Ja"}
                  - {id: "no", label: "Nei"}
              - id: goals
                kind: text-with-parts
                text: "Målene?"
                required: true
                parts:
                  - {id: goal1, title: "Mål 1"}
              - id: other
                kind: text
                text: "Andre innspill?"
                required: true
              - id: optional
                kind: text
                text: "Valgfritt?"
            """);

    static Map<String, Answer> complete() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("concerns", Answer.ofChoices(List.of("noise", "traffic"), null));
        answers.put("agree", new Answer("yes", null));
        answers.put("goals.goal1", new Answer(null, "Bra"));
        answers.put("other", new Answer(null, "Ingen"));
        return answers;
    }

    static List<FieldError> errors(Map<String, Answer> answers) {
        return AnswerValidator.errors(FORM, answers);
    }

    @Test
    void aCompleteResponseIsValidAndItsChoicesAreInTheFormsOrder() {
        Map<String, Answer> normalised = AnswerValidator.validate(FORM, complete());

        assertThat(normalised.keySet()).containsExactly("concerns", "agree", "goals", "goals.goal1", "other", "optional");
        assertThat(normalised.get("concerns").choices()).containsExactly("traffic", "noise");
        assertThat(normalised.get("concerns").choice()).isNull();
        assertThat(normalised.get("optional")).isEqualTo(Answer.EMPTY);
    }

    @Test
    void everyRequiredQuestionLeftOpenIsNamed() {
        List<FieldError> errors = errors(Map.of("optional", new Answer(null, "Bare dette")));

        assertThat(errors).extracting(FieldError::field).containsExactly("answers.concerns.choices", "answers.agree.choice",
                "answers.goals.text", "answers.other.text");
        assertThat(errors).extracting(FieldError::code).containsOnly("required-answer");
        assertThat(errors.get(0).message()).contains("required", "question 1");
        assertThat(errors.get(0).args()).containsExactly(1);
    }

    @Test
    void anEmptyResponseToARequiredFormNamesTheRequiredQuestionsRatherThanEmptiness() {
        assertThat(errors(Map.of())).extracting(FieldError::code).containsOnly("required-answer").hasSize(4);
    }

    @Test
    void aTextWithPartsIsAnsweredByItsGeneralTextOrAnyPart() {
        Map<String, Answer> byGeneral = complete();
        byGeneral.remove("goals.goal1");
        byGeneral.put("goals", new Answer(null, "Generelt"));
        assertThat(errors(byGeneral)).isEmpty();

        Map<String, Answer> blank = complete();
        blank.put("goals.goal1", new Answer(null, "  \n "));
        assertThat(errors(blank)).extracting(FieldError::field).containsExactly("answers.goals.text");
    }

    @Test
    void anEmptyListOfChoicesDoesNotAnswerARequiredMultipleChoice() {
        Map<String, Answer> answers = complete();
        answers.put("concerns", Answer.ofChoices(List.of(), "Bare tekst"));

        assertThat(errors(answers)).extracting(FieldError::field).contains("answers.concerns.choices");
    }

    @Test
    void staffRegisteringWhatWasSentMayLeaveRequiredQuestionsOpen() {
        Map<String, Answer> partial = Map.of("optional", new Answer(null, "Bare dette"));

        assertThat(AnswerValidator.errors(FORM, partial, false, false)).isEmpty();
        assertThat(AnswerValidator.validate(FORM, partial, false, false).get("other")).isEqualTo(Answer.EMPTY);
        // what the form's rules refuse is refused still
        assertThat(AnswerValidator.errors(FORM, Map.of("concerns", Answer.ofChoices(List.of("cars"), null)), false, false))
                .extracting(FieldError::code).containsExactly("invalid-option");
        assertThat(AnswerValidator.errors(FORM, Map.of(), false, false)).extracting(FieldError::code).containsExactly("empty-response");
    }

    @Test
    void anUnknownOptionIsNamed() {
        Map<String, Answer> answers = complete();
        answers.put("concerns", Answer.ofChoices(List.of("traffic", "parking"), null));

        assertThat(errors(answers)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("answers.concerns.choices");
            assertThat(error.code()).isEqualTo("invalid-option");
            assertThat(error.message()).contains("\"parking\"", "traffic, green, noise");
        });
    }

    @Test
    void anOptionChosenTwiceIsAnError() {
        Map<String, Answer> answers = complete();
        answers.put("concerns", Answer.ofChoices(List.of("green", "green"), null));

        assertThat(errors(answers)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("answers.concerns.choices");
            assertThat(error.code()).isEqualTo("duplicate-choice");
        });
    }

    @Test
    void choicesBelongOnlyToAMultipleChoice() {
        Map<String, Answer> answers = complete();
        answers.put("agree", new Answer(null, null, List.of("yes")));
        answers.put("other", new Answer(null, "Tekst", List.of("x")));

        assertThat(errors(answers)).extracting(FieldError::field, FieldError::code).contains(
                org.assertj.core.groups.Tuple.tuple("answers.agree.choices", "choices-not-allowed"),
                org.assertj.core.groups.Tuple.tuple("answers.other.choices", "choices-not-allowed"));
    }

    @Test
    void aMultipleChoiceTakesChoicesNotAChoice() {
        Map<String, Answer> answers = complete();
        answers.put("concerns", new Answer("traffic", null));

        assertThat(errors(answers)).extracting(FieldError::field, FieldError::code).contains(
                org.assertj.core.groups.Tuple.tuple("answers.concerns.choice", "choice-not-allowed"));
    }

    @Test
    void aMultipleChoiceWithoutElaborationTakesNoText() {
        Map<String, Answer> answers = complete();
        answers.put("concerns", Answer.ofChoices(List.of("traffic"), "Hvorfor"));

        assertThat(errors(answers)).extracting(FieldError::field).containsExactly("answers.concerns.text");
    }

    @Test
    void aHeadingTakesNoAnswer() {
        Map<String, Answer> answers = complete();
        answers.put("part1", new Answer(null, "Svar på overskriften"));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AnswerValidator.validate(FORM, answers));
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("answers.part1");
            assertThat(error.code()).isEqualTo("heading-answered");
            assertThat(error.message()).contains("heading");
        });
    }

    @Test
    void aChoiceAnswerIsNeverChosenTwice() {
        assertThat(new Answer("yes", null).chose("yes")).isTrue();
        assertThat(Answer.ofChoices(List.of("a", "b"), null).chose("b")).isTrue();
        assertThat(Answer.ofChoices(List.of("a"), null).chose("b")).isFalse();
        assertThat(Answer.ofChoices(List.of(), null).isEmpty()).isTrue();
        assertThat(Answer.ofChoices(List.of("a"), null).isEmpty()).isFalse();
    }
}
