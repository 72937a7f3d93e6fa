package no.innspill.response;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationDeadlineChanged;
import no.innspill.consultation.Consultations;
import no.innspill.mail.Outbox;
import no.innspill.mail.OutgoingMail;
import no.innspill.platform.DateFormats;
import no.innspill.platform.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every respondent with an unsent draft and an e-mail address that the deadline moved, with
 * the link to their draft. Each draft is marked with the deadline it was told of in the transaction
 * that writes the outbox, so a redelivered event mails nobody twice. Drafts do not keep the
 * respondent's language; the mail is in bokmål.
 */
@Component
class DeadlineChangeMail {

    private static final Locale LANGUAGE = Locale.forLanguageTag("nb");

    private final JdbcClient jdbc;
    private final Consultations consultations;
    private final Outbox outbox;
    private final MessageSource messages;
    private final PublicLinks web;

    DeadlineChangeMail(JdbcClient jdbc, Consultations consultations, Outbox outbox, MessageSource messages, PublicLinks web) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.outbox = outbox;
        this.messages = messages;
        this.web = web;
    }

    private record Recipient(String token, String email) {
    }

    @ApplicationModuleListener(id = "response.deadline-change-mail")
    void on(ConsultationDeadlineChanged event) {
        Consultation consultation = consultations.getById(event.consultationId());
        Timestamp deadline = Timestamp.from(event.deadline());
        List<Recipient> recipients = jdbc.sql("""
                        update draft set deadline_notified_for = ?
                         where consultation_id = ? and email is not null and submitted_receipt_token is null
                           and deadline_notified_for is distinct from ?
                        returning token, email""")
                .params(deadline, event.consultationId(), deadline)
                .query((rs, row) -> new Recipient(rs.getString("token"), rs.getString("email"))).list();
        String when = DateFormats.dateTime(event.deadline(), LANGUAGE);
        String subject = messages.getMessage("mail.deadline.subject", new Object[] {consultation.caseNumber()}, LANGUAGE);
        for (Recipient recipient : recipients) {
            String link = web.link("/horinger/" + consultation.slug() + "/utkast/" + recipient.token());
            try {
                outbox.enqueue(new OutgoingMail(recipient.email(), subject, messages.getMessage("mail.deadline.body",
                        new Object[] {consultation.title(), when, link}, LANGUAGE)));
            } catch (IllegalArgumentException unusableAddress) {
                // saved with the draft but refused by the mail module's stricter check: nobody to tell
            }
        }
    }
}
