package no.innspill.platform.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * Reads an untrusted YAML document as SnakeYAML's node tree rather than binding it to classes, so
 * that every error names its field and line, {@code yes}/{@code no} stay strings, and all errors
 * are collected before failing (an author fixes a file in one round). Several modules may read
 * their own fields of one document into the same list of errors.
 */
public final class YamlReader {

    public static final int MAX_CHARS = 1_000_000;
    /** How much of a value an error repeats: enough to find it, not a whole line of a million characters. */
    private static final int MAX_ARG_CODE_POINTS = 200;

    private final List<FieldError> errors = new ArrayList<>();
    /** The key node of each value node, so an error about a whole field points at its key's line. */
    private final Map<Node, Node> keys = new IdentityHashMap<>();
    private final MappingNode root;

    private YamlReader(MappingNode root) {
        this.root = root;
    }

    /**
     * Parses the document, whose root must be a mapping.
     *
     * @param document what the document is, for messages: {@code "definition"}
     * @throws InvalidInputException when it is empty, too large, not YAML, or not a mapping
     */
    public static YamlReader parse(String yaml, String document) {
        if (yaml == null || yaml.isBlank()) {
            throw invalid(document, List.of(fieldError(document, null, "file-empty")));
        }
        if (yaml.length() > MAX_CHARS) {
            throw invalid(document, List.of(fieldError(document, null, "file-too-large", MAX_CHARS)));
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
            throw invalid(document, List.of(fieldError(document, line == 0 ? null : line, "file-not-yaml", e.getProblem())));
        } catch (YAMLException e) {
            throw invalid(document, List.of(fieldError(document, null, "file-not-yaml", e.getMessage())));
        }
        if (!(root instanceof MappingNode mapping)) {
            throw invalid(document, List.of(fieldError(document, line(root), "file-not-a-mapping")));
        }
        return new YamlReader(mapping);
    }

    /** The root's fields; any other key is an error. */
    public Fields root(String document, Set<String> known) {
        return fields(root, "", document, known);
    }

    /**
     * The fields of a mapping node; {@code null} (with an error) when the node is no mapping.
     *
     * @param shape the fields it must have, for the error: {@code "id, label"}
     */
    public Fields mapping(Node node, String path, String shape, Set<String> known) {
        if (!(node instanceof MappingNode mapping)) {
            error(path, node, "not-a-mapping", shape);
            return null;
        }
        return fields(mapping, path + ".", path, known);
    }

