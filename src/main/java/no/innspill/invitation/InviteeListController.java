package no.innspill.invitation;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.platform.ConflictException;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's høringsliste page: the invitees with when each was invited, answered and reminded;
 * add one, remove one, upload the whole list (CSV or XLSX), send the invitations (after a page that
 * says how many), set the reminder, and link a response to an invitee by hand.
 */
@Controller
class InviteeListController {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?:[0-9]{2,4}/[0-9]+-)?([0-9]{1,9})");

    private final Consultations consultations;
    private final Invitees invitees;
    private final Invitations invitations;
    private final InviteeProblems problems;

    InviteeListController(Consultations consultations, Invitees invitees, Invitations invitations, InviteeProblems problems) {
        this.consultations = consultations;
        this.invitees = invitees;
        this.invitations = invitations;
        this.problems = problems;
    }

    @GetMapping("/saksbehandler/horinger/{slug}/horingsliste")
    String page(@PathVariable String slug, Model model) {
        return page(consultations.getBySlug(slug), model);
    }

    @PostMapping("/saksbehandler/horinger/{slug}/horingsliste")
    String add(@PathVariable String slug, @RequestParam(defaultValue = "") String name,
               @RequestParam(defaultValue = "") String organisationNumber, @RequestParam(defaultValue = "") String email,
               @RequestParam(defaultValue = "") String kind, Model model, Locale locale, RedirectAttributes flash,
               HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        try {
            InviteeEntry entry = InviteeRows.checkOne(new InviteeRows.Raw(1, name, organisationNumber, email, kind));
            invitees.add(consultation, entry);
            flash.addFlashAttribute("added", entry.name());
            return redirect(consultation);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(error -> errors.putIfAbsent("invitee-" + fieldOf(error), problems.describe(plain(error), locale)));
            model.addAttribute("addErrors", errors);
            model.addAttribute("entry", Map.of("name", name, "organisationNumber", organisationNumber, "email", email, "kind", kind));
            return page(consultation, model);
        }
    }

    @PostMapping("/saksbehandler/horinger/{slug}/horingsliste/last-opp")
    String upload(@PathVariable String slug, @RequestParam(required = false) MultipartFile file, Model model, Locale locale,
                  RedirectAttributes flash, HttpServletResponse response) throws IOException {
        Consultation consultation = consultations.getBySlug(slug);
        try {
            List<InviteeEntry> entries = InviteeRows.check(InviteeListReader.read(file == null ? new byte[0] : file.getBytes()));
            invitees.replace(consultation, entries);
            flash.addFlashAttribute("uploaded", entries.size());
            return redirect(consultation);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("uploadProblems", problems.describe(e.errors(), locale));
            return page(consultation, model);
        }
    }

    @PostMapping("/saksbehandler/horinger/{slug}/horingsliste/{id}/fjern")
    String remove(@PathVariable String slug, @PathVariable long id, RedirectAttributes flash) {
        Consultation consultation = consultations.getBySlug(slug);
        Invitee invitee = invitees.get(consultation, id);
        invitees.remove(consultation, id);
        flash.addFlashAttribute("removed", invitee.name());
        return redirect(consultation);
    }

    @GetMapping("/saksbehandler/horinger/{slug}/horingsliste/send")
    String confirmSend(@PathVariable String slug, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        model.addAttribute("consultation", consultation);
        model.addAttribute("pending", invitations.pending(consultation));
        model.addAttribute("accepting", consultation.acceptsPublicResponses(Instant.now()));
        return "invitation/send";
    }

    @PostMapping("/saksbehandler/horinger/{slug}/horingsliste/send")
    String send(@PathVariable String slug, @RequestParam(defaultValue = "") String confirmed, RedirectAttributes flash) {
        Consultation consultation = consultations.getBySlug(slug);
        if (!confirmed.equals("yes")) {
            return "redirect:/saksbehandler/horinger/" + consultation.slug() + "/horingsliste/send";
        }
        try {
            flash.addFlashAttribute("sent", invitations.sendInvitations(consultation, Instant.now()));
        } catch (ConflictException e) {
            flash.addFlashAttribute("notOpen", true);
        }
        return redirect(consultation);
    }

    @PostMapping("/saksbehandler/horinger/{slug}/horingsliste/paminnelse")
    String reminder(@PathVariable String slug, @RequestParam(defaultValue = "") String days, Model model, Locale locale,
                    RedirectAttributes flash, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        try {
            Integer value = days.isBlank() ? null : parseDays(days.strip());
            invitees.setReminderDays(consultation, value);
            flash.addFlashAttribute("reminderSaved", true);
            return redirect(consultation);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("reminderError", problems.describe(e.errors().get(0), locale));
            model.addAttribute("reminderInput", days);
            return page(consultation, model);
        }
    }

    @PostMapping("/saksbehandler/horinger/{slug}/horingsliste/{id}/koble")
    String link(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String response,
                Model model, Locale locale, RedirectAttributes flash, HttpServletResponse servletResponse) {
        Consultation consultation = consultations.getBySlug(slug);
        Matcher matcher = DOCUMENT_NUMBER.matcher(response.strip());
        try {
            if (!matcher.matches()) {
                throw new InvalidInputException("Not a document number", List.of(
                        FieldError.of("response", "is not a document number such as " + consultation.caseNumber() + "-3").withCode("no-response")));
            }
            invitees.link(consultation, id, Integer.parseInt(matcher.group(1)));
            flash.addFlashAttribute("linked", invitees.get(consultation, id).name());
            return redirect(consultation);
        } catch (InvalidInputException e) {
            servletResponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("linkError", problems.describe(e.errors().get(0), locale));
            model.addAttribute("linkErrorFor", id);
            return page(consultation, model);
        }
    }

    @PostMapping("/saksbehandler/horinger/{slug}/horingsliste/{id}/koble/{number}/fjern")
    String unlink(@PathVariable String slug, @PathVariable long id, @PathVariable int number, RedirectAttributes flash) {
        Consultation consultation = consultations.getBySlug(slug);
        invitees.unlink(consultation, id, number);
        flash.addFlashAttribute("unlinked", invitees.get(consultation, id).name());
        return redirect(consultation);
    }

    private String page(Consultation consultation, Model model) {
        List<Invitee> list = invitees.list(consultation);
        model.addAttribute("consultation", consultation);
        model.addAttribute("invitees", list);
        model.addAttribute("invitedCount", list.stream().filter(i -> i.invitedAt() != null).count());
        model.addAttribute("answeredCount", list.stream().filter(Invitee::answered).count());
        model.addAttribute("notAnsweredCount", list.stream().filter(i -> !i.answered()).count());
        model.addAttribute("pending", list.stream().filter(i -> i.email() != null && i.invitedAt() == null).count());
        model.addAttribute("kinds", InviteeKind.values());
        model.addAttribute("reminderDays", invitees.reminderDays(consultation).orElse(null));
        model.addAttribute("maxName", InviteeRows.MAX_NAME);
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", Map.of("name", "", "organisationNumber", "", "email", "", "kind", ""));
        }
        if (!model.containsAttribute("addErrors")) {
            model.addAttribute("addErrors", Map.of());
        }
        return "invitation/list";
    }

    private static Integer parseDays(String days) {
        try {
            return Integer.valueOf(days);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Not a number", List.of(FieldError.of("reminderDays", "is not a whole number").withCode("reminder-days")));
        }
    }

    private static String fieldOf(FieldError error) {
        String field = error.field();
        return field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
    }

    /** A row error of the add form is about the form, not a row: say it without "Rad 1". */
    private static FieldError plain(FieldError error) {
        if (!error.field().startsWith("rows[") || error.args().size() < 2) {
            return error;
        }
        return FieldError.of(fieldOf(error), error.message()).withCode(error.code(), error.args().subList(2, error.args().size()).toArray());
    }

    private static String redirect(Consultation consultation) {
        return "redirect:/saksbehandler/horinger/" + consultation.slug() + "/horingsliste";
    }
}
