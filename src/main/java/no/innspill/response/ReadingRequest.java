package no.innspill.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;

/**
 * What the staff list and the by-question page share: the filter checked against the form (an option, a question
 * the form does not have is a clear error, not an empty list), the error summary's entries, and links that keep the
 * filter.
 */
final class ReadingRequest {

    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("kind", "filter-kind"),
            Map.entry("channel", "filter-channel"), Map.entry("late", "filter-late"),
            Map.entry("attachments", "filter-attachments"), Map.entry("invitee", "filter-invitee"),
            Map.entry("q", "filter-q"), Map.entry("in", "filter-in"), Map.entry("versions", "filter-versions"),
            Map.entry("sort", "filter-sort"), Map.entry("order", "filter-order"), Map.entry("answered", "filter-unanswered"));
    private static final List<String> FIELDS = List.of("choice", "kind", "channel", "late", "attachments", "invitee",
            "answered", "q", "in", "versions", "sort", "order", "cursor");

    private ReadingRequest() {
    }

    /** @throws InvalidInputException naming {@code choice}, {@code in} or {@code answered} when the form has no such thing */
    static void checkAgainstForm(ResponseFilter filter, ReadingScopes scopes) {
        List<FieldError> errors = new ArrayList<>();
        if (filter.choices().stream().anyMatch(c -> !scopes.knowsChoice(c.toString()))) {
            errors.add(FieldError.of("choice", "is not an option of this form").withCode("choice-unknown"));
        }
        if (filter.search() != null && filter.search().question() != null && scopes.find(filter.search().question()).isEmpty()) {
            errors.add(FieldError.of("in", "is not a question of this form").withCode("in-unknown"));
        }
        if (filter.answered() != null && scopes.find(filter.answered()).isEmpty()) {
            errors.add(FieldError.of("answered", "is not a question of this form").withCode("answered-unknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Unknown filter", errors);
        }
    }

    /** The error summary: the input to fix (its id) and the message key saying what is wrong, each field once. */
    static Map<String, String> summary(InvalidInputException e, ReadingScopes scopes) {
        Map<String, String> summary = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            String field = FIELDS.contains(error.field()) ? error.field() : "filter";
            String input = field.equals("choice") ? scopes.firstChoiceInput() : INPUTS.getOrDefault(field, "filters");
            summary.putIfAbsent(input, "reading.error." + field);
        }
        return summary;
    }

    /** A path with the query parameters, each value percent-encoded (nothing a user typed can add a parameter). */
    static String link(String path, Map<String, List<String>> query) {
        return ResponseFilter.Params.link(path, query);
    }

    /** The query with more parameters (blank values left out), in order after the filter's. */
    static Map<String, List<String>> with(Map<String, List<String>> query, String... namesAndValues) {
        Map<String, List<String>> more = new LinkedHashMap<>(query);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null && !namesAndValues[i + 1].isBlank()) {
                more.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
            } else {
                more.remove(namesAndValues[i]);
            }
        }
        return more;
    }

    /** The query without these parameters. */
    static Map<String, List<String>> without(Map<String, List<String>> query, String... names) {
        Map<String, List<String>> less = new LinkedHashMap<>(query);
        for (String name : names) {
            less.remove(name);
        }
        return less;
    }
}
