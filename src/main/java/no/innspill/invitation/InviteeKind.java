package no.innspill.invitation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What kind of body an invitee is, as regjeringen.no groups a høringsliste: state bodies,
 * municipalities and counties, organisations, businesses, and the rest. Read from a list in
 * Norwegian or English words.
 */
public enum InviteeKind {
    STATLIG("statlig", Set.of("statlig", "stat", "state", "government")),
    KOMMUNE("kommune", Set.of("kommune", "fylkeskommune", "fylke", "kommunal", "municipality", "county")),
    ORGANISASJON("organisasjon", Set.of("organisasjon", "organisasjoner", "forening", "organisation", "organization")),
    PRIVAT("privat", Set.of("privat", "næringsliv", "naeringsliv", "bedrift", "private", "business", "company")),
    ANNET("annet", Set.of("annet", "andre", "other"));

    private final String code;
    private final Set<String> words;

    InviteeKind(String code, Set<String> words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    /** Blank reads as {@link #ANNET}; a word we do not know reads as nothing. */
    static Optional<InviteeKind> read(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(ANNET);
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.words.contains(word)).findFirst();
    }

    static InviteeKind fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst().orElseThrow();
    }
}
