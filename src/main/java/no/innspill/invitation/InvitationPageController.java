package no.innspill.invitation;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiFunction;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationStatus;
import no.innspill.consultation.Consultations;
import no.innspill.platform.NotFoundException;
import no.innspill.response.Channel;
import no.innspill.response.PrefilledDrafts;
import no.innspill.response.Respondent;
import no.innspill.response.RespondentKind;
import no.innspill.response.ResponseSource;
import no.innspill.response.ResponseSubmission;
import no.innspill.response.SubmitResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The invitee's personal link (no login: the token is the key): who it is for, and two ways on —
 * the answer form with the invitee filled in as respondent, or "ingen merknader" in one confirmed
 * step, registered as a complete response with its document number and receipt.
 */
@Controller
class InvitationPageController {

    private final Consultations consultations;
    private final Invitees invitees;
    private final InviteeRepository repository;
    private final PrefilledDrafts drafts;
    private final SubmitResponse submit;

    InvitationPageController(Consultations consultations, Invitees invitees, InviteeRepository repository, PrefilledDrafts drafts,
                             SubmitResponse submit) {
        this.consultations = consultations;
        this.invitees = invitees;
        this.repository = repository;
        this.drafts = drafts;
        this.submit = submit;
    }

    @GetMapping("/horinger/{slug}/invitasjon/{token}")
    String page(@PathVariable String slug, @PathVariable String token, Model model, HttpServletResponse response) {
        return whileOpen(slug, token, model, response, (consultation, invitee) -> show("invitation/personal", consultation, invitee, model));
    }

    @PostMapping("/horinger/{slug}/invitasjon/{token}/svar")
    String answer(@PathVariable String slug, @PathVariable String token, Model model, HttpServletResponse response) {
        return whileOpen(slug, token, model, response, (consultation, invitee) -> {
            String draft = invitee.draftToken();
            if (draft == null || !drafts.exists(consultation, draft)) {
                draft = drafts.start(consultation, respondent(invitee));
                repository.setDraftToken(invitee.id(), draft);
            }
            return "redirect:" + PrefilledDrafts.path(consultation, draft);
        });
    }

    @GetMapping("/horinger/{slug}/invitasjon/{token}/ingen-merknader")
    String confirmNoComments(@PathVariable String slug, @PathVariable String token, Model model, HttpServletResponse response) {
        return whileOpen(slug, token, model, response, (consultation, invitee) -> show("invitation/no-comments", consultation, invitee, model));
    }

    @PostMapping("/horinger/{slug}/invitasjon/{token}/ingen-merknader")
    String noComments(@PathVariable String slug, @PathVariable String token, @RequestParam(defaultValue = "") String confirmed,
                      Model model, HttpServletResponse response) {
        return whileOpen(slug, token, model, response, (consultation, invitee) -> {
            if (!confirmed.equals("yes")) {
                return "redirect:/horinger/" + consultation.slug() + "/invitasjon/" + token + "/ingen-merknader";
            }
            // one key per invitee: pressing the button twice registers one response
            var accepted = submit.submit(new SubmitResponse.Request(consultation,
                    new ResponseSubmission(respondent(invitee), Map.of(), true), Channel.WEB, ResponseSource.WEB_FORM,
                    Instant.now(), SubmitResponse.Submitter.PUBLIC, "invitation-no-comments-" + invitee.id(), null));
            return "redirect:/kvittering/" + accepted.response().receiptToken();
        });
    }

    /** The invitation's page while the consultation takes responses; otherwise the "closed" page (409). */
    private String whileOpen(String slug, String token, Model model, HttpServletResponse response,
                             BiFunction<Consultation, Invitee, String> page) {
        Consultation consultation = visible(slug);
        Invitee invitee = invitee(consultation, token);
        if (!consultation.acceptsPublicResponses(Instant.now())) {
            return closed(consultation, model, response);
        }
        return page.apply(consultation, invitee);
    }

    private static String show(String view, Consultation consultation, Invitee invitee, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("invitee", invitee);
        return view;
    }

    private static Respondent respondent(Invitee invitee) {
        return new Respondent(invitee.name(), RespondentKind.ORGANISATION, invitee.organisationNumber(), invitee.email());
    }

    private Consultation visible(String slug) {
        return consultations.findBySlug(slug).filter(Consultation::isPublic)
                .orElseThrow(() -> new NotFoundException("There is no consultation " + slug));
    }

    private Invitee invitee(Consultation consultation, String token) {
        return invitees.findByToken(token).filter(i -> i.consultationId() == consultation.id())
                .orElseThrow(() -> new NotFoundException("There is no such invitation"));
    }

    private static String closed(Consultation consultation, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("consultation", consultation);
        return "response/closed";
    }
}
