package no.innspill.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.innspill.form.Question.Part;

/**
 * A response form: its introduction, the themes it asks about and its questions (see docs/forms.md).
 * The consultation it belongs to (case number, title, deadline) is not part of it: a consultation
 * refers to a form by {@link FormRef}, and the form knows nothing of consultations.
 */
public record FormDefinition(String intro, List<String> themes, List<Question> questions) {

    public FormDefinition {
        themes = List.copyOf(themes);
        questions = List.copyOf(questions);
    }

    /** The questions without the headings between them: those a respondent answers. */
    public List<Question> answerable() {
        return questions.stream().filter(question -> !question.isHeading()).toList();
    }

    /** Every id an answer can have, in form order: {@code q1, q2, q2.goal1, …, q3}; headings have none. */
    public List<String> answerIds() {
        List<String> ids = new ArrayList<>();
        for (Question question : answerable()) {
            ids.add(question.id());
            question.parts().forEach(part -> ids.add(part.fullId()));
        }
        return ids;
    }

    /** The question or part an answer id names. */
    public Optional<AnswerTarget> target(String answerId) {
        for (Question question : answerable()) {
            if (question.id().equals(answerId)) {
                return Optional.of(new AnswerTarget(question, null));
            }
            for (Part part : question.parts()) {
                if (part.fullId().equals(answerId)) {
                    return Optional.of(new AnswerTarget(question, part));
                }
            }
        }
        return Optional.empty();
    }

    /** What an answer id points at: a question, or one part of it. */
    public record AnswerTarget(Question question, Part part) {

        /** A single choice: {@code choice}, one option id. */
        public boolean takesChoice() {
            return part == null && question.kind() == QuestionKind.CHOICE;
        }

        /** A multiple choice: {@code choices}, a list of option ids. */
        public boolean takesChoices() {
            return part == null && question.kind() == QuestionKind.MULTIPLE_CHOICE;
        }

        /** The longest text allowed, or 0 where no text is taken (a choice without elaboration, an attachments question). */
        public int textLimit() {
            if (part != null) {
                return part.maxLength();
            }
            if (question.kind() == QuestionKind.ATTACHMENTS) {
                return 0;
            }
            if (question.hasOptions()) {
                return question.elaboration() == null ? 0 : question.elaboration().maxLength();
            }
            return question.maxLength();
        }
    }
}
