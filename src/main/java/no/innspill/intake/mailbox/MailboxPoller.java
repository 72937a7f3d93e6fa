package no.innspill.intake.mailbox;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.intake.IntakeItems;
import no.innspill.intake.IntakeProperties.Imap;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One look into the watched mailbox: every message not yet flagged becomes intake items (one per
 * attachment), then is marked \Seen and \Flagged so it is not taken again. The Message-ID is
 * unique in the database too, so a message is taken once even if the application stops between
 * storing it and flagging it, or two nodes look at once. A message that cannot be read is logged
 * and left for the next look; it never stops the others.
 */
record MailboxPoller(Imap imap, Consultations consultations, IntakeItems items) {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    /** @return how many new messages were taken in */
    int poll() {
        Consultation consultation = consultations.findBySlug(imap.consultation()).orElse(null);
        if (consultation == null) {
            log.error("The mailbox files messages under consultation {} (innspill.intake.imap.consultation), which does not exist",
                    imap.consultation());
            return 0;
        }
        String protocol = imap.ssl() ? "imaps" : "imap";
        Session session = Session.getInstance(sessionProperties(protocol));
        int taken = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            Folder folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.FLAGGED), false))) {
                    if (take(consultation, (MimeMessage) message)) {
                        taken++;
                    }
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("Could not read the mailbox {}@{}:{}/{}: {}", imap.username(), imap.host(), imap.port(), imap.folder(), e.toString());
        }
        if (taken > 0) {
            log.info("Took {} new message(s) from the mailbox into {}", taken, consultation.caseNumber());
        }
        return taken;
    }

    private boolean take(Consultation consultation, MimeMessage message) {
        try {
            String messageId = messageId(message);
            boolean taken = false;
            if (!items.messageTaken(messageId)) {
                IncomingMessage incoming = IncomingMessage.read(message, messageId, items.maxFileSize());
                taken = items.receiveMail(consultation, incoming.mail(), incoming.attachments()).isPresent();
            }
            message.setFlag(Flags.Flag.SEEN, true);
            message.setFlag(Flags.Flag.FLAGGED, true);
            return taken;
        } catch (MessagingException | IOException | RuntimeException e) {
            log.warn("Could not take message {} from the mailbox; it is left there for the next look", number(message), e);
            return false;
        }
    }

    /** The Message-ID, or for a message without one a digest of its bytes. */
    private static String messageId(MimeMessage message) throws MessagingException, IOException {
        String id = message.getMessageID();
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        return "sha256:" + DigestUtils.sha256Hex(raw.toByteArray());
    }

    private Properties sessionProperties(String protocol) {
        Properties properties = new Properties();
        String timeout = String.valueOf(imap.timeout().toMillis());
        properties.put("mail." + protocol + ".connectiontimeout", timeout);
        properties.put("mail." + protocol + ".timeout", timeout);
        properties.put("mail." + protocol + ".writetimeout", timeout);
        return properties;
    }

    private static int number(Message message) {
        return message.getMessageNumber();
    }
}
