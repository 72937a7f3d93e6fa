package no.innspill.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail that is due, one mail per transaction: lock the next due row ({@code for update
 * skip locked}), send it, mark it sent, commit. A failed attempt is recorded in the same
 * transaction with the time of the next one, so nothing is lost; a crash between the SMTP server's
 * acceptance and the commit sends that one mail again on the next run (at least once, never zero).
 * Held mail (written where no SMTP server was configured) is sent like pending mail. Without an
 * SMTP server nothing is sent, and mail waiting to be sent is marked held.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final OutboxRepository repository;
    private final AttachmentSources sources;
    private final OutboxProperties properties;
    private final JavaMailSender sender;
    private final InternetAddress from;
    private final TransactionTemplate transactions;
    private final TransactionTemplate outsideTransaction;

    MailDelivery(OutboxRepository repository, AttachmentSources sources, OutboxProperties properties,
                 ObjectProvider<JavaMailSender> sender, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.sources = sources;
        this.properties = properties;
        this.sender = sender.getIfAvailable();
        this.from = Addresses.parse("innspill.mail.from", properties.from());
        this.transactions = new TransactionTemplate(transactionManager);
        this.outsideTransaction = new TransactionTemplate(transactionManager);
        this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        if (this.sender == null) {
            log.warn("No SMTP server is configured (spring.mail.host): e-mail is kept in the outbox as held, "
                    + "and sent once the application runs with one");
        }
    }

    /** Sends what is due, at most one batch; returns how many mails were sent. */
    int deliverDue() {
        return deliverDue(() -> false);
    }

    /** As {@link #deliverDue()}, ending early once {@code stopping} says the application shuts down. */
    int deliverDue(BooleanSupplier stopping) {
        if (sender == null) {
            repository.holdPending();
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < properties.batchSize() && !stopping.getAsBoolean(); i++) {
            Attempt attempt = transactions.execute(status -> deliverNext());
            if (attempt == Attempt.NONE_DUE) {
                break;
            }
            if (attempt == Attempt.SENT) {
                sent++;
            }
        }
        return sent;
    }

    private enum Attempt { SENT, FAILED, NONE_DUE }

    /** Runs in a transaction, which holds the mail's row locked until the outcome is recorded. */
    private Attempt deliverNext() {
        OutboxEntry mail = repository.lockNextDue().orElse(null);
        if (mail == null) {
            return Attempt.NONE_DUE;
        }
        try {
            send(mail);
        } catch (MessagingException | RuntimeException e) {
            recordFailure(mail, describe(e));
            return Attempt.FAILED;
        }
        repository.markSent(mail.id());
        return Attempt.SENT;
    }

    private void send(OutboxEntry mail) throws MessagingException {
        List<AttachmentRef> attachments = mail.attachments();
        // outside this transaction, so a source's own database error cannot undo the record of this attempt
        List<byte[]> contents = attachments.isEmpty() ? List.of()
                : outsideTransaction.execute(status -> attachments.stream().map(sources::load).toList());

        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, attachments.isEmpty()
                ? MimeMessageHelper.MULTIPART_MODE_NO : MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(Addresses.parse("to", mail.to()));
        helper.setSubject(mail.subject());
        helper.setText(mail.textBody(), false);
        for (int i = 0; i < attachments.size(); i++) {
            AttachmentRef attachment = attachments.get(i);
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(contents.get(i)), attachment.contentType());
        }
        message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no auto-replies, please
        sender.send(message);
    }

    private void recordFailure(OutboxEntry mail, String error) {
        int attempts = mail.attempts() + 1;
        if (attempts >= properties.maxAttempts()) {
            repository.markFailed(mail.id(), attempts, error);
            log.error("Gave up sending mail {} after {} attempts: {}", mail.id(), attempts, error);
            return;
        }
        Duration delay = properties.retryDelayAfter(attempts);
        repository.markRetry(mail.id(), attempts, error, delay);
        log.warn("Sending mail {} failed (attempt {}), trying again in {}: {}", mail.id(), attempts, delay, error);
    }

    /** One line for staff and logs: what failed and its root cause, never a stack trace. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = summary(e) + (root == e ? "" : " (" + summary(root) + ")");
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private static String summary(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
