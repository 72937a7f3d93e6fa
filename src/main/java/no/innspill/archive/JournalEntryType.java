package no.innspill.archive;

import java.util.Arrays;
import java.util.Optional;

/** Noark's journalposttype (M082), for the two kinds a consultation's case has. */
public enum JournalEntryType {
    INCOMING("incoming", "Inngående dokument"),
    OUTGOING("outgoing", "Utgående dokument");

    private final String dbValue;
    private final String noark;

    JournalEntryType(String dbValue, String noark) {
        this.dbValue = dbValue;
        this.noark = noark;
    }

    public String dbValue() {
        return dbValue;
    }

    /** The value Noark 5 writes: «Inngående dokument». */
    public String noark() {
        return noark;
    }

    public static Optional<JournalEntryType> fromDb(String value) {
        return Arrays.stream(values()).filter(type -> type.dbValue.equals(value)).findFirst();
    }
}
