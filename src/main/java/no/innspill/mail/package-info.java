/**
 * Outgoing e-mail through a transactional outbox. A feature calls
 * {@link no.innspill.mail.Outbox#enqueue} inside its own transaction, so a mail is stored if and
 * only if that transaction commits; a background job sends what is stored over SMTP, retrying with
 * growing pauses, so a mail is never lost to a mail server that is down. Attachments are references
 * that {@link no.innspill.mail.AttachmentSource} beans of other modules turn into bytes when the
 * mail is sent, so the outbox never holds documents. Without an SMTP server ({@code spring.mail.host})
 * mail is kept as {@code held}, readable by staff, and sent once a server is configured.
 */
@ApplicationModule(allowedDependencies = "platform")
package no.innspill.mail;

import org.springframework.modulith.ApplicationModule;
