package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Forms;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import no.innspill.response.Drafts.Draft;
import no.innspill.response.SubmitResponse.Submitter;
import no.innspill.response.answerform.AnswerFormValidation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The late drafts of a consultation, for the case worker: drafts whose respondents tried to send them
 * after the deadline (SendController). A page at a time; each one's text and PDF; and a button that
 * registers it as a late response, received when it was tried, if the case worker chooses to accept it.
 */
@Controller
record LateDraftsController(Consultations consultations, Forms forms, Drafts drafts, ResponsePdfs pdfs,
                            SubmitResponse submitResponse, AnswerFormValidation validation, SubmissionReader reader,
                            Responses responses) {

    static final int PAGE_SIZE = 50;

    static String listPath(String slug) {
        return "/saksbehandler/horinger/" + slug + "/sene-utkast";
    }

    @GetMapping("/saksbehandler/horinger/{slug}/sene-utkast")
    String list(@PathVariable String slug, @RequestParam(name = "side", defaultValue = "1") int side, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        int total = drafts.countLate(consultation);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, side), pages);
        model.addAttribute("consultation", consultation);
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("drafts", drafts.late(consultation, (current - 1) * PAGE_SIZE, PAGE_SIZE));
        return "staff/late-drafts";
    }

    @GetMapping("/saksbehandler/horinger/{slug}/sene-utkast/{token}")
    String show(@PathVariable String slug, @PathVariable String token, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        Draft draft = lateDraft(consultation, token);
        var submission = reader.read(draft.data().toJson()).submission();
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", forms.get(consultation.form()));
        model.addAttribute("draft", draft);
        model.addAttribute("respondent", submission.respondent());
        model.addAttribute("answers", submission.answers());
        model.addAttribute("files", drafts.files(consultation, token));
        model.addAttribute("attachedFiles", drafts.files(consultation, token).stream().map(Attachment::described).toList());
        return "staff/late-draft";
    }

    @GetMapping("/saksbehandler/horinger/{slug}/sene-utkast/{token}/utkast.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable String token, Locale locale) {
        Consultation consultation = consultations.getBySlug(slug);
        Draft draft = lateDraft(consultation, token);
        return pdfs.downloadDraft(consultation, draft, drafts.files(consultation, token), locale);
    }

    /** Registers the draft as a late response, received when its respondent tried to send it; its draft is then sent. */
    @PostMapping("/saksbehandler/horinger/{slug}/sene-utkast/{token}/registrer")
    String register(@PathVariable String slug, @PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        Draft draft = drafts.find(consultation, token).orElseThrow(() -> new NotFoundException("There is no such draft"));
        if (draft.sent()) { // registered already (a second click): its response
            return "redirect:/saksbehandler/horinger/" + slug + "/svar/" + sequenceOf(consultation, draft);
        }
        draft = lateDraft(consultation, token);
        List<Attachment> files = drafts.files(consultation, token);
        var checked = validation.checkAsReceived(forms.get(consultation.form()), draft.data(), locale);
        if (!checked.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("registerErrors", checked.errors().all().stream().map(e -> e.message()).toList());
            return show(slug, token, model);
        }
        try {
            var accepted = submitResponse.submit(new SubmitResponse.Request(consultation, checked.submission(), Channel.WEB,
                    ResponseSource.WEB_FORM, draft.lateAt(), Submitter.STAFF, "web-draft-" + token, null, List.of(), files,
                    draft.revisesDocumentNumber(consultation)));
            drafts.markSubmitted(token, accepted.response().receiptToken());
            return "redirect:/saksbehandler/horinger/" + slug + "/svar/" + accepted.response().sequenceNumber();
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("registerErrors", invalid.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
            return show(slug, token, model);
        } catch (ResponseAlreadyRevisedException revisedBefore) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("registerErrors", List.of(revisedBefore.getMessage()));
            return show(slug, token, model);
        }
    }

    private Draft lateDraft(Consultation consultation, String token) {
        return drafts.find(consultation, token).filter(Draft::late)
                .orElseThrow(() -> new NotFoundException("There is no such late draft"));
    }

    private int sequenceOf(Consultation consultation, Draft draft) {
        return responses.findByReceiptToken(draft.submittedReceiptToken()).map(StoredResponse::sequenceNumber)
                .orElseThrow(() -> new NotFoundException("The response of this draft is gone"));
    }
}
