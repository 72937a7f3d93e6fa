package no.innspill.response;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.innspill.consultation.Consultation;
import no.innspill.platform.NotFoundException;
import no.innspill.response.answerform.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The answer form again, with what a post refused for its CSRF token held (ExpiredFormRecovery
 * forwards here): "Siden var utløpt – se over og send på nytt", a fresh token, nothing stored. Answered
 * 403 so scripts can tell it was not taken; only a forward from the security configuration reaches it.
 */
@Controller
record ExpiredFormController(AnswerFormPage page) {

    static final String FORM_PATH = "/horinger/{slug}/svar/utlopt";
    static final String DRAFT_PATH = "/horinger/{slug}/utkast/{token}/utlopt";
    static final String MARKER = ExpiredFormController.class.getName();

    @PostMapping({FORM_PATH, DRAFT_PATH})
    String expired(@PathVariable String slug, @PathVariable(required = false) String token,
                   @RequestParam MultiValueMap<String, String> params, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        if (request.getAttribute(MARKER) == null) {
            throw new NotFoundException("There is no such page");
        }
        Consultation consultation = page.visible(slug);
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("expired", true);
        model.addAttribute("filesDropped", DraftUploads.takesFiles(page.form(consultation)));
        String draft = Tokens.looksValid(token) ? token : null;
        return page.show(consultation, page.read(consultation, params), PageErrors.none(), draft, model, response);
    }
}
