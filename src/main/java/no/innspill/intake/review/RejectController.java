package no.innspill.intake.review;

import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.intake.IntakeItem;
import no.innspill.intake.IntakeItems;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Rejecting a received file (advertising, a wrong address): it is kept, and never registered. */
@Controller
class RejectController {

    private final Consultations consultations;
    private final IntakeItems items;

    RejectController(Consultations consultations, IntakeItems items) {
        this.consultations = consultations;
        this.items = items;
    }

    @PostMapping(IntakePaths.BASE + "/{id}/avvis")
    String reject(@PathVariable String slug, @PathVariable long id, RedirectAttributes flash) {
        Consultation consultation = consultations.getBySlug(slug);
        IntakeItem item = items.get(consultation, id);
        if (items.reject(item, "staff")) {
            flash.addFlashAttribute("rejected", item.fileName());
        }
        return "redirect:" + IntakePaths.list(slug);
    }
}
