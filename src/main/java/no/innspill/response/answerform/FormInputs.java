package no.innspill.response.answerform;

import no.innspill.form.FormDefinition;

/**
 * How the form of answers names its inputs: {@code respondent-name}, {@code a-q1-choice-yes} (a radio
 * button, or a multiple choice's check box),
 * {@code a-q2_goal1-text}. Tests, {@code static/js/innspill.js} and the error summary's links rely on them.
 */
final class FormInputs {

    private FormInputs() {
    }

    /** The id of the input a field error belongs to (the first question's input for the whole response). */
    static String inputId(String field, FormDefinition form) {
        if (field.equals("respondent.kind")) {
            return "respondent-kind-organisation";
        }
        if (field.startsWith("respondent.contactPerson")) {
            return field.endsWith(".phone") ? "respondent-contactPhone" : "respondent-contactName";
        }
        if (field.equals("publication.name")) {
            return "publication-name-publish";
        }
        if (field.equals("publication.reason")) {
            return "publication-reason";
        }
        if (field.startsWith("publication")) {
            return "publication-online";
        }
        if (field.startsWith("respondent.")) {
            return "respondent-" + field.substring("respondent.".length());
        }
        if (field.startsWith("answers.") && (field.endsWith(".choice") || field.endsWith(".choices"))) {
            String id = field.substring("answers.".length(), field.lastIndexOf('.'));
            return form.target(id).map(target -> choiceInputId(id, target.question().options().get(0).id()))
                    .orElse("respondent-name");
        }
        if (field.startsWith("answers.") && field.endsWith(".text")) {
            return textInputId(field.substring("answers.".length(), field.length() - ".text".length()));
        }
        String first = form.answerIds().get(0);
        var target = form.target(first).orElseThrow();
        return target.question().hasOptions() && target.part() == null ? choiceInputId(first, target.question().options().get(0).id()) : textInputId(first);
    }

    static String choiceInputId(String answerId, String optionId) {
        return "a-" + answerId.replace('.', '_') + "-choice-" + optionId;
    }

    static String textInputId(String answerId) {
        return "a-" + answerId.replace('.', '_') + "-text";
    }
}
