package no.innspill.response.answerform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a filled-in form, as a page shows it: one message per input, in the order
 * found, so the error summary links each one to its input.
 */
public final class PageErrors {

    /** One error: the id of the input it belongs to, and what is wrong, in the reader's language. */
    public record PageError(String inputId, String message) {
    }

    private final Map<String, PageError> byInput = new LinkedHashMap<>();

    public static PageErrors none() {
        return new PageErrors();
    }

    /** Adds an error unless the input has one already: the first is the one to fix first. */
    public void add(String inputId, String message) {
        byInput.putIfAbsent(inputId, new PageError(inputId, message));
    }

    /** These errors and then those of {@code other}, each input's first kept. */
    public PageErrors with(PageErrors other) {
        PageErrors merged = new PageErrors();
        all().forEach(error -> merged.add(error.inputId(), error.message()));
        other.all().forEach(error -> merged.add(error.inputId(), error.message()));
        return merged;
    }

    /** The message for one input, or {@code null}. */
    public String message(String inputId) {
        PageError error = byInput.get(inputId);
        return error == null ? null : error.message();
    }

    public Collection<PageError> all() {
        return byInput.values();
    }

    public boolean isEmpty() {
        return byInput.isEmpty();
    }
}
