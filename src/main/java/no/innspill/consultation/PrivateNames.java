package no.innspill.consultation;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a consultation offers a private person about their name when the responses are published:
 * to choose between their name and "Privatperson" (the default), or one of the two for everyone.
 * Organisations' names are always published.
 */
public enum PrivateNames {
    CHOICE("choice"),
    PUBLISH("publish"),
    WITHHOLD("withhold");

    private final String dbValue;

    PrivateNames(String dbValue) {
        this.dbValue = dbValue;
    }

    public String dbValue() {
        return dbValue;
    }

    public static Optional<PrivateNames> fromDb(String value) {
        return Arrays.stream(values()).filter(v -> v.dbValue.equals(value)).findFirst();
    }

    /** Whether the respondent chooses (radio buttons on the form, {@code publication.name} in the API). */
    public boolean offersChoice() {
        return this == CHOICE;
    }
}
