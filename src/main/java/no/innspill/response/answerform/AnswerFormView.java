package no.innspill.response.answerform;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.QuestionKind;

/**
 * A form of answers as the fragments in {@code templates/fragments/answer-form.html} render it:
 * every input with its id, name, value and error, so the templates hold no naming logic. The
 * respondent and the case worker see the same inputs; a case worker also gets a "not ticked"
 * option on every choice (a paper form may have none) and staff wording.
 *
 * @param caseWorker whether a case worker fills it in for someone else (the intake review)
 */
public record AnswerFormView(boolean caseWorker, AnswerFormData data, List<QuestionInputs> questions, PageErrors errors) {

    /**
     * A text area: a choice's elaboration, a question's own text, or one part of a question.
     *
     * @param required whether this very field must be filled in (a required text question's)
     * @param helpId   the question's help text it is described by, or {@code null}
     */
    public record TextInput(String id, String name, String label, String value, int limit, String error,
                            boolean required, String helpId) {
    }

    public record ChoiceInput(String id, String name, String value, String label, boolean checked) {
    }

    /** @param notTicked the case worker's "not ticked" option, or {@code null} */
    public record QuestionInputs(Question question, List<ChoiceInput> options, ChoiceInput notTicked, String choiceError,
                                 TextInput text, List<TextInput> parts) {

        public boolean isChoice() {
            return question.kind() == QuestionKind.CHOICE;
        }

        /** Check boxes, any number of them ticked. */
        public boolean isMultipleChoice() {
            return question.kind() == QuestionKind.MULTIPLE_CHOICE;
        }

        /** A section heading between the questions: no inputs. */
        public boolean isHeading() {
            return question.isHeading();
        }

        /** The id of the help text under the question, for {@code aria-describedby}; {@code null} without help. */
        public String helpId() {
            return question.help() == null ? null : "q-" + question.id() + "-help";
        }

        public boolean takesFiles() {
            return question.kind() == QuestionKind.ATTACHMENTS;
        }
    }

    public static AnswerFormView forRespondent(FormDefinition form, AnswerFormData data, PageErrors errors) {
        return of(false, form, data, errors);
    }

    public static AnswerFormView forCaseWorker(FormDefinition form, AnswerFormData data, PageErrors errors) {
        return of(true, form, data, errors);
    }

    /** The two answers to "who do you answer for?"; their labels depend on who fills in the form. */
    public List<ChoiceInput> respondentKinds() {
        return Stream.of("organisation", "person")
                .map(kind -> new ChoiceInput("respondent-kind-" + kind, "respondent.kind", kind, null, kind.equals(data.respondent("kind"))))
                .toList();
    }

    /** The kind chosen so far ({@code organisation}, {@code person}), or {@code null}: which fields the page leads with. */
    public String kind() {
        String kind = data.respondent("kind");
        return "organisation".equals(kind) || "person".equals(kind) ? kind : null;
    }

    /** Whose name the name field asks for, as the last part of its label's key: organisation, person, or any (not chosen yet). */
    public String nameKind() {
        return kind() == null ? "any" : kind();
    }

    /** A private person's two answers about their name; "publish" is ticked until "withhold" is chosen. */
    public List<ChoiceInput> publicationNames() {
        boolean withhold = "withhold".equals(data.publication("name"));
        return List.of(new ChoiceInput("publication-name-publish", "publication.name", "publish", null, !withhold),
                new ChoiceInput("publication-name-withhold", "publication.name", "withhold", null, withhold));
    }

    /** Why the response should not be published online. */
    public TextInput publicationReason() {
        return new TextInput("publication-reason", "publication.reason", null, data.publication("reason"),
                no.innspill.response.Publication.MAX_REASON_LENGTH, errors.message("publication-reason"), false, null);
    }

    /** The error message for one input, or {@code null}. */
    public String error(String inputId) {
        return errors.message(inputId);
    }

    private static AnswerFormView of(boolean caseWorker, FormDefinition form, AnswerFormData data, PageErrors errors) {
        List<QuestionInputs> questions = new ArrayList<>();
        for (Question question : form.questions()) {
            String id = question.id();
            List<ChoiceInput> options = new ArrayList<>();
            ChoiceInput notTicked = null;
            String choiceError = null;
            TextInput text = null;
            if (question.isHeading()) {
                questions.add(new QuestionInputs(question, options, null, null, null, List.of()));
                continue;
            }
            if (question.kind() == QuestionKind.MULTIPLE_CHOICE) {
                for (Question.Option option : question.options()) {
                    options.add(new ChoiceInput(FormInputs.choiceInputId(id, option.id()), id + ".choices", option.id(),
                            optionLabel(question, option, caseWorker), data.ticked(id, option.id())));
                }
                choiceError = errors.message(options.get(0).id());
                if (question.elaboration() != null) {
                    text = textInput(id, null, data, errors, question.elaboration().maxLength());
                }
            } else if (question.kind() == QuestionKind.CHOICE) {
                for (Question.Option option : question.options()) {
                    options.add(new ChoiceInput(FormInputs.choiceInputId(id, option.id()), id + ".choice", option.id(),
                            optionLabel(question, option, caseWorker), option.id().equals(data.choice(id))));
                }
                if (caseWorker) {
                    notTicked = new ChoiceInput(FormInputs.choiceInputId(id, "none"), id + ".choice", "", null, data.choice(id) == null);
                }
                choiceError = errors.message(options.get(0).id());
                if (question.elaboration() != null) {
                    text = textInput(id, null, data, errors, question.elaboration().maxLength());
                }
            } else if (question.kind() != QuestionKind.ATTACHMENTS) {
                String helpId = question.help() == null ? null : "q-" + id + "-help";
                boolean required = question.required() && question.kind() == QuestionKind.TEXT;
                text = withRequiredAndHelp(textInput(id, null, data, errors, question.maxLength()), required, helpId);
            }
            List<TextInput> parts = question.parts().stream()
                    .map(part -> textInput(part.fullId(), part.title(), data, errors, part.maxLength()))
                    .toList();
            questions.add(new QuestionInputs(question, options, notTicked, choiceError, text, parts));
        }
        return new AnswerFormView(caseWorker, data, questions, errors);
    }

    /** The respondent reads the form's own invitation beside each option ("Ja, utdyp gjerne"); a case worker needs not. */
    private static String optionLabel(Question question, Question.Option option, boolean caseWorker) {
        boolean hinted = !caseWorker && question.elaboration() != null && question.elaboration().hint() != null;
        return hinted ? option.label() + ", " + question.elaboration().hint() : option.label();
    }

    private static TextInput textInput(String answerId, String label, AnswerFormData data, PageErrors errors, int limit) {
        String inputId = FormInputs.textInputId(answerId);
        return new TextInput(inputId, answerId + ".text", label, data.text(answerId), limit, errors.message(inputId), false, null);
    }

    private static TextInput withRequiredAndHelp(TextInput input, boolean required, String helpId) {
        return new TextInput(input.id(), input.name(), input.label(), input.value(), input.limit(), input.error(), required, helpId);
    }
}
