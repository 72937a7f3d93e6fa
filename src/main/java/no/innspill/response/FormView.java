package no.innspill.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.QuestionKind;
import no.innspill.response.WebValidation.PageError;

/**
 * The response form as the template renders it: every input with its id, name, value and error,
 * so the template holds no naming logic of its own.
 */
record FormView(List<QuestionView> questions, Map<String, PageError> errors) {

    /** A text area: a choice's elaboration, a question's own text, or one part of a question. */
    record TextInput(String id, String name, String label, String value, int limit, String error) {
    }

    record ChoiceInput(String id, String name, String value, String label, boolean checked) {
    }

    record QuestionView(Question question, String choiceName, List<ChoiceInput> options, String choiceError,
                        TextInput text, List<TextInput> parts) {

        public boolean isChoice() {
            return question.kind() == QuestionKind.CHOICE;
        }
    }

    static FormView of(FormDefinition form, ResponseFormData data, Map<String, PageError> errors) {
        List<QuestionView> questions = new ArrayList<>();
        for (Question question : form.questions()) {
            String id = question.id();
            List<ChoiceInput> options = new ArrayList<>();
            String choiceError = null;
            TextInput text = null;
            if (question.kind() == QuestionKind.CHOICE) {
                for (Question.Option option : question.options()) {
                    String inputId = FormInputs.choiceInputId(id, option.id());
                    String label = question.elaboration() != null && question.elaboration().hint() != null
                            ? option.label() + ", " + question.elaboration().hint() : option.label();
                    options.add(new ChoiceInput(inputId, id + ".choice", option.id(), label, option.id().equals(data.choice(id))));
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
            questions.add(new QuestionView(question, id + ".choice", options, choiceError, text, parts));
        }
        return new FormView(questions, errors);
    }

    public String error(String inputId) {
        return message(errors, inputId);
    }

    private static TextInput textInput(String answerId, String label, ResponseFormData data, Map<String, PageError> errors, int limit) {
        String inputId = FormInputs.textInputId(answerId);
        return new TextInput(inputId, answerId + ".text", label, data.text(answerId), limit, message(errors, inputId));
    }

    private static String message(Map<String, PageError> errors, String inputId) {
        PageError error = errors.get(inputId);
        return error == null ? null : error.message();
    }
}
