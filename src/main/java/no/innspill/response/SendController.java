package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.platform.ConflictException;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import no.innspill.platform.PublicLinks;
import no.innspill.response.Drafts.Draft;
import no.innspill.response.SubmitResponse.Submitter;
import no.innspill.response.answerform.AnswerFormValidation;
import no.innspill.response.answerform.PageErrors;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The preview of a draft and sending it, each step a page of its own (post/redirect/get): the form's
 * main button keeps the answers as a draft and redirects to {@code …/utkast/{token}/se-over}; its
 * "Send inn" posts to {@code …/send}, which registers the response and redirects to the receipt. The
 * draft's token is the idempotency key, so a double click, a reload or going back and sending again
 * gives the first receipt; going back to a sent draft's preview says it was sent. When sending finds
 * the consultation closed, the draft is kept and marked late, and {@code …/etter-fristen} says so,
 * with the text as a PDF and whom to ask about a late response.
 */
@Controller
record SendController(AnswerFormPage page, AnswerFormValidation validation, SubmitResponse submitResponse,
                      Drafts drafts, DraftUploads uploads, ResponsePdfs pdfs, PublicLinks web, JsonMapper mapper) {

    static String draftPath(String slug, String token) {
        return "/horinger/" + slug + "/utkast/" + token;
    }

    static String previewPath(String slug, String token) {
        return draftPath(slug, token) + "/se-over";
    }

    static String latePath(String slug, String token) {
        return draftPath(slug, token) + "/etter-fristen";
    }

    @GetMapping("/horinger/{slug}/utkast/{token}/se-over")
    String preview(@PathVariable String slug, @PathVariable String token,
                   @RequestParam(name = "utlopt", required = false) String expired,
                   Model model, Locale locale, HttpServletResponse response) {
        Consultation consultation = page.visible(slug);
        Draft draft = find(consultation, token);
        if (draft.sent()) {
            return sent(consultation, draft, model);
        }
        if (draft.late() || !consultation.acceptsPublicResponses(Instant.now())) {
            drafts.markLate(consultation, token);
            return "redirect:" + latePath(slug, token);
        }
        List<Attachment> files = drafts.files(consultation, token);
        var checked = validation.check(page.form(consultation), draft.data(), locale, !files.isEmpty());
        if (!checked.valid()) { // the form changed since, or the link was made by hand: the form says what is missing
            uploads.describe(page.form(consultation), files, model);
            return page.invalid(consultation, draft.data(), checked.errors(), token, model, response);
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", page.form(consultation));
        model.addAttribute("answers", checked.submission().answers());
        model.addAttribute("respondent", checked.submission().respondent());
        model.addAttribute("publication", Publication.resolve(checked.submission().publication(),
                checked.submission().respondent().kind(), consultation.privateNames(), new ArrayList<>()));
        model.addAttribute("attachedFiles", files.stream().map(Attachment::described).toList());
        model.addAttribute("draftToken", token);
        model.addAttribute("editUrl", draftPath(slug, token));
        model.addAttribute("sendUrl", draftPath(slug, token) + "/send");
        model.addAttribute("resumeUrl", web.link(draftPath(slug, token)));
        model.addAttribute("savedTo", draft.email());
        model.addAttribute("expired", expired != null);
        return "response/preview";
    }

    @PostMapping("/horinger/{slug}/utkast/{token}/send")
    String send(@PathVariable String slug, @PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        Consultation consultation = page.visible(slug);
        Draft draft = find(consultation, token);
        if (draft.sent()) { // a second click, a reload, or sent again from a page gone back to: the first receipt
            return "redirect:" + ReceiptController.path(draft.submittedReceiptToken());
        }
        if (!consultation.acceptsPublicResponses(Instant.now())) {
            drafts.markLate(consultation, token);
            leaveNoStalePage(response);
            return "redirect:" + latePath(slug, token);
        }
        List<Attachment> files = drafts.files(consultation, token);
        var checked = validation.check(page.form(consultation), draft.data(), locale, !files.isEmpty());
        if (!checked.valid()) {
            uploads.describe(page.form(consultation), files, model);
            return page.invalid(consultation, draft.data(), checked.errors(), token, model, response);
        }
        StringBuilder digest = new StringBuilder(mapper.writeValueAsString(draft.data().toJson()));
        files.forEach(file -> digest.append(file.sha256()));
        try {
            var accepted = submitResponse.submit(new SubmitResponse.Request(consultation, checked.submission(), Channel.WEB,
                    ResponseSource.WEB_FORM, Instant.now(), Submitter.PUBLIC, "web-draft-" + token,
                    DigestUtils.sha256Hex(digest.toString()), List.of(), files, draft.revisesDocumentNumber(consultation)));
            String receipt = accepted.response().receiptToken();
            drafts.markSubmitted(token, receipt);
            leaveNoStalePage(response);
            return "redirect:" + ReceiptController.path(receipt);
        } catch (ResponseAlreadyRevisedException revisedBefore) { // another revision came first: its receipt says by which
            return "redirect:" + ReceiptController.path(revisedBefore.revised().receiptToken());
        } catch (ConflictException closed) { // the deadline passed between the check above and the write
            drafts.markLate(consultation, token);
            return "redirect:" + latePath(slug, token);
        } catch (InvalidInputException failed) { // the draft changed under a send already stored: the form, to send again
            model.addAttribute("sendFailed", true);
            return page.invalid(consultation, draft.data(), PageErrors.none(), token, model, response);
        }
    }

    /** The deadline passed before the draft was sent: it is kept, with a PDF of it and whom to ask about a late response. */
    @GetMapping("/horinger/{slug}/utkast/{token}/etter-fristen")
    String late(@PathVariable String slug, @PathVariable String token, Model model) {
        Consultation consultation = page.visible(slug);
        Draft draft = find(consultation, token);
        if (draft.sent()) {
            return sent(consultation, draft, model);
        }
        if (!draft.late()) {
            return "redirect:" + (consultation.acceptsPublicResponses(Instant.now()) ? previewPath(slug, token) : draftPath(slug, token));
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("draftToken", token);
        model.addAttribute("pdfUrl", draftPath(slug, token) + "/utkast.pdf");
        model.addAttribute("resumeUrl", web.link(draftPath(slug, token) + "/etter-fristen"));
        model.addAttribute("contact", consultation.contact());
        return "response/late";
    }

    /** The draft's text as a PDF, marked as not sent (and, for a late draft, as come after the deadline). */
    @GetMapping("/horinger/{slug}/utkast/{token}/utkast.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable String token, Locale locale) {
        Consultation consultation = page.visible(slug);
        Draft draft = find(consultation, token);
        if (draft.sent()) {
            throw new NotFoundException("This draft was sent; its receipt has the copy");
        }
        return pdfs.downloadDraft(consultation, draft, drafts.files(consultation, token), locale);
    }

    /**
     * Chrome keeps a page in its back/forward cache despite {@code Cache-Control: no-store} unless a cookie
     * changed since; a fresh value in a cookie of no meaning makes "back" from the receipt load the preview
     * page again, which then says it was sent, instead of showing the old one with its "Send inn".
     */
    private static void leaveNoStalePage(HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(SENT_COOKIE, Tokens.newToken().substring(0, 12))
                .path("/horinger").httpOnly(true).sameSite("Lax").build().toString());
    }

    static final String SENT_COOKIE = "innspill-sendt";

    private Draft find(Consultation consultation, String token) {
        return drafts.find(consultation, token).orElseThrow(() -> new NotFoundException("There is no such draft"));
    }

    private static String sent(Consultation consultation, Draft draft, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("receiptToken", draft.submittedReceiptToken());
        return "response/draft-submitted";
    }
}
