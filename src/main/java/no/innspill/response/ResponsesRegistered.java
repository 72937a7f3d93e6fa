package no.innspill.response;

import java.util.List;

/**
 * Responses were registered in a case: each has its document number. Published in the transaction
 * that numbers and stores them, so it exists if and only if they do; every listener runs after the
 * commit and is retried until it succeeds, also after a crash (platform.events).
 *
 * <p>One event per numbering transaction, not per response: the writer stores a batch of responses
 * in one transaction (docs/decisions.md), and each listener of each event costs the registry a row
 * and the listener three short transactions. Per response that was more than a whole submission
 * costs; per batch it is shared by the batch. At low load a batch, and so an event, is one response.
 */
public record ResponsesRegistered(long consultationId, String caseNumber, List<Registration> responses) {

    public ResponsesRegistered {
        responses = List.copyOf(responses);
    }

    /**
     * One registered response.
     *
     * @param sequenceNumber   the number after the dash in the document number (7 in 22/414-7)
     * @param receiptRequested the respondent gave an e-mail address for a receipt
     * @param language         the respondent's language (BCP 47: nb, nn, en), for what is sent to them
     * @param organisationNumber the respondent's, or {@code null}: for matching a response to an invitee
     * @param email              the respondent's, or {@code null}
     */
    public record Registration(int sequenceNumber, String documentNumber, Channel channel, ResponseSource source,
                               boolean receiptRequested, String language, String organisationNumber, String email) {

        public Registration(int sequenceNumber, String documentNumber, Channel channel, ResponseSource source,
                            boolean receiptRequested, String language) {
            this(sequenceNumber, documentNumber, channel, source, receiptRequested, language, null, null);
        }
    }

    /** The responses whose respondent asked for a receipt. */
    public List<Registration> receiptsRequested() {
        return responses.stream().filter(Registration::receiptRequested).toList();
    }

    /** The responses whose respondent gave an organisation number or an e-mail address. */
    public List<Registration> identified() {
        return responses.stream().filter(response -> response.organisationNumber() != null || response.email() != null).toList();
    }

    /** The responses registered from intake items. */
    public List<Registration> fromIntake() {
        return responses.stream().filter(response -> response.source().isIntake()).toList();
    }
}
