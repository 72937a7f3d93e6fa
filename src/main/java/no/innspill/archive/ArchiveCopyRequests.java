package no.innspill.archive;

import no.innspill.response.ResponseRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every registered response gets an archive copy: the listener only records that one is due (one
 * row), so it completes at once also when thousands of responses arrive in a minute; the copies are
 * rendered by {@link ArchiveCopyWorker} as the node has time.
 */
@Component
class ArchiveCopyRequests {

    private final ArchiveCopyRepository repository;

    ArchiveCopyRequests(ArchiveCopyRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener(id = "archive.copy-response")
    void on(ResponseRegistered event) {
        repository.request(event.consultationId(), event.sequenceNumber(), event.documentNumber());
    }
}
