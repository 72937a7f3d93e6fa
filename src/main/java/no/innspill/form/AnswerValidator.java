package no.innspill.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.innspill.form.FormDefinition.AnswerTarget;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;

/**
 * Checks answers against a form and puts them in their stored shape: every answer id of the form
 * present, in form order, text with {@code \n} line breaks, and empty text (or Word's untouched
 * placeholder) as {@code null}.
 */
public final class AnswerValidator {

    /** Word's placeholder in an untouched content control, in bokmål, nynorsk and English. */
    public static final Set<String> WORD_PLACEHOLDERS = Set.of(
            "Klikk eller trykk her for å skrive inn tekst.",
            "Klikk eller trykk her for å skrive inn tekst",
            "Klikk eller trykk her for å skriva inn tekst.",
            "Click or tap here to enter text.");
    private static final int MAX_ERRORS = 50;

    private AnswerValidator() {
    }

    /**
     * The answers as a respondent sends them: also every required question answered.
     *
     * @return the answers normalised, one entry per answer id of the form
     * @throws InvalidInputException naming each answer that breaks the form's rules
     */
    public static Map<String, Answer> validate(FormDefinition form, Map<String, Answer> answers) {
        return validate(form, answers, true, false);
    }

    /**
     * @param enforceRequired {@code false} where staff register what a respondent sent on paper or by
     *                        e-mail: that may leave a required question unanswered, and is kept as sent
     * @param hasFiles        the response carries attachments, so it is not empty even without a word of
     *                        text, and a required attachments question is answered
     * @return the answers normalised, one entry per answer id of the form
     * @throws InvalidInputException naming each answer that breaks the form's rules
     */
    public static Map<String, Answer> validate(FormDefinition form, Map<String, Answer> answers, boolean enforceRequired,
                                               boolean hasFiles) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Answer> normalised = normalise(form, answers, errors, enforceRequired, hasFiles);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The answers do not fit the form", errors);
        }
        return normalised;
    }

    /** The errors {@link #validate(FormDefinition, Map)} would report, without throwing; none means valid. */
    public static List<FieldError> errors(FormDefinition form, Map<String, Answer> answers) {
        return errors(form, answers, true, false);
    }

    /** The errors {@link #validate(FormDefinition, Map, boolean, boolean)} would report, without throwing; none means valid. */
    public static List<FieldError> errors(FormDefinition form, Map<String, Answer> answers, boolean enforceRequired, boolean hasFiles) {
        List<FieldError> errors = new ArrayList<>();
        normalise(form, answers, errors, enforceRequired, hasFiles);
        return errors;
    }

    private static Map<String, Answer> normalise(FormDefinition form, Map<String, Answer> answers, List<FieldError> errors,
                                                 boolean enforceRequired, boolean hasFiles) {
        Map<String, Answer> normalised = new LinkedHashMap<>();
        form.answerIds().forEach(id -> normalised.put(id, Answer.EMPTY));

        for (Map.Entry<String, Answer> entry : answers.entrySet()) {
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
            String id = entry.getKey();
            Answer answer = entry.getValue() == null ? Answer.EMPTY : entry.getValue();
            var target = form.target(id);
            if (target.isEmpty()) {
                boolean heading = form.questions().stream().anyMatch(q -> q.isHeading() && q.id().equals(id));
                errors.add(heading
                        ? FieldError.of("answers." + id, "is a heading, not a question; it takes no answer").withCode("heading-answered")
                        : FieldError.of("answers." + id, "is not a question of this form; its ids are "
                        + String.join(", ", form.answerIds())));
                continue;
            }
            normalised.put(id, check(id, answer, target.get(), errors));
        }
        if (enforceRequired) {
            required(form, normalised, errors, hasFiles);
        }
        if (errors.isEmpty() && !hasFiles && normalised.values().stream().allMatch(Answer::isEmpty)) {
            errors.add(FieldError.of("answers", "the response is empty; answer at least one question").withCode("empty-response"));
        }
        return normalised;
    }

    /**
     * An error for each required question left unanswered: a choice needs its choice, a multiple choice at
     * least one, a text its text, a text with parts its general text or any part.
     */
    private static void required(FormDefinition form, Map<String, Answer> normalised, List<FieldError> errors, boolean hasFiles) {
        for (Question question : form.answerable()) {
            if (!question.required() || errors.size() >= MAX_ERRORS) {
                continue;
            }
            Answer own = normalised.getOrDefault(question.id(), Answer.EMPTY);
            boolean answered = switch (question.kind()) {
                case CHOICE -> own.choice() != null;
                case MULTIPLE_CHOICE -> !own.choices().isEmpty();
                case ATTACHMENTS -> hasFiles; // the files travel beside the answers, not per question
                default -> own.text() != null || question.parts().stream()
                        .anyMatch(part -> normalised.getOrDefault(part.fullId(), Answer.EMPTY).text() != null);
            };
            if (!answered) {
                String field = switch (question.kind()) {
                    case CHOICE -> ".choice";
                    case MULTIPLE_CHOICE -> ".choices";
                    case ATTACHMENTS -> ".attachments";
                    default -> ".text";
                };
                errors.add(FieldError.of("answers." + question.id() + field, "is required; question " + question.number()
                        + " must be answered").withCode("required-answer", question.number()));
            }
        }
    }

    private static Answer check(String id, Answer answer, AnswerTarget target, List<FieldError> errors) {
        String choice = answer.choice();
        if (choice != null && target.takesChoices()) {
            errors.add(FieldError.of("answers." + id + ".choice", id + " is a multiple-choice question; give \"choices\", a list of option ids")
                    .withCode("choice-not-allowed"));
        } else if (choice != null && !target.takesChoice()) {
            errors.add(FieldError.of("answers." + id + ".choice", id + " is a text answer and takes no choice"));
        } else if (choice != null) {
            var options = target.question().options();
            if (options.stream().noneMatch(option -> option.id().equals(choice))) {
                errors.add(FieldError.of("answers." + id + ".choice", "\"" + shorten(choice) + "\" is not an option; choose one of "
                        + optionIds(target)).withCode("invalid-option"));
            }
        }
        List<String> choices = checkChoices(id, answer.choices(), target, errors);
        String text = normaliseText(answer.text());
        if (text != null) {
            int limit = target.textLimit();
            int length = text.codePointCount(0, text.length());
            if (limit == 0) {
                errors.add(FieldError.of("answers." + id + ".text", id + (target.question().kind() == QuestionKind.ATTACHMENTS
                        ? " takes files, not text" : " takes no text, only a choice")));
            } else if (length > limit) {
                errors.add(FieldError.of("answers." + id + ".text", "is " + length + " characters; the limit is " + limit)
                        .withCode("too-long", length, limit));
            } else if (!PlainText.isStorable(text, true)) {
                errors.add(FieldError.of("answers." + id + ".text", "contains control characters; only text, line breaks and tabs are allowed")
                        .withCode("control-characters"));
            }
        }
        return new Answer(choice, text, choices);
    }

    /** The chosen option ids in the question's order, whatever order they came in. */
    private static List<String> checkChoices(String id, List<String> choices, AnswerTarget target, List<FieldError> errors) {
        if (choices.isEmpty()) {
            return choices;
        }
        String field = "answers." + id + ".choices";
        if (!target.takesChoices()) {
            errors.add(FieldError.of(field, target.takesChoice()
                    ? id + " is a single choice; give \"choice\", one option id"
                    : id + " is a text answer and takes no choices").withCode("choices-not-allowed"));
            return choices;
        }
        List<Question.Option> options = target.question().options();
        Set<String> seen = new LinkedHashSet<>();
        for (String chosen : choices) {
            if (options.stream().noneMatch(option -> option.id().equals(chosen))) {
                errors.add(FieldError.of(field, "\"" + shorten(chosen) + "\" is not an option; choose among "
                        + optionIds(target)).withCode("invalid-option"));
                return choices;
            }
            if (!seen.add(chosen)) {
                errors.add(FieldError.of(field, "\"" + shorten(chosen) + "\" is chosen twice").withCode("duplicate-choice"));
                return choices;
            }
        }
        return options.stream().map(Question.Option::id).filter(seen::contains).toList();
    }

    private static String optionIds(AnswerTarget target) {
        return target.question().options().stream().map(Question.Option::id).collect(Collectors.joining(", "));
    }

    /**
     * Line breaks as {@code \n}, no trailing blanks, typed bullets ({@code "- "}, {@code "* "}, {@code "– "})
     * as {@code "• "}, and empty or placeholder text as {@code null}.
     */
    public static String normaliseText(String text) {
        if (text == null) {
            return null;
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalised.isEmpty() || normalised.length() < 80 && WORD_PLACEHOLDERS.contains(normalised)) {
            return null;
        }
        return PlainText.withBullets(normalised);
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
