package no.innspill.mail;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * The way to send e-mail: {@link #enqueue} stores a mail in the caller's transaction, and a
 * background job sends it after the commit (see the package documentation).
 */
@Service
public class Outbox {

    /** The most entries {@link #recent} returns. */
    public static final int MAX_RECENT = 1000;

    private final OutboxRepository repository;
    private final AttachmentSources sources;
    private final boolean smtpConfigured;

    Outbox(OutboxRepository repository, AttachmentSources sources, ObjectProvider<JavaMailSender> sender) {
        this.repository = repository;
        this.sources = sources;
        this.smtpConfigured = sender.getIfAvailable() != null;
    }

    /**
     * Stores the mail in the caller's transaction (it joins a Spring-managed transaction when one is
     * active, and commits by itself when none is): a mail enqueued in a transaction that rolls back
     * is never sent. Returns the mail's id in the outbox.
     *
     * @throws IllegalArgumentException when the mail is missing or names an attachment source that
     *                                  does not exist
     */
    public long enqueue(OutgoingMail mail) {
        if (mail == null) {
            throw new IllegalArgumentException("mail is missing");
        }
        for (AttachmentRef attachment : mail.attachments()) {
            if (!sources.has(attachment.source())) {
                throw new IllegalArgumentException("No attachment source is called \"" + attachment.source()
                        + "\"; the sources are " + sources);
            }
        }
        return repository.insert(mail, smtpConfigured ? OutboxEntry.PENDING : OutboxEntry.HELD);
    }

    /** The newest mails first, at most {@code limit} (1 to {@value #MAX_RECENT}). */
    public List<OutboxEntry> recent(int limit) {
        if (limit < 1 || limit > MAX_RECENT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_RECENT);
        }
        return repository.recent(limit);
    }

    public Optional<OutboxEntry> find(long id) {
        return repository.find(id);
    }
}
