package no.innspill.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Locale;
import java.util.Set;
import no.innspill.platform.FieldError;
import no.innspill.platform.yaml.YamlErrorTexts;

/**
 * What a form's answers are keyed by: its question ids and kinds, and the ids of its options and
 * parts. Once a form has been answered these are frozen, so that every response, whichever version
 * it answered, can be read, counted and exported against the same ids; the texts, limits, help and
 * order may still change in a new version.
 */
public final class FormStructure {

    private FormStructure() {
    }

    /**
     * Every change of the answered structure from {@code before} to {@code after}, none when only
     * texts, limits or the order changed. Codes {@code frozen-*} in the definition bundle.
     */
    public static List<FieldError> frozenChanges(FormDefinition before, FormDefinition after) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Question> old = byId(before.questions(), Question::id);
        Map<String, Question> now = byId(after.questions(), Question::id);
        for (int i = 0; i < after.questions().size(); i++) {
            Question question = after.questions().get(i);
            String path = "questions[" + i + "]";
            Question was = old.get(question.id());
            if (was == null) {
                errors.add(error(path + ".id", "frozen-question-added", question.id()));
            } else if (was.kind() != question.kind()) {
                errors.add(error(path + ".kind", "frozen-kind-changed", question.id(), was.kind(), question.kind()));
            } else {
                compare(errors, path + ".options", question.id(), byId(was.options(), Question.Option::id).keySet(),
                        byId(question.options(), Question.Option::id).keySet(), "option");
                compare(errors, path + ".parts", question.id(), byId(was.parts(), Question.Part::id).keySet(),
                        byId(question.parts(), Question.Part::id).keySet(), "part");
            }
        }
        old.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id ->
                errors.add(error("questions", "frozen-question-removed", id)));
        return errors;
    }

    private static void compare(List<FieldError> errors, String path, String questionId, Set<String> was,
                                Set<String> now, String what) {
        now.stream().filter(id -> !was.contains(id)).forEach(id -> errors.add(error(path, "frozen-" + what + "-added", questionId, id)));
        was.stream().filter(id -> !now.contains(id)).forEach(id -> errors.add(error(path, "frozen-" + what + "-removed", questionId, id)));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    /** The API's message is the English text of the code. */
    private static FieldError error(String field, String code, Object... args) {
        List<Object> values = java.util.Arrays.stream(args).map(String::valueOf).map(Object.class::cast).toList();
        return FieldError.of(field, YamlErrorTexts.text(code, values, Locale.ENGLISH)).withCode(code, values.toArray());
    }
}
