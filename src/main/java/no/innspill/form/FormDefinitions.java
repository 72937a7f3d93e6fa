package no.innspill.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innspill.form.Question.Part;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.yaml.YamlReader;
import no.innspill.platform.yaml.YamlReader.Fields;
import tools.jackson.databind.json.JsonMapper;

/**
 * Form definitions as text. A consultation's YAML definition holds its case data and, in the same
 * mapping, the form's fields ({@link #FIELDS}); the consultation module reads its own fields and
 * lets {@link #read} read these with the same reader, so every error of a file is reported at once.
 * A stored form version is these same fields as JSON ({@link #toJson}), read back through the same
 * rules ({@link #fromJson}): JSON is YAML, so one parser checks both.
 */
public final class FormDefinitions {

    /** The fields of a definition that belong to the form. */
    public static final Set<String> FIELDS = Set.of("intro", "themes", "questions");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FormDefinitions() {
    }

    /** Reads the form's fields; use the result only when the reader found no errors. */
    public static FormDefinition read(YamlReader yaml, Fields fields) {
        return FormDefinitionParser.read(yaml, fields);
    }

    /**
     * Reads a document that holds only a form's fields.
     *
     * @throws InvalidInputException naming every broken field and its line
     */
    public static FormDefinition parse(String yaml) {
        YamlReader reader = YamlReader.parse(yaml, "form");
        FormDefinition form = read(reader, reader.root("form", FIELDS));
        reader.failOnErrors("form");
        return form;
    }

    /**
     * The form's fields in the order a definition writes them, with every default spelled out except
     * {@code required: false} and an absent {@code help}.
     */
    public static Map<String, Object> toMap(FormDefinition form) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (form.intro() != null) {
            map.put("intro", form.intro());
        }
        if (!form.themes().isEmpty()) {
            map.put("themes", form.themes());
        }
        List<Object> questions = new ArrayList<>();
        form.questions().forEach(question -> questions.add(question(question)));
        map.put("questions", questions);
        return map;
    }

    /** The stored form of a version: {@link #toMap} as JSON. */
    public static String toJson(FormDefinition form) {
        return JSON.writeValueAsString(toMap(form));
    }

    /**
     * A form written as the map {@link #toMap} gives, read through the definition's rules (for a form
     * built field by field, as the form builder does).
     *
     * @throws InvalidInputException naming every broken field
     */
    public static FormDefinition fromMap(Map<String, Object> map) {
        return parse(JSON.writeValueAsString(map));
    }

    /** A stored version read back through the definition's own rules. */
    public static FormDefinition fromJson(String json) {
        return parse(json);
    }

    /** In a fixed order (id, then label), unlike {@code Map.of}, whose order changes from one JVM to the next. */
    private static Map<String, Object> option(Question.Option option) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", option.id());
        map.put("label", option.label());
        return map;
    }

    private static Map<String, Object> question(Question question) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", question.id());
        if (!question.isHeading()) {
            map.put("number", question.number());
        }
        map.put("kind", question.kind().yamlName());
        map.put("text", question.text());
        if (question.help() != null) {
            map.put("help", question.help());
        }
        // written only when true, so the definitions and stored versions of forms without it stay as they were
        if (question.required()) {
            map.put("required", true);
        }
        if (question.isHeading()) {
            return map;
        }
        if (question.hasOptions()) {
            map.put("options", question.options().stream().map(FormDefinitions::option).toList());
            if (question.elaboration() != null) {
                Map<String, Object> elaboration = new LinkedHashMap<>();
                if (question.elaboration().hint() != null) {
                    elaboration.put("hint", question.elaboration().hint());
                }
                elaboration.put("maxLength", question.elaboration().maxLength());
                map.put("elaboration", elaboration);
            }
        } else if (question.kind() == QuestionKind.ATTACHMENTS) {
            map.put("maxFiles", question.maxFiles());
        } else {
            map.put("maxLength", question.maxLength());
        }
        if (!question.parts().isEmpty()) {
            List<Object> parts = new ArrayList<>();
            for (Part part : question.parts()) {
                Map<String, Object> partMap = new LinkedHashMap<>();
                partMap.put("id", part.id());
                partMap.put("title", part.title());
                partMap.put("maxLength", part.maxLength());
                parts.add(partMap);
            }
            map.put("parts", parts);
        }
        return map;
    }
}
