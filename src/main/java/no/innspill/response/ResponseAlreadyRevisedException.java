package no.innspill.response;

import no.innspill.platform.ConflictException;

/**
 * A revision named a response that a revision replaced before: a response is superseded once. A 409 whose message
 * names the field ({@code revises}) and the latest version, the one to revise instead.
 */
public class ResponseAlreadyRevisedException extends ConflictException {

    private final transient StoredResponse revised;
    private final transient StoredResponse latest;

    public ResponseAlreadyRevisedException(StoredResponse revised, StoredResponse latest) {
        super("Response already revised", "revises: " + revised.documentNumber() + " was revised by "
                + revised.supersededByDocumentNumber() + "; revise " + latest.documentNumber() + ", the latest version, instead");
        this.revised = revised;
        this.latest = latest;
    }

    /** The response the revision named. */
    public StoredResponse revised() {
        return revised;
    }

    /** The latest version of it. */
    public StoredResponse latest() {
        return latest;
    }
}
