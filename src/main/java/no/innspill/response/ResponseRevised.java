package no.innspill.response;

/**
 * A revised response (revidert høringssvar) was registered: response {@code revisionSequence} replaces response
 * {@code supersededSequence} of the same case, which is kept and now marked superseded. Published in the
 * transaction that numbers the revision and marks the earlier one, next to the {@link ResponsesRegistered} that
 * registers the revision as a response like any other.
 *
 * @param supersededDocumentNumber 22/414-3
 * @param revisionDocumentNumber   22/414-9
 */
public record ResponseRevised(long consultationId, String caseNumber, int supersededSequence, String supersededDocumentNumber,
                              int revisionSequence, String revisionDocumentNumber) {
}
