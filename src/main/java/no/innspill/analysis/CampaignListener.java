package no.innspill.analysis;

import no.innspill.consultation.Consultations;
import no.innspill.platform.events.AsynchronousCommit;
import no.innspill.response.ResponsesRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** New responses join the stored campaigns, or pair with their sender's earlier response, as they are registered. */
@Component
class CampaignListener {

    private final Consultations consultations;
    private final CampaignArrivals arrivals;
    private final AsynchronousCommit asynchronousCommit;

    CampaignListener(Consultations consultations, CampaignArrivals arrivals, AsynchronousCommit asynchronousCommit) {
        this.consultations = consultations;
        this.arrivals = arrivals;
        this.asynchronousCommit = asynchronousCommit;
    }

    @ApplicationModuleListener(id = "analysis.campaign-arrivals")
    void on(ResponsesRegistered event) {
        asynchronousCommit.forThisTransaction();
        arrivals.take(consultations.getById(event.consultationId()),
                event.responses().stream().map(ResponsesRegistered.Registration::sequenceNumber).sorted().toList());
    }
}
