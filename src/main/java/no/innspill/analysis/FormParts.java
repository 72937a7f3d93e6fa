package no.innspill.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;

/** The questions and parts of a form an input may concern, by answer id, labelled as staff read them: "2) Mål 1: Trygg skolevei". */
final class FormParts {

    private FormParts() {
    }

    static Map<String, String> labels(FormDefinition form) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Question question : form.answerable()) {
            labels.put(question.id(), question.number() + ") " + question.text());
            for (Question.Part part : question.parts()) {
                labels.put(part.fullId(), question.number() + ") " + part.title());
            }
        }
        return labels;
    }
}
