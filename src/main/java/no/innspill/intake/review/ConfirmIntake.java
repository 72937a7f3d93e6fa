package no.innspill.intake.review;

import java.time.Instant;
import no.innspill.consultation.Consultation;
import no.innspill.intake.IntakeItem;
import no.innspill.platform.ConflictException;
import no.innspill.response.Channel;
import no.innspill.response.ResponseSource;
import no.innspill.response.ResponseSubmission;
import no.innspill.response.SubmitResponse;
import no.innspill.response.SubmitResponse.Submitter;
import org.springframework.stereotype.Service;

/**
 * Registers a reviewed item as a response, once: the idempotency key is derived from the item, so a
 * second confirmation (a double click, a retry after a crash) gets the response the first one
 * registered. The response names the item as its source; the item is marked registered when the
 * response module announces it ({@code IntakeRegistrations}), and the archive module makes its copy.
 */
@Service
class ConfirmIntake {

    private final SubmitResponse submitResponse;

    ConfirmIntake(SubmitResponse submitResponse) {
        this.submitResponse = submitResponse;
    }

    /** @return the document number of the registered response */
    String confirm(Consultation consultation, IntakeItem item, ResponseSubmission submission, Channel channel, Instant receivedAt) {
        if (item.status() == IntakeItem.Status.REGISTERED) {
            return item.documentNumber();
        }
        if (item.status() == IntakeItem.Status.REJECTED) {
            throw new ConflictException("Item rejected", "Intake item " + item.id() + " was rejected and cannot be registered");
        }
        // no request hash: whatever a second confirmation says, the first registration stands
        var accepted = submitResponse.submit(new SubmitResponse.Request(consultation, submission, channel,
                ResponseSource.intakeItem(item.id()), receivedAt, Submitter.STAFF, "intake-" + item.id(), null));
        return accepted.response().documentNumber();
    }
}
