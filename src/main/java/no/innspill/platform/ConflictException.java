package no.innspill.platform;

/**
 * The request is well-formed but clashes with the current state (a consultation that is closed, a
 * case number already taken). Mapped to HTTP 409; the message is shown to the caller.
 */
public class ConflictException extends RuntimeException {

    private final String title;

    public ConflictException(String title, String message) {
        super(message);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
