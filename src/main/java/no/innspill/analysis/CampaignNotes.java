package no.innspill.analysis;

import java.util.List;
import no.innspill.response.CampaignMemberships;
import org.springframework.stereotype.Component;

/** The response page's note "part of a campaign" or "duplicate of 22/414-7", from the stored campaigns. */
@Component
class CampaignNotes implements CampaignMemberships {

    private static final int OTHERS_SHOWN = 5;

    private final CampaignStore store;

    CampaignNotes(CampaignStore store) {
        this.store = store;
    }

    @Override
    public List<Membership> of(long consultationId, int sequenceNumber) {
        return store.holding(consultationId, sequenceNumber).stream()
                .map(campaign -> campaign.kind() == Campaign.Kind.DUPLICATE
                        ? new Membership(true, campaign.id(), campaign.size(), store.members(campaign.id(), 0, OTHERS_SHOWN + 1).stream()
                                .map(CampaignStore.Member::sequenceNumber).filter(n -> n != sequenceNumber).limit(OTHERS_SHOWN).toList())
                        : new Membership(false, campaign.id(), campaign.size(), List.of()))
                .toList();
    }
}
