package no.innspill.intake.review;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import no.innspill.intake.IntakeItem;
import no.innspill.intake.IntakeItems;
import no.innspill.platform.ConflictException;
import no.innspill.response.answerform.AnswerFormView;
import no.innspill.response.answerform.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reviewing one received file: what was read from it, beside the original, in the web form's
 * inputs; corrected and confirmed, it is registered as a response.
 */
@Controller
class ReviewController {

    private final Consultations consultations;
    private final Forms forms;
    private final IntakeItems items;
    private final ReviewValidation validation;
    private final ConfirmIntake confirmIntake;
    private final ProblemTexts problems;

    ReviewController(Consultations consultations, Forms forms, IntakeItems items, ReviewValidation validation,
                     ConfirmIntake confirmIntake, ProblemTexts problems) {
        this.consultations = consultations;
        this.forms = forms;
        this.items = items;
        this.validation = validation;
        this.confirmIntake = confirmIntake;
        this.problems = problems;
    }

    @GetMapping(IntakePaths.BASE + "/{id}")
    String review(@PathVariable String slug, @PathVariable long id,
                  @RequestParam(name = "registrert", required = false) String registered, Model model, Locale locale) {
        Consultation consultation = consultations.getBySlug(slug);
        IntakeItem item = items.get(consultation, id);
        model.addAttribute("justRegistered", registered != null);
        return page(consultation, item, ReviewData.fromItem(forms.get(consultation.form()), item), PageErrors.none(), model, locale);
    }

    @PostMapping(IntakePaths.BASE + "/{id}/bekreft")
    String confirm(@PathVariable String slug, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                   Model model, Locale locale, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        IntakeItem item = items.get(consultation, id);
        if (item.status() != IntakeItem.Status.NEEDS_REVIEW) {
            return "redirect:" + IntakePaths.item(slug, id);
        }
        FormDefinition form = forms.get(consultation.form());
        ReviewData data = ReviewData.fromParams(form, params);
        var result = validation.check(form, data, locale);
        if (!result.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(consultation, item, data, result.errors(), model, locale);
        }
        try {
            confirmIntake.confirm(consultation, item, result.submission(), result.channel(), result.receivedAt());
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("confirmFailed", true);
            return page(consultation, item, data, PageErrors.none(), model, locale);
        }
        return "redirect:" + IntakePaths.item(slug, id) + "?registrert";
    }

    private String page(Consultation consultation, IntakeItem item, ReviewData data, PageErrors errors, Model model, Locale locale) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("item", item);
        model.addAttribute("data", data);
        model.addAttribute("view", AnswerFormView.forCaseWorker(forms.get(consultation.form()), data.answers(), errors));
        model.addAttribute("problem", item.problem() == null ? null : problems.text(item.problem(), locale));
        model.addAttribute("confidence", item.confidence() == null ? null : Math.round(item.confidence() * 100));
        byte[] original = item.isPdf() || item.isDocx() ? items.content(item).orElse(null) : null;
        int pages = 0;
        String text = null;
        if (original != null && item.isPdf()) {
            pages = Math.min(Previews.pageCount(original).orElse(0), Previews.MAX_PAGES);
        } else if (original != null && item.isDocx() && item.problem() == null) {
            text = Previews.docxText(original).orElse(null);
        }
        model.addAttribute("pages", pages);
        model.addAttribute("originalText", text);
        model.addAttribute("responseNumber", item.documentNumber() == null ? null
                : item.documentNumber().substring(item.documentNumber().lastIndexOf('-') + 1));
        model.addAttribute("base", IntakePaths.item(consultation.slug(), item.id()));
        return "intake/review";
    }
}
