package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.response.answerform.AnswerFormData;
import no.innspill.response.answerform.AnswerFormValidation;
import no.innspill.response.answerform.AnswerFormView;
import no.innspill.response.answerform.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The answer form as respondents will see it, for staff, of a draft too: the same page, with a
 * banner saying it is a preview. Its button checks the answers by the form's rules and shows what
 * is wrong, as the real form would, but nothing is saved, sent or numbered, and there is no autosave.
 */
@Controller
@RequestMapping("/saksbehandler/horinger/{slug}/forhandsvisning")
record FormPreviewController(Consultations consultations, AnswerFormPage page, AnswerFormValidation validation) {

    @GetMapping
    String preview(@PathVariable String slug, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        return show(consultation, AnswerFormData.empty(), PageErrors.none(), false, model);
    }

    @PostMapping
    String check(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
                 HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        AnswerFormData data = page.read(consultation, params);
        var checked = validation.check(page.form(consultation), data, locale);
        if (!checked.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return show(consultation, data, checked.errors(), checked.valid(), model);
    }

    private String show(Consultation consultation, AnswerFormData data, PageErrors errors, boolean valid, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("view", AnswerFormView.forRespondent(page.form(consultation), data, errors));
        model.addAttribute("privateNames", consultation.privateNames());
        model.addAttribute("action", "/saksbehandler/horinger/" + consultation.slug() + "/forhandsvisning");
        model.addAttribute("staffPreview", true);
        model.addAttribute("previewValid", valid);
        return "response/form";
    }
}