    /** The items of a list node; empty (with an error) when the node is no list. */
    public List<Node> list(Node node, String path) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        error(path, node, "not-a-list");
        return List.of();
    }

    public boolean isList(Node node) {
        return node instanceof SequenceNode;
    }

    /** A scalar's text; YAML's null ({@code ~}, {@code null}) is the empty string, not the text "null". */
    public String scalar(Node node, String path) {
        if (node instanceof ScalarNode scalar) {
            return Tag.NULL.equals(scalar.getTag()) ? "" : scalar.getValue();
        }
        error(path, node, "not-a-single-value");
        return null;
    }

    /**
     * Records an error at the node's line, as a code and its arguments ({@code definition.error.<code>} in the
     * definition bundle), with the English words as its message.
     */
    public void error(String field, Node node, String code, Object... args) {
        errors.add(fieldError(field, line(node), code, args));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** @throws InvalidInputException with every error found, when there is one */
    public void failOnErrors(String document) {
        if (!errors.isEmpty()) {
            throw invalid(document, errors);
        }
    }

    private Fields fields(MappingNode mapping, String prefix, String self, Set<String> known) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                error(self, tuple.getKeyNode(), "key-not-a-name");
            } else if (fields.containsKey(key)) {
                error(prefix + key, tuple.getKeyNode(), "duplicate-field");
            } else if (!known.contains(key)) {
                error(prefix + key, tuple.getKeyNode(), "unknown-field", String.join(", ", known.stream().sorted().toList()));
            } else {
                fields.put(key, tuple.getValueNode());
                keys.put(tuple.getValueNode(), tuple.getKeyNode());
            }
        }
        return new Fields(mapping, prefix, fields);
    }

    /** Arguments are kept as text, as the author wrote them (never 1,000,000), and a long value is shortened. */
    private static FieldError fieldError(String field, Integer line, String code, Object... args) {
        List<Object> texts = Arrays.stream(args).map(YamlReader::shortened).map(Object.class::cast).toList();
        return new FieldError(field, YamlErrorTexts.text(code, texts, Locale.ENGLISH), line, code, texts);
    }

    private static String shortened(Object arg) {
        String text = String.valueOf(arg);
        return text.codePointCount(0, text.length()) <= MAX_ARG_CODE_POINTS ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_ARG_CODE_POINTS)) + "…";
    }

    private static Integer line(Node node) {
        return node == null || node.getStartMark() == null ? null : node.getStartMark().getLine() + 1;
    }

    private static InvalidInputException invalid(String document, List<FieldError> errors) {
        return new InvalidInputException("The " + document + " has " + errors.size()
                + (errors.size() == 1 ? " error" : " errors"), errors);
    }

    /** The known fields of one mapping, read with the reader's error list; {@code prefix} is the path before a key. */
    public final class Fields {

        private final MappingNode mapping;
        private final String prefix;
        private final Map<String, Node> values;

        private Fields(MappingNode mapping, String prefix, Map<String, Node> values) {
            this.mapping = mapping;
            this.prefix = prefix;
            this.values = values;
        }

        public Node node() {
            return mapping;
        }

        public Node get(String key) {
            return values.get(key);
        }

        public boolean has(String key) {
            return values.containsKey(key);
        }

        public String path(String key) {
            return prefix + key;
        }

        /** The value, stripped; {@code null} with an error when missing, blank or not a single value. */
        public String requiredString(String key) {
            Node node = values.get(key);
            if (node == null) {
                YamlReader.this.error(path(key), mapping, "missing");
                return null;
            }
            String value = scalar(node, path(key));
            if (value != null && value.isBlank()) {
                YamlReader.this.error(path(key), node, "empty");
                return null;
            }
            return value == null ? null : value.strip();
        }

        /** The value, stripped; {@code null} when missing or blank. */
        public String optionalString(String key) {
            Node node = values.get(key);
            if (node == null) {
                return null;
            }
            String value = scalar(node, path(key));
            return value == null || value.isBlank() ? null : value.strip();
        }

        public Integer optionalInt(String key, int min, int max) {
            Node node = values.get(key);
            if (node == null) {
                return null;
            }
            String value = scalar(node, path(key));
            if (value == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(value.strip());
                if (number < min || number > max) {
                    YamlReader.this.error(path(key), node, "out-of-range", number, min, max);
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                YamlReader.this.error(path(key), node, "not-a-whole-number", value);
                return null;
            }
        }

        /** {@code true} or {@code false} (JSON's booleans, YAML's words); {@code null} when missing, with an error when neither. */
        public Boolean optionalBoolean(String key) {
            Node node = values.get(key);
            if (node == null) {
                return null;
            }
            String value = scalar(node, path(key));
            if (value == null) {
                return null;
            }
            return switch (value.strip()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> {
                    YamlReader.this.error(path(key), node, "not-a-boolean", value);
                    yield null;
                }
            };
        }

        /** An error about the field as a whole, at its key's line, when the field is there. */
        public void notAllowed(String key, String code, Object... args) {
            if (values.containsKey(key)) {
                YamlReader.this.error(path(key), keys.get(values.get(key)), code, args);
            }
        }

        /** An error about the field's value, at its line (the mapping's when it is missing). */
        public void invalid(String key, String code, Object... args) {
            Node node = values.get(key);
            YamlReader.this.error(path(key), node == null ? mapping : node, code, args);
        }
    }
}
