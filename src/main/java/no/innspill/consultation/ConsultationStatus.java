package no.innspill.consultation;

/** Where a consultation is in its life: drafted by staff, open for responses, or closed. */
public enum ConsultationStatus {
    DRAFT, OPEN, CLOSED;

    String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ConsultationStatus fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
