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

    /** How many copies of the consultation's responses are still waiting to be rendered. */
    public int pending(Consultation consultation) {
        return repository.countPending(consultation.id());
    }
}
