package no.innspill.archive;

import no.innspill.response.ResponsesRegistered;
import no.innspill.platform.events.AsynchronousCommit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every registered response gets an archive copy: the listener only records that they are due (one
 * statement for the batch), so it completes at once also when thousands of responses arrive in a minute; the copies are
 * rendered by {@link ArchiveCopyWorker} as the node has time.
 */
@Component
class ArchiveCopyRequests {

    private final ArchiveCopyRepository repository;
    private final AsynchronousCommit asynchronousCommit;

    ArchiveCopyRequests(ArchiveCopyRepository repository, AsynchronousCommit asynchronousCommit) {
        this.asynchronousCommit = asynchronousCommit;
        this.repository = repository;
    }

    @ApplicationModuleListener(id = "archive.copy-responses")
    void on(ResponsesRegistered event) {
        asynchronousCommit.forThisTransaction();
        repository.request(event.consultationId(), event.responses());
    }
}
