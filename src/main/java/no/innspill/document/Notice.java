package no.innspill.document;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a person should be told about a document that was read, as a stable code and the values it
 * names (a question's number, a field's tag, a file name), never as a sentence: the module that
 * shows it words it from its message bundle in the reader's language (intake: {@code intake.notice.<code>}).
 * Stored as it is, so that a stored notice reads in whatever language its reader picks.
 */
public record Notice(String code, List<String> args) {

    public Notice {
        Objects.requireNonNull(code, "code");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Notice of(String code, Object... args) {
        return new Notice(code, Arrays.stream(args).map(String::valueOf).toList());
    }
}
