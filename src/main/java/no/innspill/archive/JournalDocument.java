package no.innspill.archive;

import java.util.UUID;

/**
 * A document of a journal entry (dokumentbeskrivelse with its one PDF/A dokumentobjekt).
 *
 * @param documentNumber 1 for the main document, 2, 3, … for the attachments
 * @param sourceRef      for {@link Source#ATTACHMENT} the file's position in the response; for
 *                       {@link Source#INTAKE_ORIGINAL} the intake item's id; for
 *                       {@link Source#CONSULTATION_DOCUMENT} the document's id; {@code null} for {@link Source#RESPONSE}
 */
public record JournalDocument(int documentNumber, Role role, String title, Source source, Long sourceRef,
                              UUID descriptionSystemId, UUID objectSystemId) {

    /** Noark's tilknyttetRegistreringSom (M217). */
    public enum Role {
        MAIN("hoveddokument", "Hoveddokument"),
        ATTACHMENT("vedlegg", "Vedlegg");

        private final String dbValue;
        private final String noark;

        Role(String dbValue, String noark) {
            this.dbValue = dbValue;
            this.noark = noark;
        }

        public String dbValue() {
            return dbValue;
        }

        public String noark() {
            return noark;
        }

        static Role fromDb(String value) {
            return value.equals(MAIN.dbValue) ? MAIN : ATTACHMENT;
        }
    }

    /** Where the document's PDF/A comes from. */
    public enum Source {
        /** the response's archive copy ({@link ArchiveCopies#find}) */
        RESPONSE("response"),
        /** the archive copy of a file attached to the response ({@link ArchiveCopies#findAttachment}) */
        ATTACHMENT("attachment"),
        /** the file an intake item was read from, as an archive copy */
        INTAKE_ORIGINAL("intake-original"),
        /** one of the consultation's own documents (høringsbrev, høringsnotat, …) */
        CONSULTATION_DOCUMENT("consultation-document");

        private final String dbValue;

        Source(String dbValue) {
            this.dbValue = dbValue;
        }

        public String dbValue() {
            return dbValue;
        }

        static Source fromDb(String value) {
            for (Source source : values()) {
                if (source.dbValue.equals(value)) {
                    return source;
                }
            }
            throw new IllegalArgumentException("No document source " + value);
        }
    }
}
