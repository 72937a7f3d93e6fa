package no.innspill.archive;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innspill.consultation.CaseNumber;

/**
 * A search of the public journal as the page's form and the API's query string give it: journal dates from and to
 * (both included), one case, a name of a sender or recipient, and where the page starts ({@link Cursor}). Read by
 * {@link #parse}, which names every field that cannot be read; nothing is searched then.
 *
 * @param caseNumber the case, or {@code null} for every public case
 * @param name       part of a party's name, in any case; {@code null} for any
 * @param cursor     where the page starts; {@code null} for the newest entries
 */
record PublicJournalQuery(LocalDate from, LocalDate to, CaseNumber caseNumber, String name, Cursor cursor, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int MAX_NAME = 100;

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern CASE_WITH_DASH = Pattern.compile("(\\d{2}|\\d{4})-(\\d{1,10})");

    /** The input fields, by the names the API gives them; the page's form has its own names for the same. */
    enum Field {
        FROM("from"), TO("to"), CASE("case"), NAME("name"), CURSOR("cursor"), LIMIT("limit");

        final String apiName;

        Field(String apiName) {
            this.apiName = apiName;
        }
    }

    /**
     * One field that cannot be read.
     *
     * @param code    names the problem for the page's message bundle ({@code public-journal.error.<code>})
     * @param message the same in English, for the API
     */
    record Problem(Field field, String code, String message) {
    }

    /** The query, or what keeps it from being one. */
    record Parsed(PublicJournalQuery query, List<Problem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Reads the fields as typed (blank is absent); {@code limit} is {@code null} for the default. */
    static Parsed parse(String from, String to, String caseNumber, String name, String cursor, String limit) {
        List<Problem> problems = new ArrayList<>();
        LocalDate fromDate = date(Field.FROM, from, problems);
        LocalDate toDate = date(Field.TO, to, problems);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            problems.add(new Problem(Field.TO, "range", "'to' (" + toDate + ") comes before 'from' (" + fromDate + ")"));
        }
        CaseNumber number = null;
        if (!blank(caseNumber)) {
            number = caseNumber(caseNumber.strip()).orElse(null);
            if (number == null) {
                problems.add(new Problem(Field.CASE, "case", "'" + shorten(caseNumber.strip()) + "' is not a case number such as 22/414"));
            }
        }
        String search = blank(name) ? null : name.strip();
        if (search != null && search.length() > MAX_NAME) {
            problems.add(new Problem(Field.NAME, "name-too-long", "'name' is longer than " + MAX_NAME + " characters"));
        }
        Cursor start = null;
        if (!blank(cursor)) {
            start = Cursor.decode(cursor.strip()).orElse(null);
            if (start == null) {
                problems.add(new Problem(Field.CURSOR, "cursor", "'cursor' is not one this journal gave; start again without it"));
            }
        }
        int size = DEFAULT_LIMIT;
        if (!blank(limit)) {
            try {
                size = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > MAX_LIMIT) {
                problems.add(new Problem(Field.LIMIT, "limit", "'limit' must be a whole number from 1 to " + MAX_LIMIT));
            }
        }
        PublicJournalQuery query = problems.isEmpty() ? new PublicJournalQuery(fromDate, toDate, number, search, start, size) : null;
        return new Parsed(query, List.copyOf(problems));
    }

    /** The same search from another place in the list. */
    PublicJournalQuery at(Cursor other) {
        return new PublicJournalQuery(from, to, caseNumber, name, other, limit);
    }

    /** 22/414, 2022/414 or, as URLs write it, 22-414. */
    private static Optional<CaseNumber> caseNumber(String text) {
        Matcher dashed = CASE_WITH_DASH.matcher(text);
        return CaseNumber.parse(dashed.matches() ? dashed.group(1) + "/" + dashed.group(2) : text);
    }

    /** An ISO date (2026-03-01, what a date input sends) or as Norwegians write it (1.3.2026). */
    private static LocalDate date(Field field, String text, List<Problem> problems) {
        if (blank(text)) {
            return null;
        }
        String value = text.strip();
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, NORWEGIAN)) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                if (date.getYear() >= 1900 && date.getYear() <= 9999) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        problems.add(new Problem(field, "date", "'" + field.apiName + "' ('" + shorten(value) + "') is not a date such as 2026-03-01"));
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /**
     * Where a page of the journal starts: just after (older than) or just before (newer than) an entry, by the
     * journal's order (journal date, journal year, sequence, newest first). Opaque to callers: base64url text.
     */
    record Cursor(boolean older, LocalDate journalDate, int journalYear, int journalSequence) {

        private static final Pattern DECODED = Pattern.compile("([on]):(\\d{4}-\\d{2}-\\d{2}):(\\d{4}):(\\d{1,9})");

        String encode() {
            String text = (older ? "o" : "n") + ":" + journalDate + ":" + journalYear + ":" + journalSequence;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
        }

        static Optional<Cursor> decode(String token) {
            if (token.length() > 64) {
                return Optional.empty();
            }
            try {
                Matcher matcher = DECODED.matcher(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII));
                if (!matcher.matches()) {
                    return Optional.empty();
                }
                return Optional.of(new Cursor(matcher.group(1).equals("o"), LocalDate.parse(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4))));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
