package no.innspill.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;

/**
 * What a case worker can read one at a time, search within and filter on in a form: each question that takes an
 * answer and each of its parts ({@code q2}, {@code q2.goal3}), labelled by number and text ("2 Mål 3: Helsedata …"),
 * and the options of each choice question.
 */
record ReadingScopes(List<Scope> scopes, List<ChoiceQuestion> choiceQuestions) {

    private static final int LABEL_LENGTH = 90;

    /** A question or one of its parts; {@code part} is null for the question as a whole. */
    record Scope(String id, String label, Question question, Question.Part part) {

        public boolean isPart() {
            return part != null;
        }
    }

    /** A choice question's filter: its options keyed {@code q1:yes}. */
    record ChoiceQuestion(Question question, String inputId, Map<String, String> options) {

        /** The option of this question the filter holds, {@code q1:yes}, or blank. */
        public String selected(List<String> choices) {
            return choices == null ? "" : choices.stream().filter(options::containsKey).findFirst().orElse("");
        }
    }

    static ReadingScopes of(FormDefinition form) {
        List<Scope> scopes = new ArrayList<>();
        List<ChoiceQuestion> choices = new ArrayList<>();
        for (Question q : form.questions()) {
            if (q.isHeading() || q.kind() == no.innspill.form.QuestionKind.ATTACHMENTS) {
                continue;
            }
            scopes.add(new Scope(q.id(), shortened(q.number() + " " + q.text()), q, null));
            for (Question.Part part : q.parts()) {
                scopes.add(new Scope(part.fullId(), shortened(q.number() + " " + part.title()), q, part));
            }
            if (q.hasOptions()) {
                Map<String, String> options = new LinkedHashMap<>();
                q.options().forEach(o -> options.put(q.id() + ":" + o.id(), o.label()));
                choices.add(new ChoiceQuestion(q, "filter-choice-" + q.id().replaceAll("[^A-Za-z0-9_-]", "_"), options));
            }
        }
        return new ReadingScopes(List.copyOf(scopes), List.copyOf(choices));
    }

    Optional<Scope> find(String id) {
        return scopes.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    boolean knowsChoice(String choice) {
        return choiceQuestions.stream().anyMatch(c -> c.options().containsKey(choice));
    }

    /** The input the error summary points at for a choice error: the first choice question's. */
    String firstChoiceInput() {
        return choiceQuestions.isEmpty() ? "filter-q" : choiceQuestions.get(0).inputId();
    }

    private static String shortened(String label) {
        String oneLine = label.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= LABEL_LENGTH ? oneLine : oneLine.substring(0, LABEL_LENGTH - 1).stripTrailing() + "…";
    }
}
