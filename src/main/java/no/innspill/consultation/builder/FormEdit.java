package no.innspill.consultation.builder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinitions;

/**
 * One change the form builder makes to a form, on the form written as its definition
 * ({@link FormDefinitions#toMap}), so that the result is checked by the definition's own rules.
 * When questions are added, moved or removed, their numbers become their positions again.
 */
final class FormEdit {

    private FormEdit() {
    }

    /** The form with {@code question} at {@code position} (1-based), in place of the one at {@code replacing} if not negative. */
    static Map<String, Object> withQuestion(FormDefinition form, int replacing, Map<String, Object> question, int position) {
        List<Map<String, Object>> questions = questions(form);
        boolean renumber = replacing < 0 || replacing != position - 1;
        if (replacing >= 0) {
            question.putIfAbsent("number", questions.get(replacing).get("number"));
            questions.remove(replacing);
        }
        questions.add(Math.max(0, Math.min(position - 1, questions.size())), question);
        return form(form, questions, renumber);
    }

    static Map<String, Object> without(FormDefinition form, int index) {
        List<Map<String, Object>> questions = questions(form);
        questions.remove(index);
        return form(form, questions, true);
    }

    /** The question at {@code index} one place up ({@code -1}) or down ({@code 1}). */
    static Map<String, Object> moved(FormDefinition form, int index, int step) {
        List<Map<String, Object>> questions = questions(form);
        int target = Math.max(0, Math.min(index + step, questions.size() - 1));
        questions.add(target, questions.remove(index));
        return form(form, questions, true);
    }

    /** The form with another introduction and themes; {@code null} or blank intro leaves it out. */
    static Map<String, Object> withIntro(FormDefinition form, String intro, List<String> themes) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (intro != null && !intro.isBlank()) {
            map.put("intro", intro.strip());
        }
        if (!themes.isEmpty()) {
            map.put("themes", themes);
        }
        map.put("questions", questions(form));
        return map;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> questions(FormDefinition form) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Object question : (List<Object>) FormDefinitions.toMap(form).get("questions")) {
            questions.add(new LinkedHashMap<>((Map<String, Object>) question));
        }
        return questions;
    }

    private static Map<String, Object> form(FormDefinition form, List<Map<String, Object>> questions, boolean renumber) {
        if (renumber) {
            questions.forEach(question -> question.remove("number"));
        }
        Map<String, Object> map = new LinkedHashMap<>(FormDefinitions.toMap(form));
        map.put("questions", questions);
        return map;
    }
}
