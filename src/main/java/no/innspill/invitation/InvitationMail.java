package no.innspill.invitation;

import java.util.Locale;
import java.util.stream.Collectors;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationDocuments;
import no.innspill.mail.Outbox;
import no.innspill.mail.OutgoingMail;
import no.innspill.platform.DateFormats;
import no.innspill.platform.PublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The invitation and the reminder, in bokmål (an invitee has chosen no language yet): the
 * consultation, its deadline in Europe/Oslo, its documents and the invitee's personal link. Put
 * in the outbox in the caller's transaction, the one that claims the invitee.
 */
@Component
class InvitationMail {

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);
    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private final Outbox outbox;
    private final MessageSource messages;
    private final PublicLinks web;
    private final ConsultationDocuments documents;

    InvitationMail(Outbox outbox, MessageSource messages, PublicLinks web, ConsultationDocuments documents) {
        this.outbox = outbox;
        this.messages = messages;
        this.web = web;
        this.documents = documents;
    }

    static String personalPath(Consultation consultation, Invitee invitee) {
        return "/horinger/" + consultation.slug() + "/invitasjon/" + invitee.token();
    }

    /** @return false when the mail module refused the address (the invitee stays on the list, unmailed) */
    boolean invite(Consultation consultation, Invitee invitee) {
        return send(consultation, invitee, "mail.invitation");
    }

    boolean remind(Consultation consultation, Invitee invitee) {
        return send(consultation, invitee, "mail.reminder");
    }

    private boolean send(Consultation consultation, Invitee invitee, String key) {
        String documentLinks = documents.list(consultation).stream()
                .map(d -> "- " + d.title() + ": " + web.link("/horinger/" + consultation.slug() + "/dokumenter/" + d.id() + "/" + d.downloadName()))
                .collect(Collectors.joining("\n"));
        if (documentLinks.isEmpty()) {
            documentLinks = messages.getMessage("mail.invitation.no-documents", null, BOKMAL);
        }
        try {
            outbox.enqueue(new OutgoingMail(invitee.email(),
                    messages.getMessage(key + ".subject", new Object[] {consultation.caseNumber(), oneLine(consultation.title())}, BOKMAL),
                    messages.getMessage(key + ".body", new Object[] {invitee.name(), consultation.title(), consultation.owner(),
                            DateFormats.dateTime(consultation.deadline(), BOKMAL), documentLinks,
                            web.link(personalPath(consultation, invitee)), web.link("/horinger/" + consultation.slug())}, BOKMAL)));
            return true;
        } catch (IllegalArgumentException unusableAddress) {
            log.info("No {} to invitee {}: the mail module refused the address", key, invitee.id());
            return false;
        }
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 180 ? line.substring(0, 180) + "…" : line;
    }
}
