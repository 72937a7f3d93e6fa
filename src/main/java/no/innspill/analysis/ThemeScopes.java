package no.innspill.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.QuestionKind;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidParameterException;

/** The questions and parts of a form whose answers have text, and so themes: {@code q1} (its elaboration), {@code q2.goal3}. */
record ThemeScopes(List<Scope> scopes) {

    private static final int LABEL_LENGTH = 90;

    /** A question or part: its answer id and a label ("2 Mål 3: Helsedata …"). */
    record Scope(String id, String label) {
    }

    static ThemeScopes of(FormDefinition form) {
        List<Scope> scopes = new ArrayList<>();
        for (Question q : form.questions()) {
            boolean text = q.kind() == QuestionKind.TEXT || q.kind() == QuestionKind.TEXT_WITH_PARTS
                    || (q.hasOptions() && q.elaboration() != null);
            if (text) {
                scopes.add(new Scope(q.id(), shortened(q.number() + " " + q.text())));
            }
            for (Question.Part part : q.parts()) {
                scopes.add(new Scope(part.fullId(), shortened(q.number() + " " + part.title())));
            }
        }
        return new ThemeScopes(List.copyOf(scopes));
    }

    List<String> ids() {
        return scopes.stream().map(Scope::id).toList();
    }

    Optional<Scope> find(String id) {
        return scopes.stream().filter(scope -> scope.id().equals(id)).findFirst();
    }

    /**
     * The scope of this answer id; the first when none is given.
     *
     * @throws InvalidParameterException naming {@code parameter} for an id the form has no text answer for
     */
    Scope get(String id, String parameter) {
        if (id == null || id.isBlank()) {
            if (scopes.isEmpty()) {
                throw new InvalidParameterException("No questions with text", List.of(FieldError.of(parameter, "the form has no question that takes text")));
            }
            return scopes.get(0);
        }
        return find(id).orElseThrow(() -> new InvalidParameterException("Unknown question " + id,
                List.of(FieldError.of(parameter, "the form has no question or part with text answers called " + id).withCode("answer-unknown"))));
    }

    private static String shortened(String label) {
        return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }
}
