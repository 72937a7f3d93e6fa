package no.innspill.archive;

import java.util.ArrayList;
import java.util.List;
import no.innspill.response.Attachment;
import no.innspill.response.Attachments;
import no.innspill.response.ResponsesRegistered;
import no.innspill.platform.events.AsynchronousCommit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every registered response gets an archive copy, and so does each file attached to it: the listener only
 * records that they are due (one statement for the batch, one more with a query for its files when any has some), so it completes at once also when thousands of responses arrive in a minute; the copies are
 * rendered by {@link ArchiveCopyWorker} as the node has time.
 */
@Component
class ArchiveCopyRequests {

    private final ArchiveCopyRepository repository;
    private final AttachmentArchiveCopyRepository attachmentCopies;
    private final Attachments attachments;
    private final AsynchronousCommit asynchronousCommit;

    ArchiveCopyRequests(ArchiveCopyRepository repository, AttachmentArchiveCopyRepository attachmentCopies, Attachments attachments,
                        AsynchronousCommit asynchronousCommit) {
        this.asynchronousCommit = asynchronousCommit;
        this.repository = repository;
        this.attachmentCopies = attachmentCopies;
        this.attachments = attachments;
    }

    @ApplicationModuleListener(id = "archive.copy-responses")
    void on(ResponsesRegistered event) {
        asynchronousCommit.forThisTransaction();
        repository.request(event.consultationId(), event.responses());
        var files = attachments.list(event.consultationId(),
                event.responses().stream().map(ResponsesRegistered.Registration::sequenceNumber).toList());
        List<AttachmentArchiveCopyRepository.Requested> requested = new ArrayList<>();
        for (ResponsesRegistered.Registration response : event.responses()) {
            for (Attachment file : files.getOrDefault(response.sequenceNumber(), List.of())) {
                requested.add(new AttachmentArchiveCopyRepository.Requested(response.sequenceNumber(), file.position(), response.documentNumber()));
            }
        }
        attachmentCopies.request(event.consultationId(), requested);
    }
}
