package no.innspill.mail;

import java.time.Instant;
import java.util.List;

/**
 * A mail in the outbox and what became of it, for the staff's outbox page.
 *
 * @param status        {@value #PENDING}, {@value #HELD} (no SMTP server configured: kept until
 *                      there is one), {@value #SENT} or {@value #FAILED} (given up)
 * @param attempts      how often sending was tried
 * @param nextAttemptAt when it is tried next; {@code null} once sent or failed
 * @param sentAt        when the SMTP server took it; {@code null} until then
 * @param lastError     a one-line reason the last attempt failed, or {@code null}
 */
public record OutboxEntry(long id, String to, String subject, String textBody, List<AttachmentRef> attachments,
                          String status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                          String lastError) {

    public static final String PENDING = "pending";
    public static final String HELD = "held";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
}
