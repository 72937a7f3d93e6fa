package no.innspill.archive;

import java.util.List;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.response.ResponseRevised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks the journal entry of a revised response's earlier version as superseded ({@code superseded_by}: the revision's
 * number in the case) and logs the change in the endringslogg as a {@value #FIELD} ("Erstattet av 22/414-9"). The
 * revision's own entry comes from {@link JournalOfResponses}, before or after this: the mark needs only its number.
 * Should the earlier response not be journalled yet, it is journalled here first. Run again, it changes nothing.
 */
@Component
class JournalOfRevisions {

    /** The Noark element the change is logged under: a remark on the journal post (docs/decisions.md). */
    static final String FIELD = Journal.REMARK_FIELD;
    static final String REMARK = "Erstattet av ";

    private final JournalRepository repository;
    private final JournalOfResponses responses;
    private final Consultations consultations;

    JournalOfRevisions(JournalRepository repository, JournalOfResponses responses, Consultations consultations) {
        this.repository = repository;
        this.responses = responses;
        this.consultations = consultations;
    }

    @ApplicationModuleListener(id = "archive.journal-revisions")
    void on(ResponseRevised event) {
        mark(event);
    }

    /** The listener's work, in one transaction (its own, or the listener's). */
    @Transactional
    void mark(ResponseRevised event) {
        Consultation consultation = consultations.getById(event.consultationId());
        responses.journal(consultation, List.of(event.supersededSequence())); // nothing when it is journalled (as a rule)
        repository.markSuperseded(event.consultationId(), event.supersededSequence(), event.revisionSequence())
                .ifPresent(entryId -> repository.logChange(entryId, FIELD, null, REMARK + event.revisionDocumentNumber(), Journal.SYSTEM));
    }
}
