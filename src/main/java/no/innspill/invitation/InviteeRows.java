package no.innspill.invitation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.response.OrganisationNumber;

/**
 * Checks the rows of a høringsliste, every row and every field, so one answer names each problem:
 * the row (as the file numbers it), the field and what is wrong. Each error has a code and the
 * arguments (row, field, and for a duplicate the earlier row) that pages word in the reader's language.
 */
final class InviteeRows {

    static final int MAX_ROWS = 5000;
    static final int MAX_NAME = 300;
    static final int MAX_EMAIL = 254;
    private static final int MAX_ERRORS = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t]]");

    private InviteeRows() {
    }

    /** A row as read, before it is checked; {@code row} is its number in the file (or list). */
    record Raw(int row, String name, String organisationNumber, String email, String kind) {
    }

    /**
     * @throws InvalidInputException naming every problem of every row; then nothing is to be stored
     */
    static List<InviteeEntry> check(List<Raw> rows) {
        if (rows.size() > MAX_ROWS) {
            throw fileError("too-many-rows", "has " + rows.size() + " rows; a list takes at most " + MAX_ROWS, MAX_ROWS);
        }
        List<FieldError> errors = new ArrayList<>();
        List<InviteeEntry> entries = new ArrayList<>();
        Map<String, Integer> organisationNumbers = new HashMap<>();
        Map<String, Integer> emails = new HashMap<>();
        for (Raw raw : rows) {
            InviteeEntry entry = checkOne(raw, errors);
            if (entry == null) {
                continue;
            }
            if (entry.organisationNumber() != null) {
                Integer earlier = organisationNumbers.putIfAbsent(entry.organisationNumber(), raw.row());
                if (earlier != null) {
                    errors.add(error(raw.row(), "organisationNumber", "duplicate-organisation-number",
                            "is the same as in row " + earlier, earlier));
                }
            }
            if (entry.email() != null) {
                Integer earlier = emails.putIfAbsent(entry.email().toLowerCase(Locale.ROOT), raw.row());
                if (earlier != null) {
                    errors.add(error(raw.row(), "email", "duplicate-email", "is the same as in row " + earlier, earlier));
                }
            }
            entries.add(entry);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The list has " + errors.size() + " problem(s); nothing was imported",
                    errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        }
        return entries;
    }

    /** One invitee on its own (the add form), checked the same way. */
    static InviteeEntry checkOne(Raw raw) {
        List<FieldError> errors = new ArrayList<>();
        InviteeEntry entry = checkOne(raw, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The invitee is not valid", errors);
        }
        return entry;
    }

    private static InviteeEntry checkOne(Raw raw, List<FieldError> errors) {
        int before = errors.size();
        int row = raw.row();
        String name = blankToNull(raw.name());
        if (name == null) {
            errors.add(error(row, "name", "name-missing", "is missing"));
        } else if (name.length() > MAX_NAME) {
            errors.add(error(row, "name", "name-too-long", "is " + name.length() + " characters; the limit is " + MAX_NAME, MAX_NAME));
        } else if (CONTROL.matcher(name).find()) {
            errors.add(error(row, "name", "control-characters", "contains control characters"));
        }
        String organisationNumber = blankToNull(OrganisationNumber.normalise(raw.organisationNumber()));
        if (organisationNumber != null) {
            if (!organisationNumber.matches("[0-9]{9}")) {
                errors.add(error(row, "organisationNumber", "organisation-number-format",
                        "must be nine digits (\"" + shorten(organisationNumber) + "\")"));
            } else if (!OrganisationNumber.isValid(organisationNumber)) {
                errors.add(error(row, "organisationNumber", "organisation-number-check",
                        organisationNumber + " has a wrong check digit (MOD11); check for a typing error"));
            }
        }
        String email = blankToNull(raw.email());
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            errors.add(error(row, "email", "email-invalid", "is not an e-mail address (\"" + shorten(email) + "\")"));
        }
        var kind = InviteeKind.read(raw.kind());
        if (kind.isEmpty()) {
            errors.add(error(row, "kind", "kind-unknown", "\"" + shorten(raw.kind()) + "\" is not a kind; use statlig, kommune,"
                    + " organisasjon, privat or annet"));
        }
        return errors.size() > before ? null : new InviteeEntry(name, organisationNumber, email, kind.get());
    }

    static FieldError error(int row, String field, String code, String message, Object... extra) {
        Object[] args = new Object[2 + extra.length];
        args[0] = row;
        args[1] = field;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return FieldError.of("rows[" + row + "]." + field, "row " + row + ", " + field + ": " + message).withCode(code, args);
    }

    /** A problem with the file as a whole: it is not a list we can read. */
    static InvalidInputException fileError(String code, String message, Object... args) {
        return new InvalidInputException("The list cannot be read",
                List.of(FieldError.of("file", message).withCode(code, args)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
