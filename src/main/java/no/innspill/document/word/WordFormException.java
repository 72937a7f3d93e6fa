package no.innspill.document.word;

import java.io.IOException;

/**
 * A file that cannot be read as a Word document: empty, too large, not a .docx, password-protected or
 * damaged. The message, in English, is for logs and the command line; a module that tells a person
 * words the {@link Reason} from its own bundle.
 */
public class WordFormException extends IOException {

    /** What is wrong with the file. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        /** A ZIP package that unpacks to more than its limits: a zip bomb, or a document too big to read safely. */
        TOO_LARGE_UNPACKED,
        NOT_WORD,
        LEGACY_WORD,
        ENCRYPTED,
        DAMAGED
    }

    private final Reason reason;

    WordFormException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    WordFormException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The innermost cause's message on one line, for the log message of a wrapped library exception. */
    static String detail(Throwable e) {
        Throwable root = e;
        for (int depth = 0; depth < 20 && root.getCause() != null && root.getCause() != root; depth++) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
