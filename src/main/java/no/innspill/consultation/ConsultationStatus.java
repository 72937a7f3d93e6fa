package no.innspill.consultation;

/**
 * Where a consultation is in its life: drafted by staff, scheduled to open by itself on its
 * publication date (still hidden), open for responses, or closed.
 */
public enum ConsultationStatus {
    DRAFT, SCHEDULED, OPEN, CLOSED;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ConsultationStatus fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
