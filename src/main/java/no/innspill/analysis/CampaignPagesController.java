package no.innspill.analysis;

import java.util.List;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The campaigns page of a consultation, one campaign with its members, and the button that starts a run. */
@Controller
class CampaignPagesController {

    private static final String PAGE = "/saksbehandler/horinger/{slug}/kampanjer";

    private final Consultations consultations;
    private final CampaignViews views;
    private final CampaignRuns runs;

    CampaignPagesController(Consultations consultations, CampaignViews views, CampaignRuns runs) {
        this.consultations = consultations;
        this.views = views;
        this.runs = runs;
    }

    /** A list as a page shows it: at most a page of groups, and the page numbers around it (null when none). */
    record Listed(List<CampaignStore.Summary> groups, Integer previous, Integer next) {

        static Listed of(List<CampaignStore.Summary> fetched, int page) {
            boolean more = fetched.size() > CampaignViews.PAGE;
            return new Listed(more ? fetched.subList(0, CampaignViews.PAGE) : fetched, page > 1 ? page - 1 : null, more ? page + 1 : null);
        }

        public String beginning(CampaignStore.Summary group) {
            return CampaignViews.beginning(group.template());
        }
    }

    @GetMapping(PAGE)
    String campaigns(@PathVariable String slug, @RequestParam(name = "side", required = false) String page,
                     @RequestParam(name = "duplikatside", required = false) String duplicatePage, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        int campaignsShown = CampaignViews.positive("side", page, 1, 100_000);
        int duplicatesShown = CampaignViews.positive("duplikatside", duplicatePage, 1, 100_000);
        model.addAttribute("consultation", consultation);
        model.addAttribute("run", runs.lastRun(consultation));
        model.addAttribute("counts", views.counts(consultation));
        model.addAttribute("campaigns", Listed.of(views.list(consultation, Campaign.Kind.CAMPAIGN, campaignsShown, CampaignViews.PAGE), campaignsShown));
        model.addAttribute("duplicates", Listed.of(views.list(consultation, Campaign.Kind.DUPLICATE, duplicatesShown, CampaignViews.PAGE), duplicatesShown));
        model.addAttribute("campaignPage", campaignsShown);
        model.addAttribute("duplicatePage", duplicatesShown);
        return "staff/campaigns";
    }

    @PostMapping(PAGE + "/kjoringer")
    String run(@PathVariable String slug, RedirectAttributes flash) {
        Consultation consultation = consultations.getBySlug(slug);
        flash.addFlashAttribute("runMessage", runs.request(consultation) ? "campaigns.run.requested" : "campaigns.run.already");
        return "redirect:/saksbehandler/horinger/" + slug + "/kampanjer";
    }

    @GetMapping(PAGE + "/{id}")
    String campaign(@PathVariable String slug, @PathVariable String id, @RequestParam(name = "etter", required = false) String after,
                    Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        CampaignStore.Summary campaign = views.get(consultation, id);
        int from = CampaignViews.after(after);
        List<CampaignViews.ShownMember> members = views.members(consultation, campaign.id(), from, CampaignViews.PAGE + 1);
        boolean more = members.size() > CampaignViews.PAGE;
        members = more ? members.subList(0, CampaignViews.PAGE) : members;
        model.addAttribute("consultation", consultation);
        model.addAttribute("campaign", campaign);
        model.addAttribute("titleKey", campaign.kind() == Campaign.Kind.DUPLICATE ? "campaigns.duplicate.title" : "campaigns.campaign.title");
        model.addAttribute("members", members);
        model.addAttribute("paged", from > 0);
        model.addAttribute("nextAfter", more ? members.get(members.size() - 1).sequenceNumber() : null);
        return "staff/campaign";
    }
}
