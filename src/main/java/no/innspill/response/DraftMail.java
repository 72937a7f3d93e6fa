package no.innspill.response;

import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.mail.Outbox;
import no.innspill.mail.OutgoingMail;
import no.innspill.platform.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** E-mails the private link to a saved draft, through the outbox in the draft's own transaction. */
@Component
record DraftMail(Outbox outbox, MessageSource messages, PublicLinks web) {

    void sendResumeLink(Consultation consultation, String token, String email) {
        Locale locale = LocaleContextHolder.getLocale();
        String link = web.link("/horinger/" + consultation.slug() + "/utkast/" + token);
        try {
            outbox.enqueue(new OutgoingMail(email,
                    messages.getMessage("mail.draft.subject", new Object[] {consultation.caseNumber()}, locale),
                    messages.getMessage("mail.draft.body", new Object[] {consultation.title(), link,
                            no.innspill.platform.DateFormats.dateTime(consultation.deadline(), locale)}, locale)));
        } catch (IllegalArgumentException unusableAddress) {
            // the address passed our checks but not the mail module's stricter ones: the draft is
            // saved all the same, and the link is on the page
        }
    }
}
