package no.innspill.analysis;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.response.ResponseFilter;
import no.innspill.response.Responses;
import no.innspill.response.StoredResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batch run of campaign detection over a consultation's latest responses, as a background job: asked for by a case
 * worker, run on one node, and the stored campaigns replaced in one transaction. Responses registered while it ran are
 * then taken in as arrivals, so none is left out of the replaced campaigns.
 */
@Service
class CampaignRuns {

    private static final Logger log = LoggerFactory.getLogger(CampaignRuns.class);

    private final Consultations consultations;
    private final Responses responses;
    private final CampaignStore store;
    private final CampaignArrivals arrivals;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final TransactionTemplate transaction;

    CampaignRuns(Consultations consultations, Responses responses, CampaignStore store, CampaignArrivals arrivals,
                 SchedulerClient scheduler, @Qualifier(CampaignsConfiguration.RUN_TASK_BEAN) OneTimeTask<Void> task,
                 TransactionTemplate transaction) {
        this.consultations = consultations;
        this.responses = responses;
        this.store = store;
        this.arrivals = arrivals;
        this.scheduler = scheduler;
        this.task = task;
        this.transaction = transaction;
    }

    /**
     * Asks for a run of the consultation; {@code false} when one is already waiting or running (the request is the same
     * one). The request and its job commit together.
     */
    @Transactional
    boolean request(Consultation consultation) {
        boolean scheduled = scheduler.scheduleIfNotExists(task.instance(String.valueOf(consultation.id())), Instant.now());
        if (scheduled) {
            store.requested(consultation.id());
        }
        return scheduled;
    }

    CampaignStore.Run lastRun(Consultation consultation) {
        return store.run(consultation.id());
    }

    /** The job: finds the campaigns among the latest responses and stores them in place of the earlier ones. */
    void run(long consultationId) {
        Consultation consultation = consultations.getById(consultationId);
        store.started(consultationId);
        List<AnalysedResponse> analysed = new ArrayList<>();
        Map<Integer, String> senders = new LinkedHashMap<>();
        int[] last = {0};
        // the engine needs them all at once; in a background job, not a web request (docs/decisions.md)
        responses.forEachChunk(consultation, ResponseFilter.all(), chunk -> {
            for (StoredResponse response : chunk) {
                AnalysedResponse one = CampaignArrivals.analysed(response);
                analysed.add(one);
                String sender = CampaignArrivals.senderHash(one);
                if (sender != null) {
                    senders.put(response.sequenceNumber(), sender);
                }
                last[0] = Math.max(last[0], response.sequenceNumber());
            }
        });
        List<Campaign> found;
        try {
            found = new CampaignFinder().find(analysed);
        } catch (RuntimeException e) {
            log.error("Finding the campaigns of {} failed", consultation.caseNumber(), e);
            store.finished(consultationId, analysed.size(), true);
            return;
        }
        Instant now = Instant.now();
        transaction.executeWithoutResult(status -> {
            store.lock(consultationId);
            store.deleteAll(consultationId);
            for (Campaign campaign : found) {
                store.insert(consultationId, campaign, now, CampaignStore.Joined.BATCH);
            }
            store.saveSenders(consultationId, senders);
            store.finished(consultationId, analysed.size(), false);
        });
        catchUp(consultation, last[0]);
        log.info("Found {} campaigns and duplicates among {} responses of {}", found.size(), analysed.size(), consultation.caseNumber());
    }

    /** Responses registered after the run read its snapshot: their listener may have run before the replacement. */
    private void catchUp(Consultation consultation, int after) {
        List<StoredResponse> later;
        do {
            later = responses.latest(consultation, after, Responses.MAX_PAGE);
            if (!later.isEmpty()) {
                arrivals.take(consultation, later.stream().map(StoredResponse::sequenceNumber).toList());
                after = later.get(later.size() - 1).sequenceNumber();
            }
        } while (later.size() == Responses.MAX_PAGE);
    }
}
