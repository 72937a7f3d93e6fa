package no.innspill.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.innspill.consultation.Consultation;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidParameterException;
import no.innspill.platform.NotFoundException;
import no.innspill.response.Responses;
import no.innspill.response.StoredResponse;
import org.springframework.stereotype.Component;

/** What the campaign pages and the API show, read from the stored campaigns and the responses they point at. */
@Component
class CampaignViews {

    static final int PAGE = 50;
    private static final int BEGINNING = 200;

    private final CampaignStore store;
    private final Responses responses;

    CampaignViews(CampaignStore store, Responses responses) {
        this.store = store;
        this.responses = responses;
    }

    /**
     * The counts of the campaigns page: all latest responses, and as many if each campaign and each duplicate group
     * counts as one response.
     */
    record Counts(int responses, int campaigns, int inCampaigns, int duplicateGroups, int inDuplicates) {

        public int countedOnce() {
            return responses - (inCampaigns - campaigns) - (inDuplicates - duplicateGroups);
        }
    }

    /** A member as a page shows it: its document number, respondent and date, and the text its sender added. */
    record ShownMember(int sequenceNumber, String documentNumber, String respondent, Instant receivedAt, String addedText,
                       CampaignStore.Joined joined) {
    }

    Counts counts(Consultation consultation) {
        CampaignStore.Totals campaigns = store.totals(consultation.id(), Campaign.Kind.CAMPAIGN);
        CampaignStore.Totals duplicates = store.totals(consultation.id(), Campaign.Kind.DUPLICATE);
        return new Counts(responses.countLatest(consultation), campaigns.groups(), campaigns.members(), duplicates.groups(),
                duplicates.members());
    }

    /** A page of groups of the kind, numbered from 1, and one more if there are more. */
    List<CampaignStore.Summary> list(Consultation consultation, Campaign.Kind kind, int page, int size) {
        return store.list(consultation.id(), kind, (page - 1) * size, size + 1);
    }

    /** Members as the API lists them: without their responses' details, so a page of a thousand is one query. */
    List<CampaignStore.Member> memberRows(long campaignId, int after, int limit) {
        return store.members(campaignId, after, limit);
    }

    CampaignStore.Summary get(Consultation consultation, String id) {
        long parsed = parseId(id);
        return store.find(consultation.id(), parsed)
                .orElseThrow(() -> new NotFoundException("Consultation " + consultation.caseNumber() + " has no campaign " + id));
    }

    /** Up to {@code limit} members after the given sequence number, each with its response's respondent and date. */
    List<ShownMember> members(Consultation consultation, long campaignId, int after, int limit) {
        List<ShownMember> shown = new ArrayList<>();
        for (CampaignStore.Member member : store.members(campaignId, after, limit)) {
            Optional<StoredResponse> response = responses.find(consultation, member.sequenceNumber());
            shown.add(new ShownMember(member.sequenceNumber(), consultation.caseNumber() + "-" + member.sequenceNumber(),
                    response.map(r -> r.respondent().name()).orElse(null), response.map(StoredResponse::receivedAt).orElse(null),
                    member.addedText(), member.joined()));
        }
        return shown;
    }

    /** The template's first words, for a list. */
    static String beginning(String template) {
        String text = template.replaceAll("\\s+", " ").strip();
        if (text.length() <= BEGINNING) {
            return text;
        }
        int cut = text.lastIndexOf(' ', BEGINNING);
        return text.substring(0, cut > BEGINNING / 2 ? cut : BEGINNING) + " …";
    }

    static long parseId(String id) {
        try {
            long parsed = Long.parseLong(id);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new InvalidParameterException("Bad campaign id", List.of(FieldError.of("id", "must be a campaign's number").withCode("campaign-id-invalid")));
    }

    /** A positive whole number from a query parameter, or the default when absent. */
    static int positive(String name, String value, int whenAbsent, int max) {
        if (value == null || value.isBlank()) {
            return whenAbsent;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= 1 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new InvalidParameterException("Bad " + name, List.of(FieldError.of(name, "must be a whole number from 1 to " + max)
                .withCode(name + "-invalid")));
    }

    /** A sequence number to page after: zero or more. */
    static int after(String value) {
        return value == null || value.isBlank() ? 0 : positive("after", value, 0, Integer.MAX_VALUE);
    }
}
