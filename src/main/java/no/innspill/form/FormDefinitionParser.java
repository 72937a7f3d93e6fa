package no.innspill.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.innspill.form.Question.Elaboration;
import no.innspill.form.Question.Option;
import no.innspill.form.Question.Part;
import no.innspill.platform.yaml.YamlReader;
import no.innspill.platform.yaml.YamlReader.Fields;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the form's fields of a YAML definition — {@code intro}, {@code themes}, {@code questions} (headings among them) —
 * recording every problem in the reader's list with its field path and line, so that a definition
 * with many mistakes is reported in one round.
 */
final class FormDefinitionParser {

    static final int DEFAULT_MAX_LENGTH = 20_000;
    static final int LARGEST_MAX_LENGTH = 100_000;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    /** A field that a question of this kind cannot have (definition.error.not-allowed-for-kind). */
    private static final String NOT_ALLOWED = "not-allowed-for-kind";

    private final YamlReader yaml;

    private FormDefinitionParser(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The form as far as it could be read; use it only when the reader has no errors. */
    static FormDefinition read(YamlReader yaml, Fields fields) {
        FormDefinitionParser parser = new FormDefinitionParser(yaml);
        String intro = fields.optionalString("intro");
        List<String> themes = parser.themes(fields.get("themes"));
        List<Question> questions = parser.questions(fields.get("questions"), fields.node());
        return new FormDefinition(intro, themes, questions);
    }

    private List<String> themes(Node node) {
        List<String> themes = new ArrayList<>();
        if (node == null) {
            return themes;
        }
        List<Node> items = yaml.list(node, "themes");
        for (int i = 0; i < items.size(); i++) {
            String theme = yaml.scalar(items.get(i), "themes[" + i + "]");
            if (theme != null && !theme.isBlank() && themes.contains(theme.strip())) {
                yaml.error("themes[" + i + "]", items.get(i), "duplicate-theme", theme.strip());
            } else if (theme != null && !theme.isBlank()) {
                themes.add(theme.strip());
            } else if (theme != null) {
                yaml.error("themes[" + i + "]", items.get(i), "empty");
            }
        }
        return themes;
    }

    private List<Question> questions(Node node, Node parent) {
        List<Question> questions = new ArrayList<>();
        if (node == null) {
            yaml.error("questions", parent, "questions-missing");
            return questions;
        }
        List<Node> items = yaml.list(node, "questions");
        if (items.isEmpty() && yaml.isList(node)) {
            yaml.error("questions", node, "questions-empty");
        }
        Set<String> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        int position = 0; // headings have no number, so the questions after one are numbered on
        for (int i = 0; i < items.size(); i++) {
            Question question = question(items.get(i), "questions[" + i + "]", position + 1);
            if (question != null) {
                if (!ids.add(question.id())) {
                    yaml.error("questions[" + i + "].id", items.get(i), "duplicate-question-id", question.id());
                }
                if (!question.isHeading() && !numbers.add(question.number())) {
                    yaml.error("questions[" + i + "].number", items.get(i), "duplicate-question-number", question.number());
                }
                questions.add(question);
            }
            if (question == null || !question.isHeading()) {
                position++;
            }
        }
        if (!items.isEmpty() && !questions.isEmpty() && questions.stream().allMatch(Question::isHeading)) {
            yaml.error("questions", node, "questions-only-headings");
        }
        return questions;
    }

    private Question question(Node node, String path, int position) {
        Fields fields = yaml.mapping(node, path, "id, kind, text",
                Set.of("id", "number", "kind", "text", "options", "elaboration", "maxLength", "parts", "required", "help", "maxFiles"));
        if (fields == null) {
            return null;
        }
        String id = id(fields);
        String text = fields.requiredString("text");
        String help = fields.optionalString("help");
        QuestionKind kind = kind(fields);
        if (kind == QuestionKind.HEADING) {
            for (String field : List.of("number", "options", "elaboration", "maxLength", "parts", "required", "maxFiles")) {
                fields.notAllowed(field, NOT_ALLOWED, kind);
            }
            return id == null || text == null ? null
                    : new Question(id, 0, kind, text, List.of(), null, DEFAULT_MAX_LENGTH, List.of(), false, help);
        }
        Integer number = fields.optionalInt("number", 1, 999);
        Boolean required = fields.optionalBoolean("required");
        Integer maxLength = fields.optionalInt("maxLength", 1, LARGEST_MAX_LENGTH);
        List<Option> options = List.of();
        Elaboration elaboration = null;
        List<Part> parts = List.of();
        Integer maxFiles = null;
        if (kind == QuestionKind.ATTACHMENTS) {
            maxFiles = fields.optionalInt("maxFiles", 1, Question.MAX_FILES);
            fields.notAllowed("options", NOT_ALLOWED, kind);
            fields.notAllowed("elaboration", NOT_ALLOWED, kind);
            fields.notAllowed("parts", NOT_ALLOWED, kind);
            fields.notAllowed("maxLength", NOT_ALLOWED, kind); // files only: a respondent's text goes in a text question
        } else if (kind != null) {
            fields.notAllowed("maxFiles", NOT_ALLOWED, kind);
        }
        if (kind == QuestionKind.CHOICE || kind == QuestionKind.MULTIPLE_CHOICE) {
            options = options(fields, path);
            elaboration = elaboration(fields.get("elaboration"), path);
            fields.notAllowed("parts", NOT_ALLOWED, kind);
            fields.notAllowed("maxLength", NOT_ALLOWED, kind); // a choice's text limit belongs to its elaboration
        } else if (kind != null && kind != QuestionKind.ATTACHMENTS) {
            fields.notAllowed("options", NOT_ALLOWED, kind);
            fields.notAllowed("elaboration", NOT_ALLOWED, kind);
            if (kind == QuestionKind.TEXT_WITH_PARTS) {
                parts = parts(fields, path, id);
            } else {
                fields.notAllowed("parts", NOT_ALLOWED, kind);
            }
        }
        if (id == null || text == null || kind == null) {
            return null;
        }
        if (kind == QuestionKind.ATTACHMENTS) {
            return new Question(id, number == null ? position : number, kind, text, options, elaboration, 0, parts,
                    Boolean.TRUE.equals(required), help, maxFiles == null ? Question.MAX_FILES : maxFiles);
        }
        return new Question(id, number == null ? position : number, kind, text, options, elaboration,
                maxLength == null ? DEFAULT_MAX_LENGTH : maxLength, parts, Boolean.TRUE.equals(required), help);
    }

    private QuestionKind kind(Fields fields) {
        String name = fields.requiredString("kind");
        if (name == null) {
            return null;
        }
        QuestionKind kind = QuestionKind.fromYaml(name).orElse(null);
        if (kind == null) {
            fields.invalid("kind", "unknown-kind", name, Arrays.stream(QuestionKind.values()).map(QuestionKind::yamlName)
                    .collect(Collectors.joining(", ")));
        }
        return kind;
    }

    private List<Option> options(Fields question, String path) {
        List<Option> options = new ArrayList<>();
        Node node = question.get("options");
        if (node == null) {
            yaml.error(path + ".options", question.node(), "options-missing");
            return options;
        }
        List<Node> items = yaml.list(node, path + ".options");
        if (items.size() < 2 && yaml.isList(node)) {
            yaml.error(path + ".options", node, "too-few-options", items.size());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Fields fields = yaml.mapping(items.get(i), path + ".options[" + i + "]", "id, label", Set.of("id", "label"));
            if (fields == null) {
                continue;
            }
            String id = id(fields);
            String label = fields.requiredString("label");
            if (id != null && !ids.add(id)) {
                fields.invalid("id", "duplicate-option-id", id);
            }
            if (id != null && label != null) {
                options.add(new Option(id, label));
            }
        }
        return options;
    }

    private Elaboration elaboration(Node node, String path) {
        if (node == null) {
            return null;
        }
        Fields fields = yaml.mapping(node, path + ".elaboration", "hint, maxLength", Set.of("hint", "maxLength"));
        if (fields == null) {
            return null;
        }
        String hint = fields.optionalString("hint");
        Integer maxLength = fields.optionalInt("maxLength", 1, LARGEST_MAX_LENGTH);
        return new Elaboration(hint, maxLength == null ? DEFAULT_MAX_LENGTH : maxLength);
    }

    private List<Part> parts(Fields question, String path, String questionId) {
        List<Part> parts = new ArrayList<>();
        Node node = question.get("parts");
        if (node == null) {
            yaml.error(path + ".parts", question.node(), "parts-missing");
            return parts;
        }
        List<Node> items = yaml.list(node, path + ".parts");
        if (items.isEmpty() && yaml.isList(node)) {
            yaml.error(path + ".parts", node, "parts-empty");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Fields fields = yaml.mapping(items.get(i), path + ".parts[" + i + "]", "id, title",
                    Set.of("id", "title", "maxLength"));
            if (fields == null) {
                continue;
            }
            String id = id(fields);
            String title = fields.requiredString("title");
            Integer maxLength = fields.optionalInt("maxLength", 1, LARGEST_MAX_LENGTH);
            if (id != null && !ids.add(id)) {
                fields.invalid("id", "duplicate-part-id", id);
            }
            if (id != null && title != null && questionId != null) {
                parts.add(new Part(id, questionId + "." + id, title, maxLength == null ? DEFAULT_MAX_LENGTH : maxLength));
            }
        }
        return parts;
    }

    private String id(Fields fields) {
        String id = fields.requiredString("id");
        if (id != null && !ID.matcher(id).matches()) {
            fields.invalid("id", "invalid-id", id);
            return null;
        }
        return id;
    }
}
