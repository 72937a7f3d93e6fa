package no.innspill.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationChange;
import no.innspill.consultation.ConsultationDocument;
import no.innspill.consultation.ConsultationDocumentAdded;
import no.innspill.consultation.ConsultationDocuments;
import no.innspill.consultation.ConsultationOpened;
import no.innspill.consultation.ConsultationStatus;
import no.innspill.consultation.Consultations;
import no.innspill.invitation.Invitee;
import no.innspill.invitation.Invitees;
import no.innspill.platform.DateFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Journals the consultation's own documents (høringsbrev, høringsnotat, …) as outgoing entries in its
 * case, each once: those it has when it opens, and each one added after. They go to everyone on the
 * høringsliste («Mottaker»), or, without a list, to {@value #PUBLIC_RECIPIENT}; they count as sent
 * («Ekspedert») when they were published: when the consultation opened, or when a later one was added.
 *
 * <p>A draft's documents wait for the opening. The case is locked while its documents are journalled,
 * so the listeners and the start-up backfill take turns and find what the other did; V40's unique index
 * makes a second entry for one document impossible even so. A document's number in the case is the next
 * one when it is journalled: the demo's letter is added after the seed response is registered, so the
 * seed stays 22/414-1.
 */
@Component
class JournalOfDocuments {

    /** The recipient of a consultation without a høringsliste: it was sent to the public, on its page. */
    static final String PUBLIC_RECIPIENT = "Allmennheten (offentlig høring)";

    private static final Logger log = LoggerFactory.getLogger(JournalOfDocuments.class);

    private final JournalRepository repository;
    private final Journal journal;
    private final Consultations consultations;
    private final ConsultationDocuments documents;
    private final Invitees invitees;
    private final TransactionTemplate transactions;

    JournalOfDocuments(JournalRepository repository, Journal journal, Consultations consultations, ConsultationDocuments documents,
                       Invitees invitees, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.journal = journal;
        this.consultations = consultations;
        this.documents = documents;
        this.invitees = invitees;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @ApplicationModuleListener(id = "archive.journal-documents-on-opening")
    void on(ConsultationOpened event) {
        journal(consultations.getById(event.consultationId()));
    }

    @ApplicationModuleListener(id = "archive.journal-added-document")
    void on(ConsultationDocumentAdded event) {
        journal(consultations.getById(event.consultationId()));
    }

    /**
     * At start: the documents of open and closed consultations that were published before Innspill journalled them, one
     * transaction per consultation (under the case's lock, as the listeners). One that fails is left to the next start
     * and does not stop this one.
     */
    @EventListener(ApplicationReadyEvent.class)
    void journalWhatIsMissing() {
        for (Consultation consultation : consultations.all()) {
            if (!consultation.isPublic()) {
                continue;
            }
            try {
                Integer journalled = transactions.execute(status -> journal(consultation));
                if (journalled != null && journalled > 0) {
                    log.info("Journalled {} earlier document(s) of {}", journalled, consultation.caseNumber());
                }
            } catch (RuntimeException e) {
                log.warn("Could not journal the documents of {} at start; the next start tries again", consultation.caseNumber(), e);
            }
        }
    }

    /**
     * Journals those of a public consultation's documents that have no entry yet, in their order on the page.
     *
     * @return how many were journalled
     */
    @Transactional
    int journal(Consultation consultation) {
        if (!consultation.isPublic()) {
            return 0;
        }
        repository.lockCase(consultation.id());
        Set<Long> done = repository.journalledDocuments(consultation.id());
        List<ConsultationDocument> due = documents.list(consultation).stream().filter(document -> !done.contains(document.id())).toList();
        if (due.isEmpty()) {
            return 0;
        }
        List<Journal.Party> recipients = recipients(consultation);
        Instant opened = openedAt(consultation);
        for (ConsultationDocument document : due) {
            Instant sentAt = document.updatedAt().isAfter(opened) ? document.updatedAt() : opened;
            journal.journalOutgoing(consultation, document.title(), document.id(), sentAt, recipients,
                    List.of(new Journal.Document(document.title(), JournalDocument.Source.CONSULTATION_DOCUMENT, document.id())),
                    Journal.SYSTEM);
        }
        return due.size();
    }

    /** Everyone on the høringsliste; without one, the public. */
    private List<Journal.Party> recipients(Consultation consultation) {
        List<Journal.Party> recipients = new ArrayList<>();
        for (Invitee invitee : invitees.list(consultation)) {
            recipients.add(new Journal.Party(JournalParty.Type.RECIPIENT, invitee.name(), invitee.organisationNumber(), invitee.email(),
                    false));
        }
        if (recipients.isEmpty()) {
            recipients.add(new Journal.Party(JournalParty.Type.RECIPIENT, PUBLIC_RECIPIENT, null, null, false));
        }
        return recipients;
    }

    /**
     * When the consultation opened: its latest logged change to open, else (created open, as the demo is) when it was
     * created, else the start of its publication date.
     */
    private Instant openedAt(Consultation consultation) {
        Instant logged = consultations.changes(consultation).stream()
                .filter(change -> change.isStatus() && ConsultationStatus.OPEN.dbValue().equals(change.newValue()))
                .map(ConsultationChange::changedAt).max(Comparator.naturalOrder()).orElse(null);
        if (logged != null) {
            return logged;
        }
        Instant published = consultation.publicationDate() == null ? null
                : consultation.publicationDate().atStartOfDay(DateFormats.OSLO).toInstant();
        return published == null || published.isBefore(consultation.createdAt()) ? consultation.createdAt() : published;
    }
}
