package no.innspill.response.answerform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinition.AnswerTarget;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What was typed into a form of answers, kept as typed (also when invalid) so a page can show it
 * again. Field names: {@code respondent.name}, {@code respondent.kind},
 * {@code respondent.organisationNumber}, {@code respondent.email}, an organisation's contact person
 * {@code respondent.contactName} and {@code respondent.contactPhone}, what the respondent says about
 * publication ({@code publication.name}: publish or withhold, {@code publication.online}: "false" when
 * ticked not to be published online, {@code publication.reason}), and per answer id
 * {@code q1.choice}, {@code q1.text}, {@code q2.goal1.text}, and {@code q5.choices} once per ticked
 * check box of a multiple choice. Turned into the PRODUCT.md JSON
 * shape, it is checked by the same reader and rules as the API. What was typed is kept whatever the
 * respondent kind (a draft keeps it all); {@link #toSubmissionJson()} leaves out what does not belong
 * to the kind chosen.
 */
public final class AnswerFormData {

    private static final int MAX_FIELD_CHARS = 200_000;
    private static final int MAX_CHOICES = 100;
    private static final List<String> RESPONDENT_FIELDS = List.of("name", "kind", "organisationNumber", "email", "contactName",
            "contactPhone");
    private static final List<String> PUBLICATION_FIELDS = List.of("name", "online", "reason");

    private final Map<String, String> respondent = new LinkedHashMap<>();
    private final Map<String, String> choices = new LinkedHashMap<>();
    /** A multiple choice's ticked option ids, by answer id. */
    private final Map<String, List<String>> multipleChoices = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, String> publication = new LinkedHashMap<>();

    private AnswerFormData() {
    }

    public static AnswerFormData empty() {
        return new AnswerFormData();
    }

    /** What a form post holds for the form's inputs; anything else in it is ignored. */
    public static AnswerFormData fromParams(FormDefinition form, MultiValueMap<String, String> params) {
        AnswerFormData data = new AnswerFormData();
        for (String field : RESPONDENT_FIELDS) {
            data.respondent.put(field, param(params, "respondent." + field));
        }
        for (String field : PUBLICATION_FIELDS) {
            data.publication.put(field, param(params, "publication." + field));
        }
        for (String id : form.answerIds()) {
            data.put(form, id, param(params, id + ".choice"), params(params, id + ".choices"), param(params, id + ".text"));
        }
        return data;
    }

    /** A form filled in beforehand, such as with what intake read from a file. */
    public static AnswerFormData prefilled(FormDefinition form, Map<String, String> respondent, Map<String, Answer> answers) {
        return prefilled(form, respondent, Map.of(), answers);
    }

    /**
     * A form filled in beforehand, publication too.
     *
     * @param publication by field, as a form post has them: {@code name}, {@code online} ("false" when not online), {@code reason}
     */
    public static AnswerFormData prefilled(FormDefinition form, Map<String, String> respondent, Map<String, String> publication,
                                           Map<String, Answer> answers) {
        AnswerFormData data = new AnswerFormData();
        for (String field : RESPONDENT_FIELDS) {
            data.respondent.put(field, respondent.get(field));
        }
        for (String field : PUBLICATION_FIELDS) {
            data.publication.put(field, publication.get(field));
        }
        for (String id : form.answerIds()) {
            Answer answer = answers.getOrDefault(id, Answer.EMPTY);
            data.put(form, id, answer.choice(), answer.choices(), answer.text());
        }
        return data;
    }

    /** Read back from {@link #toJson()}, as a draft stores it. */
    public static AnswerFormData fromJson(JsonNode json) {
        AnswerFormData data = new AnswerFormData();
        JsonNode respondent = json.path("respondent");
        for (String field : RESPONDENT_FIELDS) {
            data.respondent.put(field, text(respondent.get(field)));
        }
        data.respondent.put("contactName", text(respondent.path("contactPerson").get("name")));
        data.respondent.put("contactPhone", text(respondent.path("contactPerson").get("phone")));
        JsonNode publication = json.path("publication");
        data.publication.put("name", text(publication.get("name")));
        data.publication.put("online", publication.path("online").isBoolean() && !publication.get("online").booleanValue() ? "false" : null);
        data.publication.put("reason", text(publication.get("reason")));
        for (Map.Entry<String, JsonNode> entry : json.path("answers").properties()) {
            data.choices.put(entry.getKey(), text(entry.getValue().get("choice")));
            data.texts.put(entry.getKey(), text(entry.getValue().get("text")));
            JsonNode ticked = entry.getValue().get("choices");
            if (ticked != null && ticked.isArray()) {
                List<String> ids = new ArrayList<>();
                ticked.forEach(item -> ids.add(item.asString()));
                data.multipleChoices.put(entry.getKey(), ids);
            }
        }
        return data;
    }

    /** One field of a form post as typed, bounded in length. */
    public static String param(MultiValueMap<String, String> params, String name) {
        // the request size filter bounds the whole body; this bounds one field of it
        String value = params.getFirst(name);
        return value != null && value.length() > MAX_FIELD_CHARS ? value.substring(0, MAX_FIELD_CHARS) : value;
    }

    /** Every value of a field that a form post may repeat (check boxes), bounded in number and length. */
    private static List<String> params(MultiValueMap<String, String> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.stream().limit(MAX_CHOICES)
                .map(value -> value.length() > MAX_FIELD_CHARS ? value.substring(0, MAX_FIELD_CHARS) : value).toList();
    }

    /** The PRODUCT.md shape with all that was typed, as a draft keeps it; blank fields become {@code null}. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode respondentNode = root.putObject("respondent");
        respondent.forEach((field, value) -> {
            if (!field.startsWith("contact")) {
                respondentNode.put(field, blankToNull(value));
            }
        });
        String contactName = blankToNull(respondent.get("contactName"));
        String contactPhone = blankToNull(respondent.get("contactPhone"));
        if (contactName != null || contactPhone != null) {
            ObjectNode contact = respondentNode.putObject("contactPerson");
            contact.put("name", contactName);
            contact.put("phone", contactPhone);
        }
        if (publication.values().stream().anyMatch(value -> blankToNull(value) != null)) {
            ObjectNode node = root.putObject("publication");
            node.put("name", blankToNull(publication.get("name")));
            node.put("online", !notOnline());
            node.put("reason", blankToNull(publication.get("reason")));
        }
        ObjectNode answers = root.putObject("answers");
        for (String id : answerIds()) {
            ObjectNode answer = answers.putObject(id);
            if (choices.containsKey(id)) {
                answer.put("choice", blankToNull(choices.get(id)));
            }
            if (multipleChoices.containsKey(id)) {
                var array = answer.putArray("choices");
                multipleChoices.get(id).stream().filter(value -> blankToNull(value) != null).forEach(array::add);
            }
            answer.put("text", blankToNull(texts.get(id)));
        }
        return root;
    }

    /**
     * The PRODUCT.md shape as sent: without what does not belong to the kind chosen (a private person's
     * organisation number and contact person, an organisation's name choice, hidden from them on the page)
     * and without a reason when the response may be published online.
     */
    public ObjectNode toSubmissionJson() {
        ObjectNode root = toJson();
        ObjectNode respondentNode = (ObjectNode) root.get("respondent");
        String kind = blankToNull(respondent.get("kind"));
        if ("person".equals(kind)) {
            respondentNode.putNull("organisationNumber");
            respondentNode.remove("contactPerson");
        }
        if (root.get("publication") instanceof ObjectNode node) {
            if (!"person".equals(kind)) {
                node.putNull("name");
            }
            if (!notOnline()) {
                node.putNull("reason");
            }
        }
        return root;
    }

    /** The fields by name, as hidden inputs carry them from one page to the next; a ticked check box is one each. */
    public List<Map.Entry<String, String>> toFields() {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        respondent.forEach((field, value) -> putIfSet(fields, "respondent." + field, value));
        publication.forEach((field, value) -> putIfSet(fields, "publication." + field, value));
        choices.forEach((id, value) -> putIfSet(fields, id + ".choice", value));
        multipleChoices.forEach((id, values) -> values.forEach(value -> putIfSet(fields, id + ".choices", value)));
        texts.forEach((id, value) -> putIfSet(fields, id + ".text", value));
        return fields;
    }

    public String respondent(String field) {
        return respondent.get(field);
    }

    /** What was said about publication: {@code name} (publish, withhold), {@code online} ("false" or null), {@code reason}. */
    public String publication(String field) {
        return publication.get(field);
    }

    /** Whether the box "do not publish online" is ticked. */
    public boolean notOnline() {
        return "false".equals(publication.get("online"));
    }

    public String choice(String id) {
        return choices.get(id);
    }

    /** Whether the option's check box is ticked. */
    public boolean ticked(String id, String optionId) {
        return multipleChoices.getOrDefault(id, List.of()).contains(optionId);
    }

    public String text(String id) {
        return texts.get(id);
    }

    public String email() {
        return blankToNull(respondent.get("email"));
    }

    public boolean isBlank() {
        // publication.name is not counted: its radio button "publish" is ticked to begin with
        return respondent.values().stream().allMatch(v -> blankToNull(v) == null)
                && blankToNull(publication.get("reason")) == null && !notOnline()
                && choices.values().stream().allMatch(v -> blankToNull(v) == null)
                && multipleChoices.values().stream().allMatch(values -> values.stream().allMatch(v -> blankToNull(v) == null))
                && texts.values().stream().allMatch(v -> blankToNull(v) == null);
    }

    /** Keeps a choice only where the form asks for one, choices only for a multiple choice, a text only where it takes text. */
    private void put(FormDefinition form, String id, String choice, List<String> ticked, String text) {
        AnswerTarget target = form.target(id).orElseThrow();
        if (target.takesChoice()) {
            choices.put(id, choice);
        }
        if (target.takesChoices()) {
            multipleChoices.put(id, List.copyOf(ticked));
        }
        if (target.textLimit() > 0) {
            texts.put(id, text);
        }
    }

    private Set<String> answerIds() {
        Set<String> ids = new LinkedHashSet<>(choices.keySet());
        ids.addAll(multipleChoices.keySet());
        ids.addAll(texts.keySet());
        return ids;
    }

    private static void putIfSet(List<Map.Entry<String, String>> fields, String name, String value) {
        if (value != null) {
            fields.add(Map.entry(name, value));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
