package no.innspill.archive;

import java.util.Arrays;
import java.util.Optional;

/** Noark's journalstatus (M053). An extract delivers entries «Arkivert» (or «Utgår»). */
public enum JournalStatus {
    JOURNALFOERT("journalfoert", "Journalført"),
    EKSPEDERT("ekspedert", "Ekspedert"),
    ARKIVERT("arkivert", "Arkivert"),
    UTGAAR("utgaar", "Utgår");

    private final String dbValue;
    private final String noark;

    JournalStatus(String dbValue, String noark) {
        this.dbValue = dbValue;
        this.noark = noark;
    }

    public String dbValue() {
        return dbValue;
    }

    /** The value Noark 5 writes: «Journalført». */
    public String noark() {
        return noark;
    }

    public static Optional<JournalStatus> fromDb(String value) {
        return Arrays.stream(values()).filter(status -> status.dbValue.equals(value)).findFirst();
    }
}
