package no.innspill.form;

import no.innspill.testing.DemoDefinition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checking and normalising answers against a form (docs/forms.md, "How answers map to JSON"). */
class AnswerValidatorTest {

    static final FormDefinition FORM_22_414 = DemoDefinition.FORM;

    /** A choice without elaboration, and a text question with a small limit. */
    static final FormDefinition SMALL = FormDefinitions.parse("""
            questions:
              - id: agree
                number: 1
                kind: choice
                text: "Enig?"
                options:
                  - id: "yes"
                    label: "Ja"
                  - id: "no"
                    label: "Nei"
              - id: short
                number: 2
                kind: text
                text: "Kort svar?"
                maxLength: 5
            """);

    static Map<String, Answer> answers(Object... idsAndAnswers) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < idsAndAnswers.length; i += 2) {
            answers.put((String) idsAndAnswers[i], (Answer) idsAndAnswers[i + 1]);
        }
        return answers;
    }

    static Answer text(String text) {
        return new Answer(null, text);
    }

    static FieldError singleError(FormDefinition form, Map<String, Answer> answers, String field, String... messageFragments) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AnswerValidator.validate(form, answers));
        assertThat(e.errors()).as("errors").hasSize(1);
        FieldError error = e.errors().get(0);
        assertThat(error.field()).isEqualTo(field);
        assertThat(error.line()).isNull();
        assertThat(error.message()).contains(messageFragments);
        assertThat(AnswerValidator.errors(form, answers)).containsExactly(error);
        return error;
    }

    @Test
    void validAnswersAreNormalisedToEveryAnswerIdInFormOrder() {
        Map<String, Answer> result = AnswerValidator.validate(FORM_22_414, answers(
                "q3", text("Prosessen er god."),
                "q2.goal1", text("Målet fokuserer på teknologi."),
                "q1", new Answer("yes", "Legemiddelverket stiller seg bak de fem strategiske målene.")));

        assertThat(result).containsExactly(
                Map.entry("q1", new Answer("yes", "Legemiddelverket stiller seg bak de fem strategiske målene.")),
                Map.entry("q2", Answer.EMPTY),
                Map.entry("q2.goal1", text("Målet fokuserer på teknologi.")),
                Map.entry("q2.goal2", Answer.EMPTY),
                Map.entry("q2.goal3", Answer.EMPTY),
                Map.entry("q2.goal4", Answer.EMPTY),
                Map.entry("q2.goal5", Answer.EMPTY),
                Map.entry("q3", text("Prosessen er god.")),
                Map.entry("q4", Answer.EMPTY));
        assertThat(AnswerValidator.errors(FORM_22_414, answers("q1", new Answer("no", null)))).isEmpty();
    }

    @Test
    void aChoiceAloneOrTextAloneIsAnAnswer() {
        assertThat(AnswerValidator.validate(FORM_22_414, answers("q1", new Answer("dont_know", null))).get("q1"))
                .isEqualTo(new Answer("dont_know", null));
        assertThat(AnswerValidator.validate(FORM_22_414, answers("q1", text("Vi har ingen klar mening."))).get("q1"))
                .isEqualTo(text("Vi har ingen klar mening."));
    }

    @Test
    void nullAnswerMeansEmpty() {
        Map<String, Answer> input = new HashMap<>();
        input.put("q2", null);
        input.put("q3", text("Innspill."));

        assertThat(AnswerValidator.validate(FORM_22_414, input)).containsEntry("q2", Answer.EMPTY);
    }

    @Test
    void lineEndingsBecomeNewlinesAndTextIsTrimmed() {
        Map<String, Answer> result = AnswerValidator.validate(FORM_22_414, answers(
                "q3", text("  Første avsnitt.\r\n• Et punkt\r\nSiste avsnitt.\r\n"),
                "q4", text("Gammel Mac\rlinje to")));

        assertThat(result.get("q3").text()).isEqualTo("Første avsnitt.\n• Et punkt\nSiste avsnitt.");
        assertThat(result.get("q4").text()).isEqualTo("Gammel Mac\nlinje to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\r\n\t ", "Klikk eller trykk her for å skrive inn tekst.",
            "  Klikk eller trykk her for å skrive inn tekst.\r\n", "Click or tap here to enter text."})
    void blankTextAndWordsPlaceholderAreNull(String placeholder) {
        Map<String, Answer> result = AnswerValidator.validate(FORM_22_414, answers(
                "q1", new Answer("yes", placeholder),
                "q3", text(placeholder),
                "q4", text("Et innspill.")));

        assertThat(result.get("q1")).isEqualTo(new Answer("yes", null));
        assertThat(result.get("q3")).isEqualTo(Answer.EMPTY);
    }

    @Test
    void placeholderInsideARealAnswerIsKept() {
        String answer = "Vi viser til punkt 2.\nKlikk eller trykk her for å skrive inn tekst.";

        assertThat(AnswerValidator.validate(FORM_22_414, answers("q4", text(answer))).get("q4").text()).isEqualTo(answer);
    }

    @Test
    void unknownAnswerIdIsRejected() {
        singleError(FORM_22_414, answers("q1", new Answer("yes", null), "q9", text("Hei")),
                "answers.q9", "not a question of this form", "q1, q2, q2.goal1");
    }

    @Test
    void unknownPartIsRejected() {
        singleError(FORM_22_414, answers("q2.goal6", text("Hei")), "answers.q2.goal6", "not a question");
    }

    @Test
    void choiceNotAmongTheOptionsIsRejected() {
        singleError(FORM_22_414, answers("q1", new Answer("maybe", "Kanskje.")),
                "answers.q1.choice", "\"maybe\"", "yes, no, dont_know");
    }

    @Test
    void choiceIsCaseSensitive() {
        singleError(FORM_22_414, answers("q1", new Answer("Yes", null)), "answers.q1.choice", "\"Yes\"");
    }

    @Test
    void longBogusChoiceIsShortenedInTheMessage() {
        FieldError error = singleError(FORM_22_414, answers("q1", new Answer("x".repeat(10_000), null)),
                "answers.q1.choice", "is not an option");

        assertThat(error.message()).hasSizeLessThan(200);
    }

    @Test
    void choiceOnATextQuestionIsRejected() {
        singleError(FORM_22_414, answers("q3", new Answer("yes", "Tekst.")), "answers.q3.choice", "takes no choice");
        singleError(FORM_22_414, answers("q2.goal1", new Answer("yes", null)), "answers.q2.goal1.choice", "takes no choice");
    }

    @Test
    void textOnAChoiceWithoutElaborationIsRejected() {
        singleError(SMALL, answers("agree", new Answer("yes", "Fordi.")), "answers.agree.text", "takes no text");
        assertThat(AnswerValidator.validate(SMALL, answers("agree", new Answer("yes", null))).get("agree"))
                .isEqualTo(new Answer("yes", null));
        // Blank text on such a choice is normalised to null, not an error.
        assertThat(AnswerValidator.validate(SMALL, answers("agree", new Answer("no", "  "))).get("agree"))
                .isEqualTo(new Answer("no", null));
    }

    @Test
    void textOverTheLimitIsRejected() {
        singleError(SMALL, answers("short", text("abcdef")), "answers.short.text", "6 characters", "limit is 5");
    }

    @Test
    void textExactlyAtTheLimitIsAccepted() {
        assertThat(AnswerValidator.validate(SMALL, answers("short", text("abcde"))).get("short").text()).isEqualTo("abcde");
        // The limit counts the stored text: trimmed and with \r\n as \n.
        assertThat(AnswerValidator.validate(SMALL, answers("short", text("  a\r\nb\r\nc  "))).get("short").text())
                .isEqualTo("a\nb\nc");
    }

    @Test
    void lengthIsCountedInCodePoints() {
        String fiveEmoji = "😀".repeat(5); // five code points, ten UTF-16 chars
        assertThat(fiveEmoji).hasSize(10);

        assertThat(AnswerValidator.validate(SMALL, answers("short", text(fiveEmoji))).get("short").text()).isEqualTo(fiveEmoji);
        singleError(SMALL, answers("short", text(fiveEmoji + "😀")), "answers.short.text", "6 characters");
    }

    @Test
    void limitOfTheBundledFormIs20000() {
        assertThat(AnswerValidator.validate(FORM_22_414, answers("q4", text("a".repeat(20_000))))).isNotEmpty();
        singleError(FORM_22_414, answers("q2.goal5", text("a".repeat(20_001))), "answers.q2.goal5.text", "limit is 20000");
        singleError(FORM_22_414, answers("q1", new Answer("yes", "a".repeat(20_001))), "answers.q1.text", "limit is 20000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001b", "\u007f", "\u0085"})
    void controlCharactersAreRejected(String control) {
        singleError(FORM_22_414, answers("q3", text("før" + control + "etter")), "answers.q3.text", "control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "\uDC00", "\uDBFF\uDBFF", "x\uDE00\uD83D"})
    void brokenSurrogatePairsAreRejected(String broken) {
        singleError(FORM_22_414, answers("q3", text("før" + broken + "etter")), "answers.q3.text", "control characters");
    }

    @Test
    void emojiAndOtherCharactersBeyondTheBasicPlaneAreFine() {
        String text = "Bra 👍🏽 👨\u200D👩\u200D👧 🇳🇴 𝔄 漢字";

        assertThat(AnswerValidator.validate(FORM_22_414, answers("q3", text(text))).get("q3").text()).isEqualTo(text);
    }

    @Test
    void newlinesAndTabsAreFine() {
        String text = "Kolonne 1\tKolonne 2\nNeste linje";

        assertThat(AnswerValidator.validate(FORM_22_414, answers("q3", text(text))).get("q3").text()).isEqualTo(text);
    }

    @Test
    void emptyResponseIsRejected() {
        singleError(FORM_22_414, answers(), "answers", "empty");
        singleError(FORM_22_414, answers("q1", Answer.EMPTY, "q2.goal1", text(null), "q3", text("  ")), "answers", "empty");
        singleError(FORM_22_414, answers("q3", text("Klikk eller trykk her for å skrive inn tekst.")), "answers", "empty");
    }

    @Test
    void everyErrorIsReportedNotJustTheFirst() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AnswerValidator.validate(FORM_22_414, answers(
                "q1", new Answer("maybe", null),
                "q3", new Answer("yes", null),
                "q9", text("x"))));

        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("answers.q1.choice", "answers.q3.choice", "answers.q9");
    }

    @Test
    void errorsAreCappedEvenForUnknownIds() {
        Map<String, Answer> many = new LinkedHashMap<>();
        for (int i = 0; i < 10_000; i++) {
            many.put("x" + i, text("a"));
        }

        assertThat(AnswerValidator.errors(FORM_22_414, many)).hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void validationDoesNotChangeTheInput() {
        Map<String, Answer> input = answers("q3", text("a\r\nb"));

        AnswerValidator.validate(FORM_22_414, input);

        assertThat(input).containsExactly(Map.entry("q3", text("a\r\nb")));
        assertThat(List.copyOf(input.keySet())).containsExactly("q3");
    }
}
