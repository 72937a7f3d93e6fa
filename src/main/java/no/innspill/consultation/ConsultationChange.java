package no.innspill.consultation;

import java.time.Instant;

/**
 * One logged change of a consultation: who changed which field when, from what to what, and why.
 * A deadline's values are instants (ISO-8601), a status's its name in the database (open, closed), a
 * detail's (title, contactEmail, …) its text, empty when it was cleared.
 */
public record ConsultationChange(Instant changedAt, String changedBy, String field, String oldValue, String newValue,
                                 String reason) {

    public boolean isDeadline() {
        return field.equals("deadline");
    }

    public boolean isStatus() {
        return field.equals("status");
    }

    /** A new version of the form: the values are the old and new version numbers. */
    public boolean isForm() {
        return field.equals("form");
    }

    public Instant oldDeadline() {
        return isDeadline() && oldValue != null ? Instant.parse(oldValue) : null;
    }

    public Instant newDeadline() {
        return isDeadline() ? Instant.parse(newValue) : null;
    }
}
