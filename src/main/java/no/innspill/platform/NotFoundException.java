package no.innspill.platform;

/** The thing asked for does not exist. Mapped to HTTP 404; the message is shown to the caller. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
