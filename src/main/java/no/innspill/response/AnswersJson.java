package no.innspill.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.form.QuestionKind;
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
        return toJson(form, answers, List.of());
    }

    /** An attachments question's answer lists its files, {@code {"attachments": [{"name", "contentType", "size"}]}}. */
    static Map<String, Object> toJson(FormDefinition form, Map<String, Answer> answers, List<Attachment> attachments) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String id : form.answerIds()) {
            Answer answer = answers.getOrDefault(id, Answer.EMPTY);
            Map<String, Object> value = new LinkedHashMap<>();
            var target = form.target(id).orElseThrow();
            if (target.part() == null && target.question().kind() == QuestionKind.ATTACHMENTS) {
                value.put("attachments", files(attachments, id));
                json.put(id, value);
                continue;
            }
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

    /** The files of one question, or with {@code questionId} null those of the response as a whole. */
    static List<Map<String, Object>> files(List<Attachment> attachments, String questionId) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (Attachment attachment : attachments) {
            if (Objects.equals(attachment.questionId(), questionId)) {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("name", attachment.name());
                file.put("contentType", attachment.contentType());
                file.put("size", attachment.size());
                file.put("position", attachment.position());
                files.add(file);
            }
        }
        return files;
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
