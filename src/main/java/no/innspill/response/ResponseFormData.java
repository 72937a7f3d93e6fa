package no.innspill.response;

import java.util.HashMap;
import java.util.Map;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinition.AnswerTarget;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a person typed into the web form, kept as typed (also when invalid) so a page can show it
 * again. Field names: {@code respondent.name}, {@code respondent.kind},
 * {@code respondent.organisationNumber}, {@code respondent.email}, and per answer id
 * {@code q1.choice}, {@code q1.text}, {@code q2.goal1.text}. Turned into the PRODUCT.md JSON
 * shape, it is checked by the same reader and rules as the API.
 */
final class ResponseFormData {

    private static final int MAX_FIELD_CHARS = 200_000;

    private final Map<String, String> respondent = new HashMap<>();
    private final Map<String, String> choices = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    static ResponseFormData empty() {
        return new ResponseFormData();
    }

    static ResponseFormData fromParams(FormDefinition form, MultiValueMap<String, String> params) {
        ResponseFormData data = new ResponseFormData();
        for (String field : new String[] {"name", "kind", "organisationNumber", "email"}) {
            data.respondent.put(field, clip(params.getFirst("respondent." + field)));
        }
        for (String id : form.answerIds()) {
            AnswerTarget target = form.target(id).orElseThrow();
            if (target.takesChoice()) {
                data.choices.put(id, clip(params.getFirst(id + ".choice")));
            }
            if (target.textLimit() > 0) {
                data.texts.put(id, clip(params.getFirst(id + ".text")));
            }
        }
        return data;
    }

    static ResponseFormData fromJson(JsonNode json) {
        ResponseFormData data = new ResponseFormData();
        JsonNode respondent = json.path("respondent");
        for (String field : new String[] {"name", "kind", "organisationNumber", "email"}) {
            data.respondent.put(field, text(respondent.get(field)));
        }
        for (Map.Entry<String, JsonNode> entry : json.path("answers").properties()) {
            data.choices.put(entry.getKey(), text(entry.getValue().get("choice")));
            data.texts.put(entry.getKey(), text(entry.getValue().get("text")));
        }
        return data;
    }

    /** The PRODUCT.md shape; blank fields become {@code null}. */
    ObjectNode toJson() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        ObjectNode respondentNode = root.putObject("respondent");
        respondent.forEach((field, value) -> respondentNode.put(field, blankToNull(value)));
        ObjectNode answers = root.putObject("answers");
        for (String id : allIds()) {
            ObjectNode answer = answers.putObject(id);
            if (choices.containsKey(id)) {
                answer.put("choice", blankToNull(choices.get(id)));
            }
            answer.put("text", blankToNull(texts.get(id)));
        }
        return root;
    }

    /** The form's fields by name, as hidden inputs on the preview page carry them. */
    Map<String, String> toFields() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        respondent.forEach((field, value) -> {
            if (value != null) {
                fields.put("respondent." + field, value);
            }
        });
        choices.forEach((id, value) -> {
            if (value != null) {
                fields.put(id + ".choice", value);
            }
        });
        texts.forEach((id, value) -> {
            if (value != null) {
                fields.put(id + ".text", value);
            }
        });
        return fields;
    }

    public String respondent(String field) {
        return respondent.getOrDefault(field, null);
    }

    public String choice(String id) {
        return choices.get(id);
    }

    public String text(String id) {
        return texts.get(id);
    }

    String email() {
        return blankToNull(respondent.get("email"));
    }

    boolean isBlank() {
        return respondent.values().stream().allMatch(v -> blankToNull(v) == null)
                && choices.values().stream().allMatch(v -> blankToNull(v) == null)
                && texts.values().stream().allMatch(v -> blankToNull(v) == null);
    }

    private java.util.Set<String> allIds() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(choices.keySet());
        ids.addAll(texts.keySet());
        return ids;
    }

    private static String clip(String value) {
        // the request size filter bounds the whole body; this bounds one field of it
        return value != null && value.length() > MAX_FIELD_CHARS ? value.substring(0, MAX_FIELD_CHARS) : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
