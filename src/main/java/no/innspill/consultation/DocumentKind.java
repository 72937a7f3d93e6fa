package no.innspill.consultation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a consultation document is, as regjeringen.no's consultation pages name them. */
public enum DocumentKind {
    HORINGSBREV, HORINGSNOTAT, HORINGSLISTE, OTHER;

    /** The name in the API and the database: horingsbrev, horingsnotat, horingsliste, other. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocumentKind> fromJson(String value) {
        return Arrays.stream(values()).filter(kind -> kind.jsonName().equals(value)).findFirst();
    }
}
