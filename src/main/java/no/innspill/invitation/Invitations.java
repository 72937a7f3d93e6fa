package no.innspill.invitation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationStatus;
import no.innspill.consultation.Consultations;
import no.innspill.platform.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends invitations and reminders. Each invitee is claimed (its time set where it was unset) in
 * the transaction that writes its mail to the outbox, so with any number of nodes and retries an
 * invitee gets one invitation and at most one reminder.
 */
@Service
class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    private final InviteeRepository repository;
    private final InvitationMail mail;
    private final Consultations consultations;

    Invitations(InviteeRepository repository, InvitationMail mail, Consultations consultations) {
        this.repository = repository;
        this.mail = mail;
        this.consultations = consultations;
    }

    /** How many invitees the button would mail: those with an address not invited yet. */
    long pending(Consultation consultation) {
        return repository.list(consultation.id()).stream().filter(i -> i.email() != null && i.invitedAt() == null).count();
    }

    /**
     * Invites everyone with an address who was not invited before.
     *
     * @return how many invitations went to the outbox
     * @throws ConflictException when the consultation takes no responses (a draft, closed, past its deadline)
     */
    @Transactional
    int sendInvitations(Consultation consultation, Instant now) {
        if (!consultation.acceptsPublicResponses(now)) {
            throw new ConflictException("Consultation not open", "Consultation " + consultation.caseNumber()
                    + " takes no responses; invitations go out while it is open");
        }
        int sent = 0;
        for (Invitee invitee : repository.list(consultation.id())) {
            if (invitee.email() != null && invitee.invitedAt() == null && repository.claimInvitation(invitee.id())) {
                if (mail.invite(consultation, invitee)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /**
     * Sends the reminders that are due: for every open consultation whose deadline is within its
     * reminder days, to every invitee invited and not answered nor reminded. Never after the deadline.
     *
     * @return how many reminders went to the outbox
     */
    @Transactional
    int sendDueReminders(Instant now) {
        int sent = 0;
        for (long consultationId : repository.consultationsWithReminders()) {
            var found = consultations.findById(consultationId);
            if (found.isEmpty()) {
                continue;
            }
            Consultation consultation = found.get();
            Integer days = repository.reminderDays(consultationId).orElse(null);
            if (days == null || consultation.status() != ConsultationStatus.OPEN || !consultation.acceptsPublicResponses(now)
                    || now.isBefore(consultation.deadline().minus(days, ChronoUnit.DAYS))) {
                continue;
            }
            for (Invitee invitee : repository.dueReminder(consultationId)) {
                if (repository.claimReminder(invitee.id()) && mail.remind(consultation, invitee)) {
                    sent++;
                }
            }
        }
        if (sent > 0) {
            log.info("Sent {} reminder(s)", sent);
        }
        return sent;
    }
}
