package no.innspill.archive;

import java.time.Instant;
import java.time.LocalDate;
import no.innspill.platform.DateFormats;

/**
 * One line of the public journal: only what the public may see. A screened name is {@value Screening#MASK} here, and the
 * name itself was never read from the database.
 *
 * @param caseTitle    the consultation's title in the reader's language
 * @param partyName    the sender (incoming) or first recipient (outgoing), {@value Screening#MASK} when screened; {@code null}
 *                     when the entry has no party
 * @param partyRole    what that party is; {@code null} with no party
 * @param otherParties how many more recipients an outgoing entry has
 */
record PublicJournalEntry(long consultationId, String caseNumber, String caseSlug, String caseTitle, String documentNumber,
                          LocalDate journalDate, int journalYear, int journalSequence, JournalEntryType type, String publicTitle,
                          String partyName, JournalParty.Type partyRole, int otherParties) {

    /** The start of the journal date in Oslo, for {@code @dates.date}. */
    public Instant journalDay() {
        return journalDate.atStartOfDay(DateFormats.OSLO).toInstant();
    }

    PublicJournalQuery.Cursor cursor(boolean older) {
        return new PublicJournalQuery.Cursor(older, journalDate, journalYear, journalSequence);
    }

    PublicJournalEntry titled(String slug, String title) {
        return new PublicJournalEntry(consultationId, caseNumber, slug, title, documentNumber, journalDate, journalYear, journalSequence,
                type, publicTitle, partyName, partyRole, otherParties);
    }
}
