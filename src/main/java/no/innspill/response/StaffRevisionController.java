package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import no.innspill.platform.ConflictException;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import no.innspill.response.SubmitResponse.Submitter;
import no.innspill.response.answerform.AnswerFormData;
import no.innspill.response.answerform.AnswerFormValidation;
import no.innspill.response.answerform.AnswerFormView;
import no.innspill.response.answerform.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * «Registrer revidert svar» on the staff response page: a revised response that came by e-mail or on paper, typed in
 * by the case worker over the earlier one's respondent and answers (its files go with it), also after the deadline.
 * Registered as a response of its own that supersedes the earlier one (SubmitResponse, as staff).
 */
@Controller
record StaffRevisionController(Consultations consultations, Forms forms, Responses responses, Attachments attachments,
                               AnswerFormValidation validation, SubmitResponse submitResponse) {

    static String path(String slug, int number) {
        return "/saksbehandler/horinger/" + slug + "/svar/" + number + "/revider";
    }

    @GetMapping("/saksbehandler/horinger/{slug}/svar/{number}/revider")
    String form(@PathVariable String slug, @PathVariable int number, Model model, HttpServletResponse http) {
        Consultation consultation = consultations.getBySlug(slug);
        StoredResponse earlier = find(consultation, number);
        if (earlier.isSuperseded()) { // the page of the earlier one says which one replaced it
            return "redirect:/saksbehandler/horinger/" + slug + "/svar/" + number;
        }
        return show(consultation, earlier, RevisionDrafts.prefilled(forms.get(consultation.form()), earlier), Channel.EMAIL, PageErrors.none(), model);
    }

    @PostMapping("/saksbehandler/horinger/{slug}/svar/{number}/revider")
    String register(@PathVariable String slug, @PathVariable int number, @RequestParam MultiValueMap<String, String> params,
                    Model model, Locale locale, HttpServletResponse http) {
        Consultation consultation = consultations.getBySlug(slug);
        StoredResponse earlier = find(consultation, number);
        FormDefinition form = forms.get(consultation.form());
        AnswerFormData data = AnswerFormData.fromParams(form, params);
        Channel channel = Channel.fromJson(AnswerFormData.param(params, "channel")).orElse(Channel.EMAIL);
        var checked = validation.checkAsReceived(form, data, locale);
        if (!checked.valid()) {
            http.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(consultation, earlier, data, channel, checked.errors(), model);
        }
        List<Attachment> files = attachments.list(consultation.id(), number).stream()
                .map(file -> attachments.get(consultation.id(), number, file.position()).orElseThrow()).toList();
        try {
            var accepted = submitResponse.submit(new SubmitResponse.Request(consultation, checked.submission(), channel,
                    ResponseSource.WEB_FORM, Instant.now(), Submitter.STAFF, null, null, List.of(), files, earlier.documentNumber()));
            return "redirect:/saksbehandler/horinger/" + slug + "/svar/" + accepted.response().sequenceNumber();
        } catch (InvalidInputException invalid) {
            http.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("registerErrors", invalid.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
            return show(consultation, earlier, data, channel, PageErrors.none(), model);
        } catch (ConflictException conflict) { // revised by someone else meanwhile, or the consultation is not public
            http.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("registerErrors", List.of(conflict.getMessage()));
            return show(consultation, earlier, data, channel, PageErrors.none(), model);
        }
    }

    private String show(Consultation consultation, StoredResponse earlier, AnswerFormData data, Channel channel, PageErrors errors,
                        Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("earlier", earlier);
        model.addAttribute("view", AnswerFormView.forCaseWorker(forms.get(consultation.form()), data, errors));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("channel", channel.jsonName());
        model.addAttribute("files", attachments.list(consultation.id(), earlier.sequenceNumber()));
        return "staff/revise";
    }

    private StoredResponse find(Consultation consultation, int number) {
        return responses.find(consultation, number)
                .orElseThrow(() -> new NotFoundException("There is no document " + consultation.caseNumber() + "-" + number));
    }
}
