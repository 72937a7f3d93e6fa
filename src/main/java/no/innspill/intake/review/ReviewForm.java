package no.innspill.intake.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.innspill.response.FormInputs;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.QuestionKind;
import no.innspill.intake.review.ReviewValidation.PageError;

/**
 * The correction form as the template renders it, in the shape of the web response form: every
 * input with its id, name, value and error, so the template holds no naming logic.
 */
record ReviewForm(List<QuestionView> questions, Map<String, PageError> errors) {

    /** A text area; the same accessors as the web form's, so its text-input fragment renders it. */
    record TextInput(String id, String name, String label, String value, int limit, String error) {
    }

    record ChoiceInput(String id, String name, String value, String label, boolean checked) {
    }

    record QuestionView(Question question, List<ChoiceInput> options, String choiceError, TextInput text, List<TextInput> parts) {

        public boolean isChoice() {
            return question.kind() == QuestionKind.CHOICE;
        }
    }

    static ReviewForm of(FormDefinition form, ReviewData data, Map<String, PageError> errors) {
        List<QuestionView> questions = new ArrayList<>();
        for (Question question : form.questions()) {
            String id = question.id();
            List<ChoiceInput> options = new ArrayList<>();
            String choiceError = null;
            TextInput text = null;
            if (question.kind() == QuestionKind.CHOICE) {
                for (Question.Option option : question.options()) {
                    String inputId = FormInputs.choiceInputId(id, option.id());
                    options.add(new ChoiceInput(inputId, id + ".choice", option.id(), option.label(), option.id().equals(data.choice(id))));
                }
                choiceError = message(errors, options.get(0).id());
                if (question.elaboration() != null) {
                    text = textInput(id, null, data, errors, question.elaboration().maxLength());
                }
            } else {
                text = textInput(id, null, data, errors, question.maxLength());
            }
            List<TextInput> parts = question.parts().stream()
                    .map(part -> textInput(part.fullId(), part.title(), data, errors, part.maxLength()))
                    .toList();
            questions.add(new QuestionView(question, options, choiceError, text, parts));
        }
        return new ReviewForm(questions, errors);
    }

    public String error(String inputId) {
        return message(errors, inputId);
    }

    private static TextInput textInput(String answerId, String label, ReviewData data, Map<String, PageError> errors, int limit) {
        String inputId = FormInputs.textInputId(answerId);
        return new TextInput(inputId, answerId + ".text", label, data.text(answerId), limit, message(errors, inputId));
    }

    private static String message(Map<String, PageError> errors, String inputId) {
        PageError error = errors.get(inputId);
        return error == null ? null : error.message();
    }
}
