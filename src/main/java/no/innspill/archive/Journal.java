package no.innspill.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innspill.consultation.Consultation;
import no.innspill.platform.DateFormats;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.response.DocumentNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive module's journal (journal): an entry for every document of a consultation's case. Registered
 * responses are journalled by {@link JournalOfResponses} as they are registered; the body's own letters by
 * {@link #journalOutgoing}.
 */
@Service
public class Journal {

    /** Who made what Innspill journals by itself (opprettetAv). */
    public static final String SYSTEM = "Innspill";
    public static final int MAX_PAGE = 1000;
    /** The Noark element a remark on an entry is logged under, as «Erstattet av 22/414-9» on a superseded one. */
    public static final String REMARK_FIELD = "merknad";

    private final JournalRepository repository;
    private final DocumentNumbers documentNumbers;

    Journal(JournalRepository repository, DocumentNumbers documentNumbers) {
        this.repository = repository;
        this.documentNumbers = documentNumbers;
    }

    /** The entry with this number in the case (7 for 22/414-7). */
    public Optional<JournalEntry> find(Consultation consultation, int entryNumber) {
        return repository.find(consultation.id(), entryNumber);
    }

    /** The entry of response {@code sequenceNumber}; empty until it is journalled (just after it is registered). */
    public Optional<JournalEntry> findByResponse(Consultation consultation, int sequenceNumber) {
        return repository.findByResponse(consultation.id(), sequenceNumber);
    }

    /** The case's entries in entry-number order after {@code afterEntry} (0 for the first), at most {@value #MAX_PAGE}. */
    public List<JournalEntry> page(Consultation consultation, int afterEntry, int limit) {
        return repository.page(consultation.id(), Math.max(0, afterEntry), Math.min(Math.max(1, limit), MAX_PAGE));
    }

    public int count(Consultation consultation) {
        return repository.count(consultation.id());
    }

    /** The logged changes of one entry, oldest first. */
    public List<JournalChange> changes(JournalEntry entry) {
        return repository.changes(entry.id());
    }

    /** The logged changes of the case's entries, oldest first, after change {@code afterId} (0 for the first). */
    public List<JournalChange> changes(Consultation consultation, long afterId, int limit) {
        return repository.changesOfCase(consultation.id(), Math.max(0, afterId), Math.min(Math.max(1, limit), MAX_PAGE));
    }

    /**
     * The case's journal as it stands, summed up.
     *
     * @param lastEntry        the highest entry number (0 when there is none)
     * @param entries          how many entries
     * @param firstJournalDate the earliest journaldato, {@code null} when there is no entry
     * @param screened         whether any entry screens anything
     * @param incoming         how many entries are registered responses
     * @param documents        how many documents the entries have
     */
    public record Extent(int lastEntry, int entries, LocalDate firstJournalDate, LocalDate lastJournalDate, boolean screened,
                         int incoming, int documents) {
    }

    /** A logged change with the systemID of the entry it changed. */
    public record EntryChange(UUID entrySystemId, JournalChange change) {
    }

    public Extent extent(Consultation consultation) {
        return repository.extent(consultation.id());
    }

    /**
     * Sets every entry up to {@code upToEntry} that is neither «Arkivert» nor «Utgår» to «Arkivert», as an extract
     * delivers them, each change logged as {@code journalstatus} by {@code who}; one transaction. Returns how many changed.
     */
    @Transactional
    public int archiveAll(Consultation consultation, int upToEntry, String who) {
        return repository.archiveAll(consultation.id(), upToEntry, who);
    }

    /** The entries up to {@code upToEntry} in journal order (journalår, journalsekvensnummer) after the given one, at most {@value #MAX_PAGE}. */
    public List<JournalEntry> pageInJournalOrder(Consultation consultation, int afterYear, int afterSequence, int upToEntry, int limit) {
        return repository.pageInJournalOrder(consultation.id(), afterYear, afterSequence, upToEntry, Math.min(Math.max(1, limit), MAX_PAGE));
    }

    /** The logged changes of the entries up to {@code upToEntry}, oldest first, after change {@code afterId}. */
    public List<EntryChange> changesUpTo(Consultation consultation, long afterId, int upToEntry, int limit) {
        return repository.changesUpTo(consultation.id(), Math.max(0, afterId), upToEntry, Math.min(Math.max(1, limit), MAX_PAGE));
    }

    /** The systemID of the consultation's case (saksmappe), the same in every extract. */
    public UUID caseSystemId(Consultation consultation) {
        return repository.caseSystemId(consultation.id());
    }

    /**
     * Journals a document the body sent in the case (høringsbrev, høringsnotat, …) under the case's next
     * document number.
     *
     * @param recipients the parties it went to, in order (positions are assigned)
     * @param documents  what it consists of; document numbers and systemIDs are assigned
     */
    @Transactional
    public JournalEntry journalOutgoing(Consultation consultation, String title, long consultationDocumentId, Instant sentAt,
                                        List<Party> recipients, List<Document> documents, String who) {
        int number = documentNumbers.next(consultation);
        LocalDate today = LocalDate.now(DateFormats.OSLO);
        List<JournalParty> parties = new ArrayList<>();
        for (Party recipient : recipients) {
            parties.add(new JournalParty(parties.size() + 1, recipient.type(), recipient.name(), recipient.organisationNumber(),
                    recipient.email(), recipient.privatePerson()));
        }
        JournalEntry entry = new JournalEntry(0, UUID.randomUUID(), consultation.id(), consultation.caseNumber(), number,
                consultation.caseNumber() + "-" + number, today.getYear(), repository.reserveSequence(today.getYear(), 1),
                JournalEntryType.OUTGOING, sentAt == null ? JournalStatus.JOURNALFOERT : JournalStatus.EKSPEDERT, today,
                sentAt == null ? today : sentAt.atZone(DateFormats.OSLO).toLocalDate(), null, sentAt, title, title, Screening.NONE, null,
                consultationDocumentId, null, Instant.now(), who, parties, numbered(documents));
        repository.caseSystemId(consultation.id());
        long id = repository.insert(entry);
        return repository.find(consultation.id(), number).filter(found -> found.id() == id).orElseThrow();
    }

    /**
     * Changes an entry's fields as staff typed them (title, public title, screening, the parties' names, the document's
     * and received date), each changed field logged in the endringslogg with {@code who}, in one transaction.
     * Unchanged fields are neither written nor logged.
     *
     * @return the entry as it is now
     * @throws InvalidInputException naming each field that is wrong, with codes; then nothing is changed
     */
    @Transactional
    public JournalEntry change(JournalEntry entry, JournalChanges changes, String who) {
        repository.lockEntry(entry.id());
        JournalEntry current = repository.find(entry.consultationId(), entry.entryNumber()).orElseThrow();
        List<FieldError> errors = JournalFieldChanges.check(current, changes, LocalDate.now(DateFormats.OSLO));
        if (!errors.isEmpty()) {
            throw JournalFieldChanges.invalid(errors);
        }
        JournalFieldChanges.apply(repository, current, changes, who);
        return repository.find(entry.consultationId(), entry.entryNumber()).orElseThrow();
    }

    /** A korrespondansepart to journal. */
    public record Party(JournalParty.Type type, String name, String organisationNumber, String email, boolean privatePerson) {
    }

    /** A document to journal: the first is the main document. */
    public record Document(String title, JournalDocument.Source source, Long sourceRef) {
    }

    static List<JournalDocument> numbered(List<Document> documents) {
        List<JournalDocument> numbered = new ArrayList<>();
        for (Document document : documents) {
            int number = numbered.size() + 1;
            numbered.add(new JournalDocument(number, number == 1 ? JournalDocument.Role.MAIN : JournalDocument.Role.ATTACHMENT,
                    document.title(), document.source(), document.sourceRef(), UUID.randomUUID(), UUID.randomUUID()));
        }
        return numbered;
    }
}
