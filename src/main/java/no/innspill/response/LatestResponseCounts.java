package no.innspill.response;

import no.innspill.consultation.Consultation;
import no.innspill.consultation.ResponseCounts;
import org.springframework.stereotype.Component;

/**
 * The consultation module's counts of responses: the latest versions only, so a response and its revision
 * count once. (Any response at all means at least one latest version, so "has responses" is unchanged.)
 */
@Component
class LatestResponseCounts implements ResponseCounts {

    private final Responses responses;

    LatestResponseCounts(Responses responses) {
        this.responses = responses;
    }

    @Override
    public int count(Consultation consultation) {
        return responses.countLatest(consultation);
    }
}
