package no.innspill.mail;

/** The checks of mail input: each failure is an {@link IllegalArgumentException} naming the field. */
final class Checks {

    private Checks() {
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Non-blank, at most {@code max} characters, one line: no line break or other control character. */
    static void requireLine(String field, String value, int max) {
        require(value != null && !value.isBlank(), field + " is missing");
        requireLength(field, value, max);
        require(value.chars().noneMatch(Character::isISOControl),
                field + " must be one line, without line breaks or other control characters");
    }

    /** At most {@code max} characters; line breaks and tabs allowed, other control characters not. */
    static void requireText(String field, String value, int max) {
        require(value != null, field + " is missing");
        requireLength(field, value, max);
        require(value.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'),
                field + " contains a control character other than line break or tab");
    }

    private static void requireLength(String field, String value, int max) {
        require(value.codePointCount(0, value.length()) <= max, field + " is longer than " + max + " characters");
    }
}
