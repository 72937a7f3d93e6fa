package no.innspill.document.word;

import java.io.IOException;

/**
 * A file that cannot be read as a Word form: empty, too large, not a .docx, password-protected or
 * damaged. The message, in English, is for logs; show users the text under {@link Reason#messageKey()}.
 */
public class WordFormException extends IOException {

    /** What is wrong with the file, each with a message in {@code i18n/wordform}. */
    public enum Reason {
        EMPTY("wordform.error.empty"),
        TOO_LARGE("wordform.error.tooLarge"),
        NOT_WORD("wordform.error.notWord"),
        LEGACY_WORD("wordform.error.legacyWord"),
        ENCRYPTED("wordform.error.encrypted"),
        DAMAGED("wordform.error.damaged");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
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
