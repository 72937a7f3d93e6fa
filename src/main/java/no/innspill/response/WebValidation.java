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
                String inputId = FormInputs.inputId(error.field(), form);
                byInput.putIfAbsent(inputId, new PageError(inputId, message(error, locale)));
            }
            return new Result(null, byInput);
        }
        Map<String, Answer> answers = AnswerValidator.validate(form, read.submission().answers());
        return new Result(new ResponseSubmission(read.submission().respondent(), answers), Map.of());
    }

    private String message(FieldError error, Locale locale) {
        return FormInputs.message(messages, error, locale);
    }
}
