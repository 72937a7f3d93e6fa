package no.innspill.response;

import java.time.OffsetDateTime;

/** What a submitter gets back: the document number the response was registered under. */
record ReceiptView(String documentNumber, String consultation, OffsetDateTime receivedAt, String channel, boolean late) {

    static ReceiptView of(StoredResponse response, String caseNumber) {
        return new ReceiptView(response.documentNumber(), caseNumber, ResponseView.oslo(response.receivedAt()),
                response.channel().jsonName(), response.late());
    }
}
