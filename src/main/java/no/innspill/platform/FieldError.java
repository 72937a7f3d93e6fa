package no.innspill.platform;

import java.util.List;

/**
 * One problem with one input field, phrased for the person who sent it.
 *
 * @param field   where the problem is, as a path into the input ({@code answers.q1.choice},
 *                {@code questions[2].options[0].id})
 * @param message what is wrong, in plain English words (the API's language)
 * @param line    the 1-based line in a text input (a YAML definition), or {@code null}
 * @param code    a stable name for the kind of problem ({@code too-long}), so pages can say it in
 *                the reader's language; {@code null} where no page needs it
 * @param args    the values the message names (a length, a limit), for translated messages
 */
public record FieldError(String field, String message, Integer line, String code, List<Object> args) {

    public FieldError(String field, String message, Integer line) {
        this(field, message, line, null, List.of());
    }

    public static FieldError of(String field, String message) {
        return new FieldError(field, message, null);
    }

    public FieldError withCode(String code, Object... args) {
        return new FieldError(field, message, line, code, List.of(args));
    }

    @Override
    public String toString() {
        return line == null ? field + ": " + message : field + " (line " + line + "): " + message;
    }
}
