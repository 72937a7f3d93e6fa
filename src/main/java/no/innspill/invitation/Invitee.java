package no.innspill.invitation;

import java.time.Instant;
import java.util.List;

/**
 * An invitee on a consultation's høringsliste, and what became of it.
 *
 * @param token      the key of the personal link; never shown to anyone but the invitee (and staff)
 * @param invitedAt  when the invitation went to the outbox, or {@code null}
 * @param remindedAt when the reminder went to the outbox, or {@code null}
 * @param responses  the registered responses that answer it, in document-number order
 */
public record Invitee(long id, long consultationId, String name, String organisationNumber, String email, InviteeKind kind,
               String token, Instant invitedAt, Instant remindedAt, String draftToken, List<Answer> responses) {

    /** A response that answers the invitee; {@code manual} when staff linked it. */
    public record Answer(int sequenceNumber, String documentNumber, boolean manual) {
    }

    public boolean answered() {
        return !responses.isEmpty();
    }

    Invitee withResponses(List<Answer> answers) {
        return new Invitee(id, consultationId, name, organisationNumber, email, kind, token, invitedAt, remindedAt, draftToken, answers);
    }
}
