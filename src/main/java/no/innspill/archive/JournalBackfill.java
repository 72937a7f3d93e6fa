package no.innspill.archive;

import java.util.List;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.response.Responses;
import no.innspill.response.StoredResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Journals the responses registered before Innspill kept a journal, once: at start, a case whose
 * responses outnumber its incoming entries is gone through page by page.
 */
@Component
class JournalBackfill {

    private static final Logger log = LoggerFactory.getLogger(JournalBackfill.class);
    private static final int PAGE = 500;

    private final Consultations consultations;
    private final Responses responses;
    private final JournalRepository repository;
    private final JournalOfResponses journal;

    JournalBackfill(Consultations consultations, Responses responses, JournalRepository repository, JournalOfResponses journal) {
        this.consultations = consultations;
        this.responses = responses;
        this.repository = repository;
        this.journal = journal;
    }

    @EventListener(ApplicationReadyEvent.class)
    void journalWhatIsMissing() {
        for (Consultation consultation : consultations.all()) {
            if (repository.countIncoming(consultation.id()) >= responses.count(consultation)) {
                continue;
            }
            int after = 0;
            List<StoredResponse> page;
            while (!(page = responses.list(consultation, after, PAGE)).isEmpty()) {
                journal.journal(consultation, page.stream().map(StoredResponse::sequenceNumber).toList());
                after = page.get(page.size() - 1).sequenceNumber();
            }
            log.info("Journalled the earlier responses of {}", consultation.caseNumber());
        }
    }
}
