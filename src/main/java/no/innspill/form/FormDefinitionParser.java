package no.innspill.form;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.innspill.form.Question.Elaboration;
import no.innspill.form.Question.Option;
import no.innspill.form.Question.Part;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a form definition from YAML. Works on SnakeYAML's node tree rather than binding to
 * classes, so every error can name its field and line, and {@code yes}/{@code no} stay strings.
 * Collects all errors before failing, so an author fixes a file in one round.
 */
final class FormDefinitionParser {

    static final int MAX_DEFINITION_CHARS = 1_000_000;
    static final int DEFAULT_MAX_LENGTH = 20_000;
    static final int LARGEST_MAX_LENGTH = 100_000;
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final Pattern CASE_NUMBER = Pattern.compile("\\d{2}/\\d{1,6}");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<FieldError> errors = new ArrayList<>();
    /** The key node of each value node, so an error about a whole field points at its key's line. */
    private final Map<Node, Node> keys = new java.util.IdentityHashMap<>();

    static FormDefinition parse(String yaml) {
        return new FormDefinitionParser().read(yaml);
    }

    private FormDefinition read(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw invalid(List.of(FieldError.of("definition", "is empty")));
        }
        if (yaml.length() > MAX_DEFINITION_CHARS) {
            throw invalid(List.of(FieldError.of("definition", "is larger than " + MAX_DEFINITION_CHARS + " characters")));
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            options.setNestingDepthLimit(20);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw invalid(List.of(new FieldError("definition", "is not valid YAML: " + e.getProblem(), line == 0 ? null : line)));
        } catch (YAMLException e) {
            throw invalid(List.of(FieldError.of("definition", "is not valid YAML: " + e.getMessage())));
        }
        if (!(root instanceof MappingNode mapping)) {
            throw invalid(List.of(new FieldError("definition", "must be a mapping of fields (caseNumber, title, …)", line(root))));
        }
        Map<String, Node> fields = fields(mapping, "", Set.of("caseNumber", "title", "owner", "deadline",
                "responseEmail", "intro", "emailInstructions", "themes", "questions"));

