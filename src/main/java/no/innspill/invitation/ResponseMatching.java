package no.innspill.invitation;

import no.innspill.platform.events.AsynchronousCommit;
import no.innspill.response.ResponsesRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks invitees answered as their responses are registered: by organisation number, then by
 * e-mail. Linking is an upsert, so a redelivered event changes nothing.
 */
@Component
class ResponseMatching {

    private final Invitees invitees;
    private final AsynchronousCommit asynchronousCommit;

    ResponseMatching(Invitees invitees, AsynchronousCommit asynchronousCommit) {
        this.invitees = invitees;
        this.asynchronousCommit = asynchronousCommit;
    }

    @ApplicationModuleListener(id = "invitation.response-matching", condition = "!#event.identified().isEmpty()")
    void on(ResponsesRegistered event) {
        asynchronousCommit.forThisTransaction();
        for (ResponsesRegistered.Registration registered : event.identified()) {
            invitees.match(event.consultationId(), registered.sequenceNumber(), registered.documentNumber(),
                    registered.organisationNumber(), registered.email());
        }
    }
}
