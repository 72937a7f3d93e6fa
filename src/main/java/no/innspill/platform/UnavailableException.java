package no.innspill.platform;

/** Innspill cannot take the request just now (overloaded, shutting down); retrying later is safe. Mapped to HTTP 503. */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message) {
        super(message);
    }
}
