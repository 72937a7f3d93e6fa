package no.innspill.intake;

/**
 * A file that cannot be read at all: empty, too large, encrypted, damaged, or neither Word nor PDF.
 * The message is one line naming the problem ("encrypted PDF", "zip bomb: …"), fit for a log and
 * for the {@code "error"} of the extract command.
 */
public class ExtractionException extends Exception {

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
