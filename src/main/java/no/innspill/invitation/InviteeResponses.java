package no.innspill.invitation;

import no.innspill.response.InvitedResponses;
import org.springframework.stereotype.Component;

/** The responses that answer an invitee, for the response lists' "invitee" filter (the link is ours: invitee_response). */
@Component
record InviteeResponses(InviteeRepository repository) implements InvitedResponses {

    @Override
    public int[] sequenceNumbers(long consultationId) {
        return repository.answeredSequenceNumbers(consultationId);
    }
}
