package no.innspill.response;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.platform.NotFoundException;
import no.innspill.response.answerform.AnswerFormData;
import no.innspill.response.answerform.PageErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;

/** Drafts: save the form to finish later (by its button, or by itself with JavaScript on), and resume it by its link. */
@Controller
record DraftController(AnswerFormPage page, Drafts drafts, DraftUploads uploads, LocaleResolver localeResolver) {

    /** The languages of the pages (WebConfiguration's {@code ?lang=}), by the values of the language buttons. */
    private static final Map<String, Locale> LANGUAGES = Map.of(
            "nb", Locale.forLanguageTag("nb"), "nn", Locale.forLanguageTag("nn"), "en", Locale.forLanguageTag("en"));

    static final String AUTOSAVE_HEADER = "X-Innspill-Autosave";

    @GetMapping("/horinger/{slug}/utkast/{token}")
    String resume(@PathVariable String slug, @PathVariable String token,
                  @RequestParam(name = "lagret", required = false) String saved, Model model, HttpServletResponse response) {
        Consultation consultation = page.visible(slug);
        var draft = drafts.find(consultation, token)
                .orElseThrow(() -> new NotFoundException("There is no such draft"));
        if (draft.submittedReceiptToken() != null) {
            model.addAttribute("consultation", consultation);
            model.addAttribute("receiptToken", draft.submittedReceiptToken());
            return "response/draft-submitted";
        }
        if (!consultation.acceptsPublicResponses(Instant.now()) && (draft.late() || !draft.data().isBlank())) {
            drafts.markLate(consultation, token); // come back to after the deadline: kept, with its PDF, and staff see it
            return "redirect:" + SendController.latePath(slug, token);
        }
        model.addAttribute("saved", saved != null);
        model.addAttribute("savedTo", draft.email());
        return page.show(consultation, draft.data(), PageErrors.none(), token, model, response);
    }

    @PostMapping(path = {"/horinger/{slug}/svar", "/horinger/{slug}/utkast/{token}"}, params = "action=save")
    String save(@PathVariable String slug, @PathVariable(required = false) String token,
                @RequestParam MultiValueMap<String, String> params, Model model, Locale locale, HttpServletRequest request,
                HttpServletResponse response) {
        Consultation consultation = page.visible(slug);
        AnswerFormData data = page.read(consultation, params);
        if (!consultation.acceptsPublicResponses(Instant.now())) { // the deadline passed while they wrote: kept as a late draft
            return page.keptLate(consultation, token, data, model, response);
        }
        var files = uploads.apply(consultation, page.form(consultation), token, data, request, locale);
        String saved = drafts.save(consultation, files.token(), data);
        if (!files.errors().isEmpty()) { // the text and the good files are saved; the page says which file was refused
            return page.invalid(consultation, data, files.errors(), saved, model, response);
        }
        return "redirect:/horinger/" + slug + "/utkast/" + saved + "?lagret=1";
    }

    /**
     * A language button of the form or the preview (fragments/language-switch): what was typed is kept
     * as a draft and the draft opens in the new language, so nothing typed is lost. A form with nothing
     * in it makes no draft. (A post with {@code ?lang=…} in its address is still a preview, in that language.)
     */
    @PostMapping(path = {"/horinger/{slug}/svar", "/horinger/{slug}/utkast/{token}"}, params = {"switchLanguage", "action!=save"})
    String switchLanguage(@PathVariable String slug, @PathVariable(required = false) String token,
                          @RequestParam String switchLanguage, @RequestParam MultiValueMap<String, String> params,
                          Model model, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = LANGUAGES.getOrDefault(switchLanguage, LocaleContextHolder.getLocale());
        localeResolver.setLocale(request, response, locale);
        LocaleContextHolder.setLocale(locale);
        Consultation consultation = page.visible(slug);
        AnswerFormData data = page.read(consultation, params);
        if (!consultation.acceptsPublicResponses(Instant.now())) {
            return page.keptLate(consultation, token, data, model, response);
        }
        boolean hasFiles = request instanceof MultipartHttpServletRequest multipart
                && multipart.getFileMap().values().stream().anyMatch(file -> !file.isEmpty());
        if (token == null && data.isBlank() && !hasFiles) {
            return "redirect:/horinger/" + slug + "/svar";
        }
        var files = uploads.apply(consultation, page.form(consultation), token, data, request, locale);
        String saved = drafts.save(consultation, files.token(), data);
        if (!files.errors().isEmpty()) { // as for the save button: the text is kept, the page says which file was refused
            return page.invalid(consultation, data, files.errors(), saved, model, response);
        }
        return "redirect:/horinger/" + slug + "/utkast/" + saved;
    }

    /** With JavaScript on, the form saves itself every little while; the first save makes the draft. */
    @PostMapping(path = {"/horinger/{slug}/autosave", "/horinger/{slug}/utkast/{token}/autosave"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, String>> autosave(@PathVariable String slug, @PathVariable(required = false) String token,
                                                 @RequestHeader(name = AUTOSAVE_HEADER, required = false) String marker,
                                                 @RequestParam MultiValueMap<String, String> params) {
        if (marker == null) {
            return ResponseEntity.badRequest().build();
        }
        Consultation consultation = page.visible(slug);
        AnswerFormData data = page.read(consultation, params);
        if (!consultation.acceptsPublicResponses(Instant.now()) || (token == null && data.isBlank())) {
            return ResponseEntity.noContent().build();
        }
        String saved = drafts.save(consultation, token, data);
        return ResponseEntity.ok(Map.of("token", saved, "url", "/horinger/" + slug + "/utkast/" + saved));
    }
}
