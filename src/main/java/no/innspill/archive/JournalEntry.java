package no.innspill.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One journal entry (journalpost) in a consultation's case: a registered response (incoming) or a
 * document the body sent in the case (outgoing).
 *
 * @param entryNumber       the number in the case, journalpostnummer: 7 in 22/414-7
 * @param documentNumber    22/414-7
 * @param journalYear       with {@code journalSequence} the journal's running number (2022/1510)
 * @param journalDate       the day it was journalled, in Europe/Oslo
 * @param documentDate      the document's own date; {@code null} when unknown
 * @param receivedAt        when an incoming document reached the body; {@code null} for an outgoing one
 * @param sentAt            when an outgoing document was sent; {@code null} until it is, and for an incoming one
 * @param publicTitle       the title as the public journal shows it: screened words as {@value Screening#MASK}
 * @param responseSequence  the response this entry is (incoming); {@code null} for an outgoing entry
 * @param consultationDocumentId the consultation's document this entry is (outgoing); {@code null} otherwise
 * @param supersededBy      the entry number of the revised response that replaces this one; {@code null} when none does
 * @param parties           the sender (incoming) or the recipients (outgoing), in order
 * @param documents         the main document first, then the attachments
 */
public record JournalEntry(long id, UUID systemId, long consultationId, String caseNumber, int entryNumber, String documentNumber,
                           int journalYear, int journalSequence, JournalEntryType type, JournalStatus status, LocalDate journalDate,
                           LocalDate documentDate, Instant receivedAt, Instant sentAt, String title, String publicTitle,
                           Screening screening, Integer responseSequence, Long consultationDocumentId, Integer supersededBy,
                           Instant createdAt, String createdBy, List<JournalParty> parties, List<JournalDocument> documents) {

    public JournalEntry {
        parties = parties == null ? List.of() : List.copyOf(parties);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** "2022/1510": the journal's running number. */
    public String journalNumber() {
        return journalYear + "/" + journalSequence;
    }

    public boolean isSuperseded() {
        return supersededBy != null;
    }

    /** The sender's (or first recipient's) name as the public may see it: {@value Screening#MASK} when screened. */
    public String publicPartyName() {
        if (parties.isEmpty()) {
            return null;
        }
        return screening.senderName() ? Screening.MASK : parties.get(0).name();
    }

    /** A copy with other parties and documents, as the repository assembles an entry. */
    JournalEntry with(List<JournalParty> parties, List<JournalDocument> documents) {
        return new JournalEntry(id, systemId, consultationId, caseNumber, entryNumber, documentNumber, journalYear, journalSequence,
                type, status, journalDate, documentDate, receivedAt, sentAt, title, publicTitle, screening, responseSequence,
                consultationDocumentId, supersededBy, createdAt, createdBy, parties, documents);
    }
}
