package no.innspill.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The campaigns and duplicates of a consultation as JSON, and a run asked for (staff). */
@RestController
@Tag(name = "Campaigns")
class CampaignApiController {

    private static final String BASE = "/api/v1/consultations/{slug}/campaigns";
    /** Members listed with each campaign; the rest are paged at its members link. */
    static final int MEMBERS_INLINE = 1000;
    private static final int MAX_LIMIT = 200;

    private final Consultations consultations;
    private final CampaignViews views;
    private final CampaignRuns runs;

    CampaignApiController(Consultations consultations, CampaignViews views, CampaignRuns runs) {
        this.consultations = consultations;
        this.views = views;
        this.runs = runs;
    }

    record MemberJson(int sequenceNumber, String documentNumber, String added, String joined) {

        static MemberJson of(Consultation consultation, CampaignStore.Member member) {
            return new MemberJson(member.sequenceNumber(), consultation.caseNumber() + "-" + member.sequenceNumber(), member.addedText(),
                    member.joined().name().toLowerCase(Locale.ROOT));
        }
    }

    record CampaignJson(long id, String kind, String template, int size, int withOwnText, Instant foundAt, List<MemberJson> members,
                        String moreMembers) {
    }

    record RunJson(Instant requestedAt, Instant startedAt, Instant finishedAt, Integer analysed, boolean failed, boolean waiting) {

        static RunJson of(CampaignStore.Run run) {
            return new RunJson(run.requestedAt(), run.startedAt(), run.finishedAt(), run.analysed(), run.failed(), run.waiting());
        }
    }

    record CampaignsJson(RunJson lastRun, int responses, int countedOnce, List<CampaignJson> campaigns, String next) {
    }

    record MembersJson(List<MemberJson> members, String next) {
    }

    @GetMapping(BASE)
    @Operation(summary = "The consultation's campaigns (kind campaign or duplicate), largest first, each with up to 1000 members",
            description = "Paged with page (from 1) and limit (at most 200); a campaign with more members links to the rest.")
    CampaignsJson campaigns(@PathVariable String slug, @RequestParam(required = false) String kind,
                            @RequestParam(required = false) String page, @RequestParam(required = false) String limit) {
        Consultation consultation = consultations.getBySlug(slug);
        Campaign.Kind shown = kind(kind);
        int pageNumber = CampaignViews.positive("page", page, 1, 100_000);
        int size = CampaignViews.positive("limit", limit, CampaignViews.PAGE, MAX_LIMIT);
        CampaignViews.Counts counts = views.counts(consultation);
        List<CampaignStore.Summary> listed = views.list(consultation, shown, pageNumber, size);
        boolean more = listed.size() > size;
        List<CampaignJson> campaigns = (more ? listed.subList(0, size) : listed).stream().map(campaign -> {
            List<MemberJson> members = views.memberRows(campaign.id(), 0, MEMBERS_INLINE).stream().map(m -> MemberJson.of(consultation, m)).toList();
            String moreMembers = campaign.size() > members.size()
                    ? "/api/v1/consultations/" + slug + "/campaigns/" + campaign.id() + "/members?after="
                    + members.get(members.size() - 1).sequenceNumber()
                    : null;
            return new CampaignJson(campaign.id(), campaign.kind().name().toLowerCase(Locale.ROOT), campaign.template(), campaign.size(),
                    campaign.withOwnText(), campaign.foundAt(), members, moreMembers);
        }).toList();
        String next = more ? "/api/v1/consultations/" + slug + "/campaigns?kind=" + shown.name().toLowerCase(Locale.ROOT)
                + "&page=" + (pageNumber + 1) + "&limit=" + size : null;
        return new CampaignsJson(RunJson.of(runs.lastRun(consultation)), counts.responses(), counts.countedOnce(), campaigns, next);
    }

    @GetMapping(BASE + "/{id}/members")
    @Operation(summary = "A campaign's members in document-number order, 1000 at a time after a sequence number")
    MembersJson members(@PathVariable String slug, @PathVariable String id, @RequestParam(required = false) String after) {
        Consultation consultation = consultations.getBySlug(slug);
        CampaignStore.Summary campaign = views.get(consultation, id);
        List<MemberJson> members = views.memberRows(campaign.id(), CampaignViews.after(after), MEMBERS_INLINE + 1).stream()
                .map(m -> MemberJson.of(consultation, m)).toList();
        boolean more = members.size() > MEMBERS_INLINE;
        members = more ? members.subList(0, MEMBERS_INLINE) : members;
        return new MembersJson(members, more ? "/api/v1/consultations/" + slug + "/campaigns/" + id + "/members?after="
                + members.get(members.size() - 1).sequenceNumber() : null);
    }

    @PostMapping(BASE + "/runs")
    @Operation(summary = "Asks for a run that finds the campaigns again among the latest responses (202; done in the background)")
    ResponseEntity<RunJson> run(@PathVariable String slug) {
        Consultation consultation = consultations.getBySlug(slug);
        runs.request(consultation);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(RunJson.of(runs.lastRun(consultation)));
    }

    private static Campaign.Kind kind(String kind) {
        if (kind == null || kind.isBlank() || kind.equals("campaign")) {
            return Campaign.Kind.CAMPAIGN;
        }
        if (kind.equals("duplicate")) {
            return Campaign.Kind.DUPLICATE;
        }
        throw new no.innspill.platform.InvalidParameterException("Unknown kind", List.of(no.innspill.platform.FieldError
                .of("kind", "must be campaign or duplicate").withCode("kind-unknown")));
    }
}
