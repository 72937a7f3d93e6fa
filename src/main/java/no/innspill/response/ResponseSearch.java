package no.innspill.response;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.InvalidParameterException;

/**
 * A full-text search over the responses: PostgreSQL's {@code norwegian} configuration (stemming, stop words) over the
 * respondent's name, the answers and the attached files' text, optionally scoped to one question (with its parts).
 * The text is what a case worker types: words (all must occur), {@code "a phrase"}, {@code or}, {@code -word} to
 * leave out ({@code websearch_to_tsquery}), and {@code word*} for a prefix. Never part of the SQL text: every word
 * travels as a bind parameter, and nothing a user types makes the query fail.
 */
public record ResponseSearch(String text, String question) {

    public static final int MAX_LENGTH = 500;
    private static final Pattern PREFIX = Pattern.compile("[\\p{L}\\p{N}]+\\*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\x{FFFE}\\x{FFFF}]");

    /**
     * @param q  the search text; blank means no search (null)
     * @param in the answer id the search is scoped to ({@code q2} with its parts, {@code q2.goal3}); blank means all
     * @throws InvalidInputException naming {@code q} when it is too long, {@code in} when it is not an answer id
     */
    public static ResponseSearch parse(String q, String in) {
        if (q == null || q.isBlank()) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        if (q.length() > MAX_LENGTH) {
            errors.add(FieldError.of("q", "is longer than " + MAX_LENGTH + " characters").withCode("q-too-long"));
        }
        String question = in == null || in.isBlank() ? null : in.strip();
        if (question != null && !question.matches("[A-Za-z0-9_.-]{1,100}")) {
            errors.add(FieldError.of("in", "is not an answer id like q2 or q2.goal3").withCode("in-invalid"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException("Invalid search", errors);
        }
        // control characters (NUL above all) cannot reach PostgreSQL's text functions; they separate words instead
        return new ResponseSearch(CONTROL.matcher(q).replaceAll(" ").strip(), question);
    }

    /**
     * The tsquery expression and its parameters: the text as {@code websearch_to_tsquery} reads it, and each
     * {@code word*} outside quotes as a prefix query joined with {@code &&}.
     */
    ResponseFilter.Where tsquery() {
        StringBuilder words = new StringBuilder();
        List<String> prefixes = new ArrayList<>();
        boolean quoted = false;
        for (String token : text.split("(?<=\")|(?=\")|\\s+")) {
            if (token.equals("\"")) {
                quoted = !quoted;
                words.append('"');
                continue;
            }
            if (!quoted && PREFIX.matcher(token).matches()) {
                prefixes.add(token.substring(0, token.length() - 1) + ":*");
            } else {
                words.append(token).append(' ');
            }
        }
        StringBuilder sql = new StringBuilder("websearch_to_tsquery('norwegian', ?)");
        List<Object> params = new ArrayList<>(List.of(words.toString().strip()));
        for (String prefix : prefixes) {
            sql.append(" && to_tsquery('norwegian', ?)");
            params.add(prefix);
        }
        return new ResponseFilter.Where("(" + sql + ")", params);
    }

    /** The condition over {@code response r}: the search document matches, and so does the question's text when scoped. */
    ResponseFilter.Where condition() {
        ResponseFilter.Where query = tsquery();
        List<Object> params = new ArrayList<>(query.params());
        String sql = "r.search_vector @@ " + query.sql();
        if (question != null) {
            sql += " and to_tsvector('norwegian', innspill_question_text(r.answers, ?)) @@ " + query.sql();
            params.add(question);
            params.addAll(query.params());
        }
        return new ResponseFilter.Where("(" + sql + ")", params);
    }

    /** The rank of a row for the relevance sort: name above answers above attachments (weights A, B, C). */
    ResponseFilter.Where rank() {
        ResponseFilter.Where query = tsquery();
        return new ResponseFilter.Where("ts_rank_cd(r.search_vector, " + query.sql() + ")", query.params());
    }
}
