package no.innspill.analysis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a passage the analyst typed or pasted stands in an answer's text: exactly, or else with any run of white space
 * matching any other (a copy from a page joins lines and paragraphs with spaces). The first occurrence wins; offsets in
 * code points, end exclusive.
 */
final class PassageFinder {

    record Found(int start, int end) {
    }

    private PassageFinder() {
    }

    static Optional<Found> find(String text, String passage) {
        if (text == null || passage == null || passage.isBlank()) {
            return Optional.empty();
        }
        String wanted = passage.strip();
        int at = text.indexOf(wanted);
        if (at >= 0) {
            return Optional.of(found(text, at, at + wanted.length()));
        }
        StringBuilder regex = new StringBuilder();
        for (String word : wanted.split("\\s+")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        return m.find() ? Optional.of(found(text, m.start(), m.end())) : Optional.empty();
    }

    private static Found found(String text, int start, int end) {
        return new Found(text.codePointCount(0, start), text.codePointCount(0, end));
    }

    /** The text between two code point offsets. */
    static String slice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
