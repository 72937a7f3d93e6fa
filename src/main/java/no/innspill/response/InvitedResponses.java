package no.innspill.response;

/**
 * Which responses answer an invitee of the consultation's høringsliste, for the list's {@code invitee} filter. The
 * invitation module owns that link and implements this; the response module cannot depend on it (it depends on us).
 * Bounded by the høringsliste, so the numbers travel as one array, not a join across modules' tables.
 */
public interface InvitedResponses {

    /** The sequence numbers of the consultation's responses that answer an invitee. */
    int[] sequenceNumbers(long consultationId);
}
