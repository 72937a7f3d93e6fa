package no.innspill.response;

import no.innspill.platform.UnavailableException;

/** The response writer could not take or finish a response in time; nothing half-stored. */
class WriterUnavailableException extends UnavailableException {

    WriterUnavailableException(String message) {
        super(message);
    }
}
