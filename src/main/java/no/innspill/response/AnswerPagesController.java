package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationStatus;
import no.innspill.consultation.Consultations;
import no.innspill.form.Forms;
import no.innspill.platform.ConflictException;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import no.innspill.platform.WebProperties;
import no.innspill.response.SubmitResponse.Submitter;
import no.innspill.response.answerform.AnswerFormData;
import no.innspill.response.answerform.AnswerFormValidation;
import no.innspill.response.answerform.AnswerFormView;
import no.innspill.response.answerform.PageErrors;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.http.HttpStatus;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Answering on the web, without JavaScript: the form → (save a draft) → preview → send → receipt.
 * Every step is a plain form post; a script only adds autosave and live character counts.
 */
@Controller
class AnswerPagesController {

    static final String AUTOSAVE_HEADER = "X-Innspill-Autosave";

    private final Consultations consultations;
    private final Forms forms;
    private final SubmitResponse submitResponse;
    private final Responses responses;
    private final Drafts drafts;
    private final AnswerFormValidation validation;
    private final JsonMapper mapper;
    private final WebProperties web;
    private final ResponsePdfs pdfs;

    AnswerPagesController(Consultations consultations, Forms forms, SubmitResponse submitResponse, Responses responses, Drafts drafts,
                          AnswerFormValidation validation, JsonMapper mapper, WebProperties web, ResponsePdfs pdfs) {
        this.web = web;
        this.pdfs = pdfs;
        this.consultations = consultations;
        this.forms = forms;
        this.submitResponse = submitResponse;
        this.responses = responses;
        this.drafts = drafts;
        this.validation = validation;
        this.mapper = mapper;
    }

    @GetMapping("/horinger/{slug}/svar")
    String newForm(@PathVariable String slug, Model model, HttpServletResponse response) {
        Consultation consultation = visible(slug);
        return form(consultation, AnswerFormData.empty(), PageErrors.none(), null, model, response);
    }

    @GetMapping("/horinger/{slug}/utkast/{token}")
    String draftForm(@PathVariable String slug, @PathVariable String token,
                     @RequestParam(name = "lagret", required = false) String saved, Model model, HttpServletResponse response) {
        Consultation consultation = visible(slug);
        var draft = drafts.find(consultation, token)
                .orElseThrow(() -> new NotFoundException("There is no such draft"));
        if (draft.submittedReceiptToken() != null) {
            model.addAttribute("consultation", consultation);
            model.addAttribute("receiptToken", draft.submittedReceiptToken());
            return "response/draft-submitted";
        }
        model.addAttribute("saved", saved != null);
        model.addAttribute("savedTo", draft.email());
        return form(consultation, draft.data(), PageErrors.none(), token, model, response);
    }

