package no.innspill.response;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.form.FormDefinition;
import no.innspill.response.answerform.AnswerFormData;
import no.innspill.response.answerform.AnswerFormValidation;
import no.innspill.response.answerform.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The respondent's form and its preview: the form empty to begin with; its main button checks the
 * answers and shows them to be read over before sending (or the form again with an error summary);
 * from the preview, back to the form as typed to change it. The preview carries the answers in
 * hidden fields and a fresh submission key, so sending it twice registers one response.
 */
@Controller
record AnswerFormController(AnswerFormPage page, AnswerFormValidation validation, DraftUploads uploads) {

    @GetMapping("/horinger/{slug}/svar")
    String newForm(@PathVariable String slug, Model model, HttpServletResponse response) {
        return page.show(page.visible(slug), AnswerFormData.empty(), PageErrors.none(), null, model, response);
    }

    @PostMapping(path = {"/horinger/{slug}/svar", "/horinger/{slug}/utkast/{token}"}, params = {"action!=save", "!switchLanguage"})
    String preview(@PathVariable String slug, @PathVariable(required = false) String token,
                   @RequestParam MultiValueMap<String, String> params, Model model, Locale locale, HttpServletRequest request,
                   HttpServletResponse response) {
        Consultation consultation = page.visible(slug);
        if (!consultation.acceptsPublicResponses(Instant.now())) {
            return page.closed(consultation, model, response);
        }
        FormDefinition form = page.form(consultation);
        AnswerFormData data = page.read(consultation, params);
        var files = uploads.apply(consultation, form, token, data, request, locale);
        var checked = validation.check(form, data, locale, !files.files().isEmpty());
        if (!checked.valid() || !files.errors().isEmpty()) {
            uploads.describe(form, files.files(), model);
            return page.invalid(consultation, data, checked.errors().with(files.errors()), files.token(), model, response);
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", form);
        model.addAttribute("answers", checked.submission().answers());
        model.addAttribute("respondent", checked.submission().respondent());
        model.addAttribute("publication", Publication.resolve(checked.submission().publication(),
                checked.submission().respondent().kind(), consultation.privateNames(), new ArrayList<>()));
        model.addAttribute("attachedFiles", files.files().stream().map(Attachment::described).toList());
        model.addAttribute("fields", data.toFields());
        model.addAttribute("submissionKey", Tokens.newToken());
        model.addAttribute("draftToken", files.token());
        String base = "/horinger/" + consultation.slug();
        model.addAttribute("languageSwitch", files.token() == null ? base + "/svar" : base + "/utkast/" + files.token());
        return "response/preview";
    }

    @PostMapping("/horinger/{slug}/svar/endre")
    String edit(@PathVariable String slug, @RequestParam(required = false) String draftToken,
                @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Consultation consultation = page.visible(slug);
        String token = Tokens.looksValid(draftToken) ? draftToken : null;
        return page.show(consultation, page.read(consultation, params), PageErrors.none(), token, model, response);
    }
}
