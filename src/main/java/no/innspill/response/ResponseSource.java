package no.innspill.response;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What registered a response, and from what: the web form, an API client, an intake item (with its
 * id) or the demo loader. Stored with the response and carried by {@link ResponsesRegistered}, so the
 * module a response came from recognises it without guessing from idempotency keys.
 *
 * @param reference what the source names it by (an intake item's id), or {@code null}
 */
public record ResponseSource(Kind kind, String reference) {

    public enum Kind {
        WEB_FORM, API, INTAKE, DEMO;

        public String dbValue() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<Kind> fromDb(String value) {
            return Arrays.stream(values()).filter(kind -> kind.dbValue().equals(value)).findFirst();
        }
    }

    public static final ResponseSource WEB_FORM = new ResponseSource(Kind.WEB_FORM, null);
    public static final ResponseSource API = new ResponseSource(Kind.API, null);
    public static final ResponseSource DEMO = new ResponseSource(Kind.DEMO, null);

    public static ResponseSource intakeItem(long itemId) {
        return new ResponseSource(Kind.INTAKE, Long.toString(itemId));
    }

    public boolean isIntake() {
        return kind == Kind.INTAKE;
    }
}