    @PostMapping(path = {"/horinger/{slug}/svar", "/horinger/{slug}/utkast/{token}"})
    String post(@PathVariable String slug, @PathVariable(required = false) String token,
                @RequestParam(defaultValue = "preview") String action,
                @RequestParam MultiValueMap<String, String> params, Model model, Locale locale, HttpServletResponse response) {
        Consultation consultation = visible(slug);
        AnswerFormData data = AnswerFormData.fromParams(forms.get(consultation.form()), params);
        if (!consultation.acceptsPublicResponses(Instant.now())) {
            return closed(consultation, model, response);
        }
        if (action.equals("save")) {
            String saved = drafts.save(consultation, token, data);
            return "redirect:/horinger/" + slug + "/utkast/" + saved + "?lagret=1";
        }
        var result = validation.check(forms.get(consultation.form()), data, locale);
        if (!result.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(consultation, data, result.errors(), token, model, response);
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", forms.get(consultation.form()));
        model.addAttribute("answers", result.submission().answers());
        model.addAttribute("respondent", result.submission().respondent());
        model.addAttribute("fields", data.toFields());
        model.addAttribute("submissionKey", Tokens.newToken());
        model.addAttribute("draftToken", token);
        return "response/preview";
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
        Consultation consultation = visible(slug);
        AnswerFormData data = AnswerFormData.fromParams(forms.get(consultation.form()), params);
        if (!consultation.acceptsPublicResponses(Instant.now()) || (token == null && data.isBlank())) {
            return ResponseEntity.noContent().build();
        }
        String saved = drafts.save(consultation, token, data);
        return ResponseEntity.ok(Map.of("token", saved, "url", "/horinger/" + slug + "/utkast/" + saved));
    }

    @PostMapping("/horinger/{slug}/svar/endre")
    String edit(@PathVariable String slug, @RequestParam(required = false) String draftToken,
                @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Consultation consultation = visible(slug);
        String token = Tokens.looksValid(draftToken) ? draftToken : null;
        return form(consultation, AnswerFormData.fromParams(forms.get(consultation.form()), params), PageErrors.none(), token, model, response);
    }

    @PostMapping("/horinger/{slug}/svar/send")
    String send(@PathVariable String slug, @RequestParam(required = false) String submissionKey,
                @RequestParam(required = false) String draftToken,
                @RequestParam MultiValueMap<String, String> params, Model model, Locale locale, HttpServletResponse response) {
        Consultation consultation = visible(slug);
        AnswerFormData data = AnswerFormData.fromParams(forms.get(consultation.form()), params);
        String token = Tokens.looksValid(draftToken) ? draftToken : null;
        var result = validation.check(forms.get(consultation.form()), data, locale);
        if (!result.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(consultation, data, result.errors(), token, model, response);
        }
        String key = Tokens.looksValid(submissionKey) ? "web-" + submissionKey : null;
        try {
            var accepted = submitResponse.submit(consultation, result.submission(), Channel.WEB, Instant.now(),
                    Submitter.PUBLIC, key, DigestUtils.sha256Hex(mapper.writeValueAsString(data.toJson())));
            String receipt = accepted.response().receiptToken();
            drafts.markSubmitted(token, receipt);
            return "redirect:/kvittering/" + receipt;
        } catch (ConflictException closed) {
            return closed(consultation, model, response);
        } catch (InvalidInputException reusedKey) { // the page was tampered with, or sent twice with other answers
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("sendFailed", true);
            return form(consultation, data, PageErrors.none(), token, model, response);
        }
    }

    @GetMapping("/kvittering/{token}")
    String receipt(@PathVariable String token, Model model) {
        StoredResponse stored = responses.findByReceiptToken(token)
                .orElseThrow(() -> new NotFoundException("There is no such receipt"));
        Consultation consultation = consultations.findById(stored.consultationId()).orElseThrow();
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", forms.get(stored.form(consultation.form())));
        model.addAttribute("response", stored);
        model.addAttribute("answers", stored.answers());
        model.addAttribute("receiptToken", token);
        return "response/receipt";
    }

    @GetMapping("/kvittering/{token}/horingssvar.pdf")
    ResponseEntity<byte[]> receiptPdf(@PathVariable String token, Locale locale) {
        StoredResponse stored = responses.findByReceiptToken(token)
                .orElseThrow(() -> new NotFoundException("There is no such receipt"));
        return pdfs.download(consultations.findById(stored.consultationId()).orElseThrow(), stored, locale);
    }

    private String form(Consultation consultation, AnswerFormData data, PageErrors errors, String draftToken,
                        Model model, HttpServletResponse response) {
        if (!consultation.acceptsPublicResponses(Instant.now())) {
            return closed(consultation, model, response);
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", forms.get(consultation.form()));
        model.addAttribute("view", AnswerFormView.forRespondent(forms.get(consultation.form()), data, errors));
        model.addAttribute("draftToken", draftToken);
        String base = "/horinger/" + consultation.slug();
        model.addAttribute("action", draftToken == null ? base + "/svar" : base + "/utkast/" + draftToken);
        model.addAttribute("autosave", draftToken == null ? base + "/autosave" : base + "/utkast/" + draftToken + "/autosave");
        model.addAttribute("resumeUrl", web.link(base + "/utkast/" + draftToken));
        return "response/form";
    }

    private String closed(Consultation consultation, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("consultation", consultation);
        return "response/closed";
    }

    private Consultation visible(String slug) {
        return consultations.findBySlug(slug)
                .filter(c -> c.status() != ConsultationStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("There is no consultation " + slug));
    }

}
