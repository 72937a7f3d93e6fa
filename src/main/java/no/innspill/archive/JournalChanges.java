package no.innspill.archive;

import java.util.Map;

/**
 * What staff want a journal entry's fields to be, as typed ({@link Journal#change}); a field equal to the entry's
 * is left alone and not logged.
 *
 * @param screeningBasis the legal basis; required when anything is screened, dropped when nothing is
 * @param partyNames     the new names of the entry's parties by position (1 for the sender or first recipient);
 *                       a party left out keeps its name
 * @param documentDate   the document's date as {@code yyyy-MM-dd}; blank when it is unknown
 * @param receivedDate   the day an incoming document was received, {@code yyyy-MM-dd} (its time of day stays);
 *                       {@code null} or blank for an outgoing one
 */
public record JournalChanges(String title, String publicTitle, boolean screenSenderName, boolean screenTitleWords,
                             String screeningBasis, Map<Integer, String> partyNames, String documentDate, String receivedDate) {

    public JournalChanges {
        partyNames = partyNames == null ? Map.of() : Map.copyOf(partyNames);
    }

    /** The entry's fields as they are: the form's first values. */
    public static JournalChanges of(JournalEntry entry) {
        Map<Integer, String> names = new java.util.LinkedHashMap<>();
        entry.parties().forEach(party -> names.put(party.position(), party.name()));
        return new JournalChanges(entry.title(), entry.publicTitle(), entry.screening().senderName(), entry.screening().titleWords(),
                entry.screening().basis(), names, entry.documentDate() == null ? "" : entry.documentDate().toString(),
                entry.receivedAt() == null ? "" : entry.receivedAt().atZone(no.innspill.platform.DateFormats.OSLO).toLocalDate().toString());
    }

    public String partyName(int position) {
        return partyNames.get(position);
    }
}
