package no.innspill.consultation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case number (saksnummer): the case's year and its sequence number in that year. Written
 * {@code 22/414} or {@code 2022/414} (a two-digit year means 20YY), with or without leading zeros in
 * the number ({@code 22/00414}, as some archive systems print it); always shown in its short form
 * {@code 22/414} and in URLs as {@code 22-414}.
 *
 * <p>Years are 2000–2099: only there does the two-digit short form, which the pages, the URLs and the
 * document numbers use, name one year. The sequence number starts at 1 (as Noark's does) and has at
 * most six digits.
 */
public record CaseNumber(int year, int sequence) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    public static final int LARGEST_SEQUENCE = 999_999;

    /** Two or four digits, a slash, digits; at most ten of them, so that no number overflows. */
    private static final Pattern WRITTEN = Pattern.compile("(\\d{2}|\\d{4})/(\\d{1,10})");
    private static final Pattern SLUG = Pattern.compile("(\\d{2})-(\\d{1,6})");

    public CaseNumber {
        if (year < FIRST_YEAR || year > LAST_YEAR || sequence < 1 || sequence > LARGEST_SEQUENCE) {
            throw new IllegalArgumentException("No case number " + year + "/" + sequence);
        }
    }

    /** Reads {@code 22/414}, {@code 2022/414} or {@code 22/00414}; empty for anything else, also {@code 1999/5}. */
    public static Optional<CaseNumber> parse(String text) {
        Matcher written = text == null ? null : WRITTEN.matcher(text);
        if (written == null || !written.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(written.group(1));
        return of(written.group(1).length() == 2 ? 2000 + year : year, Long.parseLong(written.group(2)));
    }

    /** Whether the text has the shape of a case number but a year outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}. */
    public static boolean hasYearOutOfRange(String text) {
        Matcher written = text == null ? null : WRITTEN.matcher(text);
        if (written == null || !written.matches() || written.group(1).length() == 2) {
            return false;
        }
        int year = Integer.parseInt(written.group(1));
        return year < FIRST_YEAR || year > LAST_YEAR;
    }

    /** Reads the URL form, {@code 22-414}. */
    public static Optional<CaseNumber> fromSlug(String slug) {
        Matcher matcher = slug == null ? null : SLUG.matcher(slug);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return of(2000 + Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    /** {@code 22/414}, as pages, documents and document numbers show it. */
    public String shortForm() {
        return String.format("%02d/%d", year % 100, sequence);
    }

    /** {@code 22-414}, as URLs hold it. */
    public String slug() {
        return Consultation.toSlug(shortForm());
    }

    @Override
    public String toString() {
        return shortForm();
    }

    private static Optional<CaseNumber> of(int year, long sequence) {
        if (year < FIRST_YEAR || year > LAST_YEAR || sequence < 1 || sequence > LARGEST_SEQUENCE) {
            return Optional.empty();
        }
        return Optional.of(new CaseNumber(year, (int) sequence));
    }
}
