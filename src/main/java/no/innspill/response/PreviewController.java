package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.response.answerform.AnswerFormData;
import no.innspill.response.answerform.AnswerFormValidation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The form's main button: checks the answers, and shows them to be read over before sending, or
 * the form again with an error summary. The preview carries the answers in hidden fields and a
 * fresh submission key, so sending it twice registers one response.
 */
@Controller
class PreviewController {

    private final AnswerFormPage page;
    private final AnswerFormValidation validation;

    PreviewController(AnswerFormPage page, AnswerFormValidation validation) {
        this.page = page;
        this.validation = validation;
    }

    @PostMapping(path = {"/horinger/{slug}/svar", "/horinger/{slug}/utkast/{token}"}, params = "action!=save")
    String preview(@PathVariable String slug, @PathVariable(required = false) String token,
                   @RequestParam MultiValueMap<String, String> params, Model model, Locale locale, HttpServletResponse response) {
        Consultation consultation = page.visible(slug);
        if (!consultation.acceptsPublicResponses(Instant.now())) {
            return page.closed(consultation, model, response);
        }
        AnswerFormData data = page.read(consultation, params);
        var checked = validation.check(page.form(consultation), data, locale);
        if (!checked.valid()) {
            return page.invalid(consultation, data, checked.errors(), token, model, response);
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", page.form(consultation));
        model.addAttribute("answers", checked.submission().answers());
        model.addAttribute("respondent", checked.submission().respondent());
        model.addAttribute("fields", data.toFields());
        model.addAttribute("submissionKey", Tokens.newToken());
        model.addAttribute("draftToken", token);
        return "response/preview";
    }
}
