package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import no.innspill.consultation.Consultation;
import no.innspill.response.answerform.AnswerFormData;
import no.innspill.response.answerform.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The respondent's form: empty to begin with, or as typed when coming back from the preview to change it. */
@Controller
class AnswerFormController {

    private final AnswerFormPage page;

    AnswerFormController(AnswerFormPage page) {
        this.page = page;
    }

    @GetMapping("/horinger/{slug}/svar")
    String newForm(@PathVariable String slug, Model model, HttpServletResponse response) {
        return page.show(page.visible(slug), AnswerFormData.empty(), PageErrors.none(), null, model, response);
    }

    @PostMapping("/horinger/{slug}/svar/endre")
    String edit(@PathVariable String slug, @RequestParam(required = false) String draftToken,
                @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Consultation consultation = page.visible(slug);
        String token = Tokens.looksValid(draftToken) ? draftToken : null;
        return page.show(consultation, page.read(consultation, params), PageErrors.none(), token, model, response);
    }
}
