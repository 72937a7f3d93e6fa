package no.innspill.response;

import no.innspill.consultation.Consultation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document numbers of a case (7 in 22/414-7) for documents that are not responses: the letters
 * the body sends in the case share the one gapless sequence with the responses (Noark's
 * journalpostnummer).
 */
@Service
public class DocumentNumbers {

    private final ResponseRepository repository;

    DocumentNumbers(ResponseRepository repository) {
        this.repository = repository;
    }

    /**
     * Takes the case's next number. Only inside the caller's transaction, so that a number is used
     * exactly when what it numbers is stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(Consultation consultation) {
        return repository.reserveNumbers(consultation.id(), 1);
    }
}
