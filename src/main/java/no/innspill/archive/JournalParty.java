package no.innspill.archive;

/**
 * A korrespondansepart of a journal entry.
 *
 * @param organisationNumber the organisation's, or {@code null} (Noark writes it as the {@code part}'s partID)
 * @param privatePerson      a private person: their name leaves the public journal's name search after a year
 */
public record JournalParty(int position, Type type, String name, String organisationNumber, String email, boolean privatePerson) {

    /** Noark's korrespondanseparttype (M087), the ones a consultation uses. */
    public enum Type {
        SENDER("avsender", "Avsender"),
        RECIPIENT("mottaker", "Mottaker"),
        COPY_RECIPIENT("kopimottaker", "Kopimottaker");

        private final String dbValue;
        private final String noark;

        Type(String dbValue, String noark) {
            this.dbValue = dbValue;
            this.noark = noark;
        }

        public String dbValue() {
            return dbValue;
        }

        public String noark() {
            return noark;
        }

        static Type fromDb(String value) {
            for (Type type : values()) {
                if (type.dbValue.equals(value)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("No party type " + value);
        }
    }
}
