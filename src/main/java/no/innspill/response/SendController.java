package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.platform.ConflictException;
import no.innspill.platform.InvalidInputException;
import no.innspill.response.SubmitResponse.Submitter;
import no.innspill.response.answerform.AnswerFormData;
import no.innspill.response.answerform.AnswerFormValidation;
import no.innspill.response.answerform.PageErrors;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the previewed answers: registered as a response, then on to its receipt. The preview's
 * submission key is the idempotency key, so a double click or a reload returns the first receipt.
 */
@Controller
record SendController(AnswerFormPage page, AnswerFormValidation validation, SubmitResponse submitResponse,
                      Drafts drafts, JsonMapper mapper) {

    @PostMapping("/horinger/{slug}/svar/send")
    String send(@PathVariable String slug, @RequestParam(required = false) String submissionKey,
                @RequestParam(required = false) String draftToken,
                @RequestParam MultiValueMap<String, String> params, Model model, Locale locale, HttpServletResponse response) {
        Consultation consultation = page.visible(slug);
        AnswerFormData data = page.read(consultation, params);
        String token = Tokens.looksValid(draftToken) ? draftToken : null;
        List<Attachment> files = drafts.files(consultation, token);
        var checked = validation.check(page.form(consultation), data, locale, !files.isEmpty());
        if (!checked.valid()) {
            return page.invalid(consultation, data, checked.errors(), token, model, response);
        }
        String key = Tokens.looksValid(submissionKey) ? "web-" + submissionKey : null;
        StringBuilder digest = new StringBuilder(mapper.writeValueAsString(data.toJson()));
        files.forEach(file -> digest.append(file.sha256()));
        try {
            var accepted = submitResponse.submit(new SubmitResponse.Request(consultation, checked.submission(), Channel.WEB,
                    ResponseSource.WEB_FORM, Instant.now(), Submitter.PUBLIC, key, DigestUtils.sha256Hex(digest.toString()),
                    List.of(), files));
            String receipt = accepted.response().receiptToken();
            drafts.markSubmitted(token, receipt);
            return "redirect:/kvittering/" + receipt;
        } catch (ConflictException closed) {
            return page.closed(consultation, model, response);
        } catch (InvalidInputException reusedKey) { // the page was tampered with, or sent twice with other answers
            model.addAttribute("sendFailed", true);
            return page.invalid(consultation, data, PageErrors.none(), token, model, response);
        }
    }
}
