package no.innspill.form;

import java.util.Arrays;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of question a form can hold, with the names used in YAML and JSON. */
public enum QuestionKind {
    CHOICE("choice"),
    MULTIPLE_CHOICE("multiple-choice"),
    TEXT("text"),
    TEXT_WITH_PARTS("text-with-parts"),
    /** A section heading between questions; not a question, it takes no answer. */
    HEADING("heading"),
    /** The respondent uploads files (PDF, Word, OpenDocument); no text. */
    ATTACHMENTS("attachments");

    private final String yamlName;

    QuestionKind(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name in YAML definitions and in the API's JSON. */
    @JsonValue
    public String yamlName() {
        return yamlName;
    }

    static Optional<QuestionKind> fromYaml(String name) {
        return Arrays.stream(values()).filter(kind -> kind.yamlName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
