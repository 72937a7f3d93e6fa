package no.innspill.response;

import java.util.List;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.mail.AttachmentRef;
import no.innspill.mail.Outbox;
import no.innspill.mail.OutgoingMail;
import no.innspill.platform.DateFormats;
import no.innspill.platform.PublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import no.innspill.platform.events.AsynchronousCommit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The receipt e-mail for a registered response, with its PDF copy attached, in the respondent's
 * language. Runs after the responses are stored, for every one whose respondent gave an e-mail
 * address; marks each in the same transaction as it writes the outbox, so a redelivered event never
 * mails twice. The PDF is rendered only when the mail is sent, by {@link ResponsePdfAttachments}.
 */
@Component
class ReceiptMail {

    private static final Logger log = LoggerFactory.getLogger(ReceiptMail.class);

    private final ResponseRepository repository;
    private final Consultations consultations;
    private final Outbox outbox;
    private final MessageSource messages;
    private final PublicLinks web;
    private final AsynchronousCommit asynchronousCommit;
    private final Attachments attachments;

    ReceiptMail(ResponseRepository repository, Consultations consultations, Outbox outbox, MessageSource messages, PublicLinks web,
                AsynchronousCommit asynchronousCommit, Attachments attachments) {
        this.asynchronousCommit = asynchronousCommit;
        this.attachments = attachments;
        this.repository = repository;
        this.consultations = consultations;
        this.outbox = outbox;
        this.messages = messages;
        this.web = web;
    }

    @ApplicationModuleListener(id = "response.receipt-mail", condition = "!#event.receiptsRequested().isEmpty()")
    void on(ResponsesRegistered event) {
        asynchronousCommit.forThisTransaction();
        Consultation consultation = consultations.getById(event.consultationId());
        for (ResponsesRegistered.Registration registered : event.receiptsRequested()) {
            if (repository.markReceiptEnqueued(event.consultationId(), registered.sequenceNumber())) {
                enqueue(consultation, repository.findOne(event.consultationId(), registered.sequenceNumber()).orElseThrow(),
                        Locale.forLanguageTag(registered.language() == null ? "nb" : registered.language()));
            }
        }
    }

    /** A revised response's receipt says which response it replaces, before the greeting. */
    private String withRevision(String body, StoredResponse response, Locale locale) {
        return response.revises() == null ? body
                : beforeGreeting(body, messages.getMessage("mail.receipt.revises", new Object[] {response.revisesDocumentNumber()}, locale));
    }

    /** The names of the files sent with the response, before the greeting; the files themselves are not mailed back. */
    private String withFileNames(String body, StoredResponse response, Locale locale) {
        List<Attachment> files = attachments.list(response.consultationId(), response.sequenceNumber());
        if (files.isEmpty()) {
            return body;
        }
        String names = String.join(", ", files.stream().map(Attachment::name).toList());
        return beforeGreeting(body, messages.getMessage("mail.receipt.attachments", new Object[] {names}, locale));
    }

    /** What the respondent asked about publication, when it was more than the usual (name published, online). */
    private String withPublication(String body, StoredResponse response, Locale locale) {
        Publication publication = response.publication();
        if (publication.withholdName()) {
            body = beforeGreeting(body, messages.getMessage("mail.receipt.withhold-name", null, locale));
        }
        if (!publication.online()) {
            body = beforeGreeting(body, messages.getMessage("mail.receipt.not-online", new Object[] {publication.reason()}, locale));
        }
        return body;
    }

    private static String beforeGreeting(String body, String line) {
        int greeting = body.lastIndexOf("\n\n");
        return greeting < 0 ? body + "\n\n" + line : body.substring(0, greeting) + "\n\n" + line + body.substring(greeting);
    }

    private void enqueue(Consultation consultation, StoredResponse response, Locale locale) {
        try {
            outbox.enqueue(new OutgoingMail(response.respondent().email(),
                    messages.getMessage("mail.receipt.subject", new Object[] {response.documentNumber()}, locale),
                    withRevision(withPublication(withFileNames(messages.getMessage("mail.receipt.body", new Object[] {consultation.title(), response.documentNumber(),
                            DateFormats.dateTime(response.receivedAt(), locale),
                            web.link("/kvittering/" + response.receiptToken())}, locale), response, locale), response, locale),
                            response, locale),
                    List.of(new AttachmentRef(ResponsePdfAttachments.SOURCE, response.receiptToken(), ResponsePdfs.fileName(response),
                            "application/pdf"))));
        } catch (IllegalArgumentException unusableAddress) {
            // the address passed our checks but not the mail module's stricter ones: the response is what
            // matters, it is stored and the receipt page shows it
            log.info("No receipt for {}: the mail module refused the address", response.documentNumber());
        }
    }
}
