package no.innspill.intake.review;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.intake.IntakeItem;
import no.innspill.intake.IntakeItems;
import no.innspill.platform.ConflictException;
import no.innspill.response.answerform.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reviewing one received file: what was read from it, beside the original, in the web form's
 * inputs; corrected and confirmed, it is registered as a response; rejected (advertising, a wrong
 * address), it is kept and never registered.
 */
@Controller
record ReviewController(Consultations consultations, IntakeItems items, ReviewPage page, ReviewValidation validation,
                        ConfirmIntake confirmIntake) {

    @GetMapping(IntakePaths.BASE + "/{id}")
    String review(@PathVariable String slug, @PathVariable long id,
                  @RequestParam(name = "registrert", required = false) String registered, Model model, Locale locale) {
        Consultation consultation = consultations.getBySlug(slug);
        IntakeItem item = items.current(consultation, id); // also right after "Bekreft", before the event marks the item
        model.addAttribute("justRegistered", registered != null);
        return page.show(consultation, item, ReviewData.fromItem(page.form(consultation), item), PageErrors.none(), model, locale);
    }

    @PostMapping(IntakePaths.BASE + "/{id}/bekreft")
    String confirm(@PathVariable String slug, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                   Model model, Locale locale, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        IntakeItem item = items.get(consultation, id);
        if (item.status() != IntakeItem.Status.NEEDS_REVIEW) {
            return "redirect:" + IntakePaths.item(slug, id);
        }
        ReviewData data = ReviewData.fromParams(page.form(consultation), params);
        var result = validation.check(page.form(consultation), data, locale);
        if (!result.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page.show(consultation, item, data, result.errors(), model, locale);
        }
        try {
            confirmIntake.confirm(consultation, item, result.submission(), result.channel(), result.receivedAt());
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("confirmFailed", true);
            return page.show(consultation, item, data, PageErrors.none(), model, locale);
        }
        return "redirect:" + IntakePaths.item(slug, id) + "?registrert";
    }

    @PostMapping(IntakePaths.BASE + "/{id}/avvis")
    String reject(@PathVariable String slug, @PathVariable long id, RedirectAttributes flash) {
        IntakeItem item = items.get(consultations.getBySlug(slug), id);
        if (items.reject(item, "staff")) {
            flash.addFlashAttribute("rejected", item.fileName());
        }
        return "redirect:" + IntakePaths.list(slug);
    }
}
