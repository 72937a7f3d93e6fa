package no.innspill.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers in the PRODUCT.md JSON shape: {@code {"q1": {"choice": "yes", "text": …}, "q3": {"text": null}}},
 * a multiple choice as {@code {"choices": ["traffic", "green"], "text": null}}. Text answers carry no
 * {@code choice} key, and only multiple choices a {@code choices} key.
 */
final class AnswersJson {

    private AnswersJson() {
    }

    static Map<String, Object> toJson(FormDefinition form, Map<String, Answer> answers) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String id : form.answerIds()) {
            Answer answer = answers.getOrDefault(id, Answer.EMPTY);
            Map<String, Object> value = new LinkedHashMap<>();
            var target = form.target(id).orElseThrow();
            if (target.takesChoice()) {
                value.put("choice", answer.choice());
            }
            if (target.takesChoices()) {
                value.put("choices", answer.choices());
            }
            value.put("text", answer.text());
            json.put(id, value);
        }
        return json;
    }

    /**
     * Stored answers keep every key as written, so they read back without the form; {@code choices} only
     * where some are chosen, so answers of the other kinds are stored as they always were.
     */
    static String toStoredJson(JsonMapper mapper, Map<String, Answer> answers) {
        Map<String, Object> json = new LinkedHashMap<>();
        answers.forEach((id, answer) -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("choice", answer.choice());
            value.put("text", answer.text());
            if (!answer.choices().isEmpty()) {
                value.put("choices", answer.choices());
            }
            json.put(id, value);
        });
        return mapper.writeValueAsString(json);
    }

    static Map<String, Answer> fromStoredJson(JsonMapper mapper, String json) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : mapper.readTree(json).properties()) {
            JsonNode value = entry.getValue();
            answers.put(entry.getKey(), new Answer(text(value.get("choice")), text(value.get("text")), texts(value.get("choices"))));
        }
        return answers;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> texts.add(item.stringValue()));
        }
        return texts;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.stringValue();
    }
}
