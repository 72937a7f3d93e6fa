package no.innspill.platform;

/** Input could not even be read (broken JSON, a body of the wrong type). Mapped to HTTP 400. */
public class MalformedInputException extends RuntimeException {

    public MalformedInputException(String message) {
        super(message);
    }
}
