package no.innspill.response;

import java.util.Locale;
import no.innspill.form.FormDefinition;
import no.innspill.platform.FieldError;
import org.springframework.context.MessageSource;

/**
 * How forms of answers name their inputs and word their errors — the respondent's web form and the
 * case worker's intake review use the same scheme, so an error summary links to the right field in both.
 */
public final class FormInputs {

    private FormInputs() {
    }

    /** The id of the input a field error belongs to (the first question's input for the whole response). */
    public static String inputId(String field, FormDefinition form) {
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
        String first = form.answerIds().get(0);
        var target = form.target(first).orElseThrow();
        return target.takesChoice() ? choiceInputId(first, target.question().options().get(0).id()) : textInputId(first);
    }

    public static String choiceInputId(String answerId, String optionId) {
        return "a-" + answerId.replace('.', '_') + "-choice-" + optionId;
    }

    public static String textInputId(String answerId) {
        return "a-" + answerId.replace('.', '_') + "-text";
    }

    /** A field error in the reader's language, from its code ({@code validation.too-long}) and the field's label. */
    public static String message(MessageSource messages, FieldError error, Locale locale) {
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
}
