package no.innspill.consultation;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import no.innspill.platform.ConflictException;
import no.innspill.platform.DateFormats;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A consultation's lifecycle on the staff pages, each change behind a page that says what it does:
 * move the deadline (with a reason, logged), close early, delete a draft. Post/redirect/get; the
 * overview says what was done.
 */
@Controller
@RequestMapping("/saksbehandler/horinger/{slug}")
record ConsultationLifecycleController(Consultations consultations) {

    private static final String OVERVIEW = "redirect:/saksbehandler";
    private static final String DATE_INPUT = "deadline-date";
    private static final String REASON_INPUT = "reason";

    @GetMapping("/frist")
    String deadlineForm(@PathVariable String slug, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        var deadline = consultation.deadline().atZone(DateFormats.OSLO);
        return deadlinePage(consultation, deadline.toLocalDate().toString(), deadline.toLocalTime().withSecond(0).toString(), "",
                Map.of(), model);
    }

    @PostMapping("/frist")
    String changeDeadline(@PathVariable String slug, @RequestParam(defaultValue = "") String date,
                          @RequestParam(defaultValue = "") String time, @RequestParam(defaultValue = "") String reason,
                          Principal staff, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant deadline = null;
        try {
            deadline = LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip())).atZone(DateFormats.OSLO).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(DATE_INPUT, "staff.deadline.error.unreadable");
        }
        for (FieldError error : Consultations.deadlineChangeErrors(deadline, reason)) {
            errors.putIfAbsent(inputId(error), "staff.deadline.error." + error.code());
        }
        if (errors.isEmpty()) {
            try {
                consultations.changeDeadline(slug, deadline, reason, staff.getName());
                flash.addFlashAttribute("changed", "staff.deadline.changed");
                return OVERVIEW;
            } catch (InvalidInputException e) { // the deadline passed while the page was open
                e.errors().forEach(error -> errors.putIfAbsent(inputId(error), "staff.deadline.error." + error.code()));
            } catch (ConflictException closed) {
                errors.put(DATE_INPUT, "staff.deadline.error.closed");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return deadlinePage(consultation, date, time, reason, errors, model);
    }

    @GetMapping("/lukk")
    String closeConfirmation(@PathVariable String slug, Model model) {
        model.addAttribute("consultation", consultations.getBySlug(slug));
        return "consultation/close";
    }

    /** Closes only from the confirmation page; a post without its confirmation leads there. */
    @PostMapping("/lukk")
    String close(@PathVariable String slug, @RequestParam(required = false) String confirmed, Principal staff,
                 RedirectAttributes flash) {
        if (!"yes".equals(confirmed)) {
            return "redirect:/saksbehandler/horinger/" + consultations.getBySlug(slug).slug() + "/lukk";
        }
        consultations.close(slug, staff.getName());
        flash.addFlashAttribute("changed", "staff.closed");
        return OVERVIEW;
    }

    @GetMapping("/slett")
    String deleteConfirmation(@PathVariable String slug, Model model) {
        model.addAttribute("consultation", consultations.getBySlug(slug));
        return "consultation/delete";
    }

    @PostMapping("/slett")
    String delete(@PathVariable String slug, @RequestParam(required = false) String confirmed, RedirectAttributes flash) {
        if (!"yes".equals(confirmed)) {
            return "redirect:/saksbehandler/horinger/" + consultations.getBySlug(slug).slug() + "/slett";
        }
        try {
            consultations.deleteDraft(slug);
            flash.addFlashAttribute("changed", "staff.deleted");
        } catch (ConflictException e) {
            flash.addFlashAttribute("uploadErrors", java.util.List.of("staff.cannot-delete"));
        }
        return OVERVIEW;
    }

    private static String inputId(FieldError error) {
        return error.field().equals("reason") ? REASON_INPUT : DATE_INPUT;
    }

    private String deadlinePage(Consultation consultation, String date, String time, String reason, Map<String, String> errors,
                                Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("date", date);
        model.addAttribute("time", time);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("maxReason", Consultations.MAX_REASON);
        model.addAttribute("changes", consultations.changes(consultation));
        return "consultation/deadline";
    }
}
