package no.innspill.response.answerform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.innspill.form.AnswerValidator;
import no.innspill.form.FormDefinition;
import no.innspill.platform.FieldError;
import no.innspill.response.ResponseSubmission;
import no.innspill.response.SubmissionReader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks a filled-in form of answers with the API's own rules (the {@link SubmissionReader} and the
 * form's {@link AnswerValidator}), so the web form, the intake review and the API can never
 * disagree. Each error is worded in the reader's language from its code and tied to its input.
 */
@Component
public class AnswerFormValidation {

    private final SubmissionReader reader;
    private final MessageSource messages;

    AnswerFormValidation(SubmissionReader reader, MessageSource messages) {
        this.reader = reader;
        this.messages = messages;
    }

    /** The outcome: the submission with normalised answers when valid, and the errors by input. */
    public record Checked(ResponseSubmission submission, PageErrors errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The respondent's own answers: every required question must be answered. */
    public Checked check(FormDefinition form, AnswerFormData data, Locale locale) {
        return check(form, data, locale, false);
    }

    /** @param hasFiles files go with the answers, so answers left empty are still a response */
    public Checked check(FormDefinition form, AnswerFormData data, Locale locale, boolean hasFiles) {
        return check(form, data, locale, true, hasFiles);
    }

    /** What a respondent sent on paper or by e-mail, as a case worker registers it: required questions may be left open. */
    public Checked checkAsReceived(FormDefinition form, AnswerFormData data, Locale locale) {
        return check(form, data, locale, false, false);
    }

    private Checked check(FormDefinition form, AnswerFormData data, Locale locale, boolean enforceRequired, boolean hasFiles) {
        var read = reader.read(data.toSubmissionJson());
        List<FieldError> found = new ArrayList<>(read.errors());
        found.addAll(AnswerValidator.errors(form, read.submission().answers(), enforceRequired, hasFiles));
        PageErrors errors = PageErrors.none();
        for (FieldError error : found) {
            errors.add(FormInputs.inputId(error.field(), form), message(error, locale));
        }
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new ResponseSubmission(read.submission().respondent(),
                AnswerValidator.validate(form, read.submission().answers(), enforceRequired, hasFiles), false,
                read.submission().publication()), errors);
    }

    /** A field error from its code ({@code validation.too-long}) with the field's label as the first argument. */
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
        if (field.startsWith("respondent.contactPerson")) {
            return field.endsWith(".phone") ? "respondent.contactPhone" : "respondent.contactName";
        }
        if (field.startsWith("publication")) {
            return "publication.reason";
        }
        if (field.startsWith("respondent.")) {
            return field;
        }
        return field.endsWith(".choice") || field.endsWith(".choices") ? "answer.choice" : "answer.text";
    }
}
