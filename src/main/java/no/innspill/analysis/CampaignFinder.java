package no.innspill.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Finds campaigns (exact copies, near-copies and a template plus the sender's own text) and one sender's repeated
 * submissions among the responses of a consultation. Deterministic: the same responses give the same campaigns.
 */
public final class CampaignFinder {

    /** The campaigns and duplicates among the responses, largest first. */
    public List<Campaign> find(List<AnalysedResponse> responses) {
        throw new UnsupportedOperationException("the engine lands on main shortly");
    }

    /**
     * Whether a response that arrives later belongs to a campaign found earlier, given the campaign's fingerprint; when it
     * does, the text the sender added (empty when none).
     */
    public Optional<String> joins(long[] fingerprint, AnalysedResponse response) {
        throw new UnsupportedOperationException("the engine lands on main shortly");
    }
}
