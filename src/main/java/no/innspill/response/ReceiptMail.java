package no.innspill.response;

import java.util.List;
import java.util.Locale;
import no.innspill.mail.AttachmentRef;
import no.innspill.mail.Outbox;
import no.innspill.mail.OutgoingMail;
import no.innspill.platform.DateFormats;
import no.innspill.platform.WebProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The receipt e-mail for a response, with its PDF copy attached. Written to the outbox in the
 * transaction that stores the response; the PDF is rendered only when the mail is sent, by
 * {@link ResponsePdfAttachments}.
 */
@Component
class ReceiptMail {

    private final Outbox outbox;
    private final MessageSource messages;
    private final WebProperties web;

    ReceiptMail(Outbox outbox, MessageSource messages, WebProperties web) {
        this.outbox = outbox;
        this.messages = messages;
        this.web = web;
    }

    /** Must run inside the transaction that stores the response. */
    void enqueue(StoredResponse response, String title, Locale locale) {
        String email = response.respondent().email();
        if (email == null) {
            return;
        }
        try {
            outbox.enqueue(new OutgoingMail(email,
                    messages.getMessage("mail.receipt.subject", new Object[] {response.documentNumber()}, locale),
                    messages.getMessage("mail.receipt.body", new Object[] {title, response.documentNumber(),
                            DateFormats.dateTime(response.receivedAt(), locale),
                            web.link("/kvittering/" + response.receiptToken())}, locale),
                    List.of(new AttachmentRef(ResponsePdfAttachments.SOURCE, response.receiptToken(), ResponsePdfs.fileName(response), "application/pdf"))));
        } catch (IllegalArgumentException unusableAddress) {
            // the response is what matters: it is stored, and the receipt page shows it
        }
    }

}
