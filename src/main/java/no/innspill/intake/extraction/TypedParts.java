package no.innspill.intake.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.form.Answer;
import no.innspill.form.AnswerValidator;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.Question.Part;

/**
 * Our own Word form read by its tags can still hold the parts' headings typed into the question's
 * general field ("Mål 3: …" and the text under it): each such text goes to its part.
 */
final class TypedParts {

    private TypedParts() {
    }

    static Map<String, Answer> moved(Map<String, Answer> answers, FormDefinition form) {
        Map<String, Answer> result = new LinkedHashMap<>(answers);
        for (Question question : form.questions()) {
            Answer general = answers.get(question.id());
            if (question.parts().isEmpty() || general == null || general.text() == null) {
                continue;
            }
            Map<String, List<String>> lines = byPart(question, general.text());
            if (lines == null) {
                continue;
            }
            String own = AnswerValidator.normaliseText(String.join("\n", lines.getOrDefault(question.id(), List.of())));
            result.put(question.id(), own == null && general.choice() == null ? Answer.EMPTY : new Answer(general.choice(), own));
            for (Part part : question.parts()) {
                List<String> typed = lines.get(part.fullId());
                if (typed == null) {
                    continue;
                }
                Answer existing = result.get(part.fullId());
                List<String> all = new ArrayList<>();
                if (existing != null && existing.text() != null) {
                    all.add(existing.text());
                }
                all.addAll(typed);
                String text = AnswerValidator.normaliseText(String.join("\n", all));
                result.put(part.fullId(), text == null ? Answer.EMPTY : new Answer(null, text));
            }
        }
        return result;
    }

    /** The text's lines by the answer id they belong to; null when no part's heading is in it. */
    private static Map<String, List<String>> byPart(Question question, String text) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        String target = question.id();
        boolean moved = false;
        for (String line : text.split("\n")) {
            Headings.Split start = Headings.partStart(line, question);
            if (start != null) {
                target = start.part().fullId();
                moved = true;
                String rest = start.remainder().replaceFirst("^[\\s:.\\-–]+", "").strip();
                if (!rest.isEmpty()) {
                    lines.computeIfAbsent(target, key -> new ArrayList<>()).add(rest);
                }
                continue;
            }
            lines.computeIfAbsent(target, key -> new ArrayList<>()).add(line);
        }
        return moved ? lines : null;
    }
}
