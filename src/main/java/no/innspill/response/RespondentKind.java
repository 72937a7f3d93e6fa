package no.innspill.response;

import java.util.Arrays;
import java.util.Optional;

/** Who answers: an organisation (agency, municipality, company, association) or a private person. */
public enum RespondentKind {
    ORGANISATION("organisation"),
    PERSON("person");

    private final String jsonName;

    RespondentKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    static Optional<RespondentKind> fromJson(String name) {
        return Arrays.stream(values()).filter(kind -> kind.jsonName.equals(name)).findFirst();
    }
}
