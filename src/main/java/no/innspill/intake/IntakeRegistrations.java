package no.innspill.intake;

import no.innspill.response.ResponsesRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.innspill.platform.events.AsynchronousCommit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks an intake item registered once the response made from it is stored: the response names the
 * item as its source. Idempotent, so a redelivered event changes nothing.
 */
@Component
class IntakeRegistrations {

    private static final Logger log = LoggerFactory.getLogger(IntakeRegistrations.class);

    private final IntakeItemRepository repository;
    private final AsynchronousCommit asynchronousCommit;

    IntakeRegistrations(IntakeItemRepository repository, AsynchronousCommit asynchronousCommit) {
        this.asynchronousCommit = asynchronousCommit;
        this.repository = repository;
    }

    @ApplicationModuleListener(id = "intake.mark-registered", condition = "!#event.fromIntake().isEmpty()")
    void on(ResponsesRegistered event) {
        asynchronousCommit.forThisTransaction();
        for (ResponsesRegistered.Registration registered : event.fromIntake()) {
            long itemId = Long.parseLong(registered.source().reference());
            if (!repository.markRegistered(itemId, registered.documentNumber())
                    && !repository.isRegistered(itemId, registered.documentNumber())) {
                log.warn("Intake item {} was registered as {} but was no longer waiting for review", itemId, registered.documentNumber());
            }
        }
    }
}
