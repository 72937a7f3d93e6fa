package no.innspill.analysis;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The campaigns (not duplicates) as the summary report reads them, largest first. */
@Component
class CampaignReportSource implements ReportSources.Campaigns {

    private static final int PAGE = 500;

    private final CampaignStore store;

    CampaignReportSource(CampaignStore store) {
        this.store = store;
    }

    @Override
    public List<ReportSources.CampaignSummary> campaigns(long consultationId) {
        List<ReportSources.CampaignSummary> all = new ArrayList<>();
        List<CampaignStore.Summary> page;
        do {
            page = store.list(consultationId, Campaign.Kind.CAMPAIGN, all.size(), PAGE);
            page.forEach(campaign -> all.add(new ReportSources.CampaignSummary(campaign.template(), campaign.size(), campaign.withOwnText())));
        } while (page.size() == PAGE);
        return List.copyOf(all);
    }
}
