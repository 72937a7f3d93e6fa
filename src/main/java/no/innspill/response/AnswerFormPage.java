package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import no.innspill.platform.NotFoundException;
import no.innspill.platform.PublicLinks;
import no.innspill.response.answerform.AnswerFormData;
import no.innspill.response.answerform.AnswerFormView;
import no.innspill.response.answerform.PageErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What the respondent's answer pages share: the consultation behind a slug, what a post holds,
 * and the form page itself, shown again with what was typed (or the closed page once the
 * consultation takes no more responses).
 */
@Component
record AnswerFormPage(Consultations consultations, Forms forms, PublicLinks web, Drafts drafts, DraftUploads uploads) {

    /** A consultation the public may see: open or closed, not a draft or a scheduled one. */
    Consultation visible(String slug) {
        return consultations.findBySlug(slug)
                .filter(Consultation::isPublic)
                .orElseThrow(() -> new NotFoundException("There is no consultation " + slug));
    }

    FormDefinition form(Consultation consultation) {
        return forms.get(consultation.form());
    }

    /** What a post holds; a name choice only where the consultation offers private persons one. */
    AnswerFormData read(Consultation consultation, MultiValueMap<String, String> params) {
        if (!consultation.privateNames().offersChoice() && params.containsKey("publication.name")) {
            params = new LinkedMultiValueMap<>(params);
            params.remove("publication.name");
        }
        return AnswerFormData.fromParams(form(consultation), params);
    }

    String show(Consultation consultation, AnswerFormData data, PageErrors errors, String draftToken,
                Model model, HttpServletResponse response) {
        if (!consultation.acceptsPublicResponses(Instant.now())) {
            return closed(consultation, model, response);
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("intro", consultation.intro(LocaleContextHolder.getLocale(), form(consultation).intro()));
        model.addAttribute("view", AnswerFormView.forRespondent(form(consultation), data, errors));
        model.addAttribute("privateNames", consultation.privateNames());
        if (!model.containsAttribute("keptFiles")) {
            uploads.describe(form(consultation), drafts.files(consultation, draftToken), model);
        }
        model.addAttribute("draftToken", draftToken);
        if (draftToken != null && !model.containsAttribute("revises")) { // a revised response says which one it replaces
            model.addAttribute("revises", drafts.find(consultation, draftToken).map(d -> d.revisesDocumentNumber(consultation)).orElse(null));
        }
        String base = "/horinger/" + consultation.slug();
        model.addAttribute("action", draftToken == null ? base + "/svar" : base + "/utkast/" + draftToken);
        model.addAttribute("autosave", draftToken == null ? base + "/autosave" : base + "/utkast/" + draftToken + "/autosave");
        model.addAttribute("resumeUrl", web.link(base + "/utkast/" + draftToken));
        model.addAttribute("languageSwitch", true); // its language buttons keep what was typed (DraftController)
        return "response/form";
    }

    /** The form again with what is wrong, as 422 so scripts and tests can tell. */
    String invalid(Consultation consultation, AnswerFormData data, PageErrors errors, String draftToken,
                   Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(consultation, data, errors, draftToken, model, response);
    }

    /**
     * A post after the consultation stopped taking responses: what was typed is kept as a late draft and the
     * late page says so (SendController.late); a form with nothing in it keeps nothing and gets the closed page.
     */
    String keptLate(Consultation consultation, String draftToken, AnswerFormData data, Model model, HttpServletResponse response) {
        if (draftToken == null && data.isBlank()) {
            return closed(consultation, model, response);
        }
        String kept = drafts.save(consultation, draftToken, data);
        drafts.markLate(consultation, kept);
        return "redirect:" + SendController.latePath(consultation.slug(), kept);
    }

    String closed(Consultation consultation, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("consultation", consultation);
        return "response/closed";
    }
}
