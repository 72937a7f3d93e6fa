package no.innspill.response;

import java.util.List;
import java.util.Optional;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ResponseCounts;
import org.springframework.stereotype.Service;

/** Reads registered responses; for staff views, exports and later modules, and the consultation module's counts. */
@Service
public class Responses implements ResponseCounts {

    public static final int MAX_PAGE = 1000;
    private final ResponseRepository repository;

    Responses(ResponseRepository repository) {
        this.repository = repository;
    }

    /** Responses in document-number order, after the given sequence number (0 for the start). */
    public List<StoredResponse> list(Consultation consultation, int afterSequence, int limit) {
        return repository.findByConsultation(consultation.id(), Math.max(0, afterSequence), Math.min(Math.max(1, limit), MAX_PAGE));
    }

    public List<StoredResponse> all(Consultation consultation) {
        return repository.findByConsultation(consultation.id(), 0, Integer.MAX_VALUE);
    }

    public Optional<StoredResponse> find(Consultation consultation, int sequenceNumber) {
        return repository.findOne(consultation.id(), sequenceNumber);
    }

    /** The response a receipt link points at; the token is the only key the respondent has. */
    public Optional<StoredResponse> findByReceiptToken(String token) {
        if (!Tokens.looksValid(token)) {
            return Optional.empty();
        }
        return repository.findByReceiptToken(token);
    }

    /** The response registered from this source (an intake item), if it was. */
    public Optional<StoredResponse> findBySource(Consultation consultation, ResponseSource source) {
        return repository.findBySource(consultation.id(), source);
    }

    @Override
    public int count(Consultation consultation) {
        return repository.count(consultation.id());
    }
}
