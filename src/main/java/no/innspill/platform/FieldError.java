package no.innspill.platform;

/**
 * One problem with one input field, phrased for the person who sent it.
 *
 * @param field   where the problem is, as a path into the input ({@code answers.q1.choice},
 *                {@code questions[2].options[0].id})
 * @param message what is wrong, in plain words
 * @param line    the 1-based line in a text input (a YAML definition), or {@code null}
 */
public record FieldError(String field, String message, Integer line) {

    public static FieldError of(String field, String message) {
        return new FieldError(field, message, null);
    }

    @Override
    public String toString() {
        return line == null ? field + ": " + message : field + " (line " + line + "): " + message;
    }
}