        String caseNumber = requiredString(fields, "caseNumber", "", mapping);
        if (caseNumber != null && !CASE_NUMBER.matcher(caseNumber).matches()) {
            error("caseNumber", fields.get("caseNumber"), "\"" + caseNumber + "\" is not a case number like 22/414");
        }
        String title = requiredString(fields, "title", "", mapping);
        String owner = requiredString(fields, "owner", "", mapping);
        LocalDateTime deadline = deadline(fields, mapping);
        String responseEmail = requiredString(fields, "responseEmail", "", mapping);
        if (responseEmail != null && !EMAIL.matcher(responseEmail).matches()) {
            error("responseEmail", fields.get("responseEmail"), "\"" + responseEmail + "\" is not an e-mail address");
        }
        String intro = optionalString(fields, "intro", "");
        String emailInstructions = optionalString(fields, "emailInstructions", "");
        List<String> themes = themes(fields.get("themes"));
        List<Question> questions = questions(fields.get("questions"), mapping);

        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new FormDefinition(caseNumber, title, owner, deadline, responseEmail, intro, emailInstructions, themes, questions);
    }

    private LocalDateTime deadline(Map<String, Node> fields, Node parent) {
        String value = requiredString(fields, "deadline", "", parent);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("T") ? LocalDateTime.parse(value) : LocalDate.parse(value).atTime(END_OF_DAY);
        } catch (DateTimeParseException e) {
            error("deadline", fields.get("deadline"), "\"" + value + "\" is not a date (2022-10-01) or a local date-time (2022-10-01T12:00)");
            return null;
        }
    }

    private List<String> themes(Node node) {
        List<String> themes = new ArrayList<>();
        if (node == null) {
            return themes;
        }
        List<Node> items = sequence(node, "themes");
        for (int i = 0; i < items.size(); i++) {
            String theme = scalar(items.get(i), "themes[" + i + "]");
            if (theme != null && !theme.isBlank() && themes.contains(theme.strip())) {
                error("themes[" + i + "]", items.get(i), "duplicate theme \"" + theme.strip() + "\"");
            } else if (theme != null && !theme.isBlank()) {
                themes.add(theme.strip());
            } else if (theme != null) {
                error("themes[" + i + "]", items.get(i), "is empty");
            }
        }
        return themes;
    }

    private List<Question> questions(Node node, Node parent) {
        List<Question> questions = new ArrayList<>();
        if (node == null) {
            error("questions", parent, "is missing; a form needs at least one question");
            return questions;
        }
        List<Node> items = sequence(node, "questions");
        if (items.isEmpty() && node instanceof SequenceNode) {
            error("questions", node, "is empty; a form needs at least one question");
        }
        Set<String> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Question question = question(items.get(i), "questions[" + i + "]", i + 1);
            if (question != null) {
                if (!ids.add(question.id())) {
                    error("questions[" + i + "].id", items.get(i), "duplicate question id \"" + question.id() + "\"");
                }
                if (!numbers.add(question.number())) {
                    error("questions[" + i + "].number", items.get(i), "duplicate question number " + question.number());
                }
                questions.add(question);
            }
        }
        return questions;
    }

    private Question question(Node node, String path, int position) {
        if (!(node instanceof MappingNode mapping)) {
            error(path, node, "must be a mapping with id, kind and text");
            return null;
        }
        Map<String, Node> fields = fields(mapping, path + ".", Set.of("id", "number", "kind", "text", "options",
                "elaboration", "maxLength", "parts"));
        String id = id(fields, path, mapping);
        Integer number = optionalInt(fields, "number", path + ".", 1, 999);
        String text = requiredString(fields, "text", path + ".", mapping);
        String kindName = requiredString(fields, "kind", path + ".", mapping);
        QuestionKind kind = null;
        if (kindName != null) {
            kind = QuestionKind.fromYaml(kindName).orElse(null);
            if (kind == null) {
                error(path + ".kind", fields.get("kind"), "\"" + kindName + "\" is not a kind; use choice, text or text-with-parts");
            }
        }
        Integer maxLength = optionalInt(fields, "maxLength", path + ".", 1, LARGEST_MAX_LENGTH);
        List<Option> options = List.of();
        Elaboration elaboration = null;
        List<Part> parts = List.of();
        if (kind == QuestionKind.CHOICE) {
            options = options(fields.get("options"), path, mapping);
            elaboration = elaboration(fields.get("elaboration"), path);
            notAllowed(fields, "parts", path, kind);
            notAllowed(fields, "maxLength", path, kind); // a choice's text limit belongs to its elaboration
        } else if (kind != null) {
            notAllowed(fields, "options", path, kind);
            notAllowed(fields, "elaboration", path, kind);
            if (kind == QuestionKind.TEXT_WITH_PARTS) {
                parts = parts(fields.get("parts"), path, id, mapping);
            } else {
                notAllowed(fields, "parts", path, kind);
            }
        }
        if (id == null || text == null || kind == null) {
            return null;
        }
        return new Question(id, number == null ? position : number, kind, text, options, elaboration,
                maxLength == null ? DEFAULT_MAX_LENGTH : maxLength, parts);
    }

    private List<Option> options(Node node, String path, Node parent) {
        List<Option> options = new ArrayList<>();
        if (node == null) {
            error(path + ".options", parent, "is missing; a choice needs at least two options");
            return options;
        }
        List<Node> items = sequence(node, path + ".options");
        if (items.size() < 2 && node instanceof SequenceNode) {
            error(path + ".options", node, "has " + items.size() + " option(s); a choice needs at least two");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + ".options[" + i + "]";
            if (!(items.get(i) instanceof MappingNode mapping)) {
                error(itemPath, items.get(i), "must be a mapping with id and label");
                continue;
            }
            Map<String, Node> fields = fields(mapping, itemPath + ".", Set.of("id", "label"));
            String id = id(fields, itemPath, mapping);
            String label = requiredString(fields, "label", itemPath + ".", mapping);
            if (id != null && !ids.add(id)) {
                error(itemPath + ".id", fields.get("id"), "duplicate option id \"" + id + "\"");
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
        String elaborationPath = path + ".elaboration";
        if (!(node instanceof MappingNode mapping)) {
            error(elaborationPath, node, "must be a mapping with hint and maxLength");
            return null;
        }
        Map<String, Node> fields = fields(mapping, elaborationPath + ".", Set.of("hint", "maxLength"));
        String hint = optionalString(fields, "hint", elaborationPath + ".");
        Integer maxLength = optionalInt(fields, "maxLength", elaborationPath + ".", 1, LARGEST_MAX_LENGTH);
        return new Elaboration(hint, maxLength == null ? DEFAULT_MAX_LENGTH : maxLength);
    }

    private List<Part> parts(Node node, String path, String questionId, Node parent) {
        List<Part> parts = new ArrayList<>();
        if (node == null) {
            error(path + ".parts", parent, "is missing; a text-with-parts question needs at least one part");
            return parts;
        }
        List<Node> items = sequence(node, path + ".parts");
        if (items.isEmpty() && node instanceof SequenceNode) {
            error(path + ".parts", node, "is empty; a text-with-parts question needs at least one part");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + ".parts[" + i + "]";
            if (!(items.get(i) instanceof MappingNode mapping)) {
                error(itemPath, items.get(i), "must be a mapping with id and title");
                continue;
            }
            Map<String, Node> fields = fields(mapping, itemPath + ".", Set.of("id", "title", "maxLength"));
            String id = id(fields, itemPath, mapping);
            String title = requiredString(fields, "title", itemPath + ".", mapping);
            Integer maxLength = optionalInt(fields, "maxLength", itemPath + ".", 1, LARGEST_MAX_LENGTH);
            if (id != null && !ids.add(id)) {
                error(itemPath + ".id", fields.get("id"), "duplicate part id \"" + id + "\"");
            }
            if (id != null && title != null && questionId != null) {
                parts.add(new Part(id, questionId + "." + id, title, maxLength == null ? DEFAULT_MAX_LENGTH : maxLength));
            }
        }
        return parts;
    }

    // --- small readers that record errors instead of throwing -------------------------------

    private Map<String, Node> fields(MappingNode mapping, String prefix, Set<String> known) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                error(prefix.isEmpty() ? "definition" : prefix.substring(0, prefix.length() - 1), tuple.getKeyNode(), "has a key that is not a plain name");
            } else if (fields.containsKey(key)) {
                error(prefix + key, tuple.getKeyNode(), "appears twice");
            } else if (!known.contains(key)) {
                error(prefix + key, tuple.getKeyNode(), "is not a known field; expected one of " + String.join(", ", sorted(known)));
            } else {
                fields.put(key, tuple.getValueNode());
                keys.put(tuple.getValueNode(), tuple.getKeyNode());
            }
        }
        return fields;
    }

    private String id(Map<String, Node> fields, String path, Node parent) {
        String id = requiredString(fields, "id", path + ".", parent);
        if (id != null && !ID.matcher(id).matches()) {
            error(path + ".id", fields.get("id"), "\"" + id + "\" is not a valid id: use lowercase letters, digits and _ , starting with a letter (at most 40)");
            return null;
        }
        return id;
    }

    private String requiredString(Map<String, Node> fields, String key, String prefix, Node parent) {
        Node node = fields.get(key);
        if (node == null) {
            error(prefix + key, parent, "is missing");
            return null;
        }
        String value = scalar(node, prefix + key);
        if (value != null && value.isBlank()) {
            error(prefix + key, node, "is empty");
            return null;
        }
        return value == null ? null : value.strip();
    }

    private String optionalString(Map<String, Node> fields, String key, String prefix) {
        Node node = fields.get(key);
        if (node == null) {
            return null;
        }
        String value = scalar(node, prefix + key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Integer optionalInt(Map<String, Node> fields, String key, String prefix, int min, int max) {
        Node node = fields.get(key);
        if (node == null) {
            return null;
        }
        String value = scalar(node, prefix + key);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                error(prefix + key, node, number + " is outside " + min + "–" + max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            error(prefix + key, node, "\"" + value + "\" is not a whole number");
            return null;
        }
    }

    private String scalar(Node node, String path) {
        if (node instanceof ScalarNode scalar) {
            return Tag.NULL.equals(scalar.getTag()) ? "" : scalar.getValue(); // ~ and null mean empty, not the text "null"
        }
        error(path, node, "must be a single value, not a " + (node instanceof SequenceNode ? "list" : "mapping"));
        return null;
    }

    private List<Node> sequence(Node node, String path) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        error(path, node, "must be a list");
        return List.of();
    }

    private void notAllowed(Map<String, Node> fields, String key, String path, QuestionKind kind) {
        if (fields.containsKey(key)) {
            error(path + "." + key, keys.get(fields.get(key)), "is not allowed for a question of kind " + kind);
        }
    }

    private void error(String field, Node node, String message) {
        errors.add(new FieldError(field, message, line(node)));
    }

    private static Integer line(Node node) {
        return node == null || node.getStartMark() == null ? null : node.getStartMark().getLine() + 1;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static InvalidInputException invalid(List<FieldError> errors) {
        return new InvalidInputException("The form definition has " + errors.size()
                + (errors.size() == 1 ? " error" : " errors"), errors);
    }
}
