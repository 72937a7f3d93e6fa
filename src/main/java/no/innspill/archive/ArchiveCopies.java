package no.innspill.archive;

import java.util.Optional;
import no.innspill.consultation.Consultation;
import org.springframework.stereotype.Service;

/** The archive module's API: the archive copies of a consultation's responses and of the files attached to them. */
@Service
public class ArchiveCopies {

    private final ArchiveCopyRepository repository;
    private final AttachmentArchiveCopyRepository attachmentCopies;

    ArchiveCopies(ArchiveCopyRepository repository, AttachmentArchiveCopyRepository attachmentCopies) {
        this.repository = repository;
        this.attachmentCopies = attachmentCopies;
    }

    /** The copy of file {@code position} (1, 2, …) of response {@code sequenceNumber}; empty when there is no such file. */
    public Optional<AttachmentArchiveCopy> findAttachment(Consultation consultation, int sequenceNumber, int position) {
        return attachmentCopies.find(consultation.id(), sequenceNumber, position);
    }

    /** The copy of response {@code sequenceNumber} (7 for 22/414-7); empty when the response is not registered. */
    public Optional<ArchiveCopy> find(Consultation consultation, int sequenceNumber) {
        return repository.find(consultation.id(), sequenceNumber);
    }

    /**
     * How far the copies of a consultation's responses and their attached files have come, counted in SQL.
     *
     * @param responseCopies the copies recorded for responses, whatever their status (one per registered response once
     *                       the registration event has run)
     * @param pending        copies of responses and files still waiting to be made
     * @param failed         copies of responses and files given up on after repeated failures
     */
    public record Progress(int responseCopies, int pending, int failed) {
    }

    public Progress progress(Consultation consultation) {
        ArchiveCopyRepository.Counts responses = repository.counts(consultation.id());
        ArchiveCopyRepository.Counts files = attachmentCopies.counts(consultation.id());
        return new Progress(responses.all(), responses.pending() + files.pending(), responses.failed() + files.failed());
    }

    /** How many copies of the consultation's responses are still waiting to be rendered. */
    public int pending(Consultation consultation) {
        return repository.countPending(consultation.id());
    }
}
