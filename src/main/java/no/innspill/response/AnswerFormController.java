package no.innspill.response;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
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
 * The respondent's form: empty to begin with; its main button checks the answers, keeps them as a
 * draft and redirects to the draft's preview (SendController), or shows the form again with an error
 * summary and everything typed. After the deadline what was typed is kept as a late draft.
 */
@Controller
record AnswerFormController(AnswerFormPage page, AnswerFormValidation validation, DraftUploads uploads, Drafts drafts) {

    @GetMapping("/horinger/{slug}/svar")
    String newForm(@PathVariable String slug, Model model, HttpServletResponse response) {
        return page.show(page.visible(slug), AnswerFormData.empty(), PageErrors.none(), null, model, response);
    }

    @PostMapping(path = {"/horinger/{slug}/svar", "/horinger/{slug}/utkast/{token}"}, params = {"action!=save", "!switchLanguage"})
    String preview(@PathVariable String slug, @PathVariable(required = false) String token,
                   @RequestParam MultiValueMap<String, String> params, Model model, Locale locale, HttpServletRequest request,
                   HttpServletResponse response) {
        Consultation consultation = page.visible(slug);
        AnswerFormData data = page.read(consultation, params);
        if (!consultation.acceptsPublicResponses(Instant.now())) { // the deadline passed while they wrote: kept as a late draft
            return page.keptLate(consultation, token, data, model, response);
        }
        FormDefinition form = page.form(consultation);
        var files = uploads.apply(consultation, form, token, data, request, locale);
        var checked = validation.check(form, data, locale, !files.files().isEmpty());
        if (!checked.valid() || !files.errors().isEmpty()) {
            uploads.describe(form, files.files(), model);
            return page.invalid(consultation, data, checked.errors().with(files.errors()), files.token(), model, response);
        }
        // the answers are kept as a draft and the preview is a page of its own, so that reloading it or
        // going back to it from the receipt posts nothing again, and its link recovers the answers after a crash
        String saved = drafts.save(consultation, files.token(), data);
        return "redirect:" + SendController.previewPath(slug, saved);
    }
}
