package no.innspill.platform.database;

/** The embedded PostgreSQL could not be started or reached; the message says why and what to do. */
class EmbeddedDatabaseException extends RuntimeException {

    EmbeddedDatabaseException(String message) {
        super(message);
    }

    EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
