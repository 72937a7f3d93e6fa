package no.innspill.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A disposition's name in the API and the database ({@code partly-adopted}) and its bundle keys on the coding pages. */
final class DispositionNames {

    /** The filter value for inputs without a disposition. */
    static final String UNDECIDED = "undecided";

    private DispositionNames() {
    }

    static String jsonName(Disposition disposition) {
        return disposition == null ? null : disposition.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Disposition> fromJson(String name) {
        return Arrays.stream(Disposition.values()).filter(d -> jsonName(d).equals(name)).findFirst();
    }

    /** {@code coding.disposition.adopted}, or {@code coding.disposition.undecided} for none. */
    static String messageKey(Disposition disposition) {
        return "coding.disposition." + (disposition == null ? UNDECIDED : jsonName(disposition));
    }
}
