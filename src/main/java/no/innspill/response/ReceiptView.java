package no.innspill.response;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * What a submitter gets back: the document number the response was registered under, and the
 * respondent's receipt page and its PDF/A copy, which anyone holding the links may open.
 */
@Schema(name = "Receipt")
record ReceiptView(String documentNumber, String consultation, OffsetDateTime receivedAt, String channel, boolean late,
                   @Schema(description = "The receipt page (absolute URL); the link is the only key to it", format = "uri")
                   String receiptUrl,
                   @Schema(description = "The response as PDF/A (absolute URL)", format = "uri")
                   String pdfUrl) {

    static ReceiptView of(StoredResponse response, String caseNumber, String receiptUrl, String pdfUrl) {
        return new ReceiptView(response.documentNumber(), caseNumber, ResponseView.oslo(response.receivedAt()),
                response.channel().jsonName(), response.late(), receiptUrl, pdfUrl);
    }
}
