package no.innspill.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innspill.form.Answer;
import no.innspill.form.AnswerValidator;
import no.innspill.form.FormDefinition;
import no.innspill.platform.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks what was typed into the web form with the API's own rules, and turns each error into a
 * message in the reader's language, tied to the input it is about (for the error summary's links).
 */
@Component
class WebValidation {

    private final SubmissionReader reader;
    private final MessageSource messages;

    WebValidation(SubmissionReader reader, MessageSource messages) {
        this.reader = reader;
        this.messages = messages;
    }

    /** One error as a page shows it: the id of the input it belongs to, and what is wrong. */
    record PageError(String inputId, String message) {
    }

    /** The outcome: a valid submission (with normalised answers), or the errors by input id. */
    record Result(ResponseSubmission submission, Map<String, PageError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }

        List<PageError> summary() {
            return List.copyOf(errors.values());
        }
    }

    Result check(FormDefinition form, ResponseFormData data, Locale locale) {
        var read = reader.read(data.toJson());
        List<FieldError> errors = new ArrayList<>(read.errors());
        errors.addAll(AnswerValidator.errors(form, read.submission().answers()));
        if (!errors.isEmpty()) {
            Map<String, PageError> byInput = new LinkedHashMap<>();
            for (FieldError error : errors) {
                String inputId = inputId(error.field(), form);
                byInput.putIfAbsent(inputId, new PageError(inputId, message(error, locale)));
            }
            return new Result(null, byInput);
        }
        Map<String, Answer> answers = AnswerValidator.validate(form, read.submission().answers());
        return new Result(new ResponseSubmission(read.submission().respondent(), answers), Map.of());
    }

    private String message(FieldError error, Locale locale) {
        String code = error.code() == null ? "invalid" : error.code();
        String label = messages.getMessage("field." + labelKey(error.field()), null, "", locale);
        Object[] args = new Object[error.args().size() + 1];
        args[0] = label;
        for (int i = 0; i < error.args().size(); i++) {
            args[i + 1] = error.args().get(i);
        }
        return messages.getMessage("validation." + code, args, locale);
    }

    private static String labelKey(String field) {
        if (field.startsWith("respondent.")) {
            return field;
        }
        return field.endsWith(".choice") ? "answer.choice" : "answer.text";
    }

    /** The id of the input an error belongs to; see the form template for the same scheme. */
    static String inputId(String field, FormDefinition form) {
        if (field.equals("respondent.kind")) {
            return "respondent-kind-organisation";
        }
        if (field.startsWith("respondent.")) {
            return "respondent-" + field.substring("respondent.".length());
        }
        if (field.startsWith("answers.") && field.endsWith(".choice")) {
            String id = field.substring("answers.".length(), field.length() - ".choice".length());
            return form.target(id).map(target -> choiceInputId(id, target.question().options().get(0).id()))
                    .orElse("respondent-name");
        }
        if (field.startsWith("answers.") && field.endsWith(".text")) {
            return textInputId(field.substring("answers.".length(), field.length() - ".text".length()));
        }
        // the whole response (empty): point at the first question
        String first = form.answerIds().get(0);
        var target = form.target(first).orElseThrow();
        return target.takesChoice() ? choiceInputId(first, target.question().options().get(0).id()) : textInputId(first);
    }

    static String choiceInputId(String answerId, String optionId) {
        return "a-" + answerId.replace('.', '_') + "-choice-" + optionId;
    }

    static String textInputId(String answerId) {
        return "a-" + answerId.replace('.', '_') + "-text";
    }
}
