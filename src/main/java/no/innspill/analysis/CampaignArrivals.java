package no.innspill.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.innspill.consultation.Consultation;
import no.innspill.response.Responses;
import no.innspill.response.StoredResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses that arrive after a batch run: each joins the first (largest) stored campaign whose template it holds, or
 * else becomes a duplicate of an earlier response from the same sender with (nearly) the same text, as the batch run
 * would have found (a campaign member is not also a duplicate). A response already in a campaign or duplicate group is
 * left as it is, so a replayed event, or a run's catch-up after the listener, adds nothing twice. A revision takes the
 * place of the response it revises: that one leaves its groups.
 */
@Component
class CampaignArrivals {

    /** How many of a sender's earlier responses a new one is compared with. */
    private static final int EARLIER_OF_SENDER = 20;

    private final CampaignStore store;
    private final Responses responses;
    private final CampaignFinder finder = new CampaignFinder();

    CampaignArrivals(CampaignStore store, Responses responses) {
        this.store = store;
        this.responses = responses;
    }

    /** Takes in these responses of the consultation, in document-number order; a superseded or unknown number is skipped. */
    @Transactional
    void take(Consultation consultation, List<Integer> sequenceNumbers) {
        store.lock(consultation.id());
        List<StoredResponse> arrived = new ArrayList<>();
        for (int number : sequenceNumbers) {
            responses.find(consultation, number).filter(response -> !response.isSuperseded()).ifPresent(arrived::add);
        }
        for (StoredResponse response : arrived) {
            if (response.revises() != null) {
                store.forget(consultation.id(), response.revises());
            }
        }
        Map<Integer, String> senders = new LinkedHashMap<>();
        for (StoredResponse response : arrived) {
            String hash = senderHash(analysed(response));
            if (hash != null) {
                senders.put(response.sequenceNumber(), hash);
            }
        }
        store.saveSenders(consultation.id(), senders);
        List<CampaignStore.Fingerprint> campaigns = arrived.isEmpty() ? List.of() : store.campaignFingerprints(consultation.id());
        for (StoredResponse response : arrived) {
            if (!store.isMember(consultation.id(), response.sequenceNumber())) {
                AnalysedResponse analysed = analysed(response);
                if (!joinCampaign(consultation, campaigns, analysed)) {
                    pairWithEarlier(consultation, analysed, senders.get(response.sequenceNumber()));
                }
            }
        }
    }

    private boolean joinCampaign(Consultation consultation, List<CampaignStore.Fingerprint> campaigns, AnalysedResponse response) {
        for (CampaignStore.Fingerprint campaign : campaigns) {
            Optional<String> added = finder.joins(campaign.shingles(), response);
            if (added.isPresent()) {
                store.addMember(campaign.id(), consultation.id(), Integer.parseInt(response.id()), added.get(), CampaignStore.Joined.ARRIVED);
                return true;
            }
        }
        return false;
    }

    private void pairWithEarlier(Consultation consultation, AnalysedResponse response, String senderHash) {
        if (senderHash == null) {
            return;
        }
        List<AnalysedResponse> compared = new ArrayList<>();
        for (int earlier : store.earlierFromSender(consultation.id(), senderHash, Integer.parseInt(response.id()), EARLIER_OF_SENDER)) {
            responses.find(consultation, earlier).filter(found -> !found.isSuperseded()).map(CampaignArrivals::analysed)
                    .ifPresent(compared::add);
        }
        if (compared.isEmpty()) {
            return;
        }
        compared.add(response);
        for (Campaign found : finder.find(compared)) {
            if (found.kind() == Campaign.Kind.DUPLICATE && found.members().contains(response.id())) {
                List<Integer> others = found.members().stream().filter(id -> !id.equals(response.id())).map(Integer::valueOf).toList();
                Optional<Long> group = store.duplicateHolding(consultation.id(), others);
                if (group.isPresent()) {
                    store.addMember(group.get(), consultation.id(), Integer.parseInt(response.id()), found.added().get(response.id()),
                            CampaignStore.Joined.ARRIVED);
                } else {
                    store.insert(consultation.id(), found, Instant.now(), CampaignStore.Joined.ARRIVED);
                }
                return;
            }
        }
    }

    /** The response as the engine sees it, identified by its sequence number. */
    static AnalysedResponse analysed(StoredResponse response) {
        return AnalysedResponse.of(String.valueOf(response.sequenceNumber()), response.respondent(), response.answers());
    }

    /** The sender, hashed: the table that finds a sender's earlier responses holds no names or addresses. */
    static String senderHash(AnalysedResponse response) {
        String sender = response.sender();
        if (sender == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sender.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
