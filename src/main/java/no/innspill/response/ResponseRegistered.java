package no.innspill.response;

/**
 * A response was registered: it has its document number in the case. Published in the transaction
 * that numbers and stores it, so it exists if and only if the response does; every listener is run
 * after the commit, retried until it succeeds, also after a crash (platform.events).
 *
 * @param sequenceNumber   the number after the dash in the document number (7 in 22/414-7)
 * @param receiptRequested the respondent gave an e-mail address for a receipt
 * @param language         the language the respondent used (BCP 47, {@code nb}, {@code nn}, {@code en}), for what is sent to them
 */
public record ResponseRegistered(
        long consultationId,
        String caseNumber,
        int sequenceNumber,
        String documentNumber,
        Channel channel,
        ResponseSource source,
        boolean receiptRequested,
        String language) {
}
