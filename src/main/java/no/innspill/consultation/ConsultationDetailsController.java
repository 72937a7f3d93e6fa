package no.innspill.consultation;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innspill.platform.ConflictException;
import no.innspill.platform.DateFormats;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A consultation's details on the staff pages ({@code …/detaljer}): case number, title, owner, contact
 * person, receiving address, publication date, a draft's deadline, the nynorsk and English texts; once
 * it opened, each change with a reason and the change log below. Beside them, scheduling the
 * publication; and "Ny høring", which makes a draft from the few fields a consultation needs.
 * Errors are worded in the case worker's language beside each input; post/redirect/get.
 */
@Controller
record ConsultationDetailsController(Consultations consultations, MessageSource messages) {

    /** The form's fields as the page posts them; the deadline comes as a date and a time. */
    record DetailsForm(String caseNumber, String title, String owner, String contactName, String contactEmail,
                       String contactPhone, String responseEmail, String emailInstructions, String publicationDate,
                       String deadlineDate, String deadlineTime, String titleNn, String introNn, String titleEn,
                       String introEn, String privateNames, String reason) {

        static DetailsForm of(ConsultationDetails d) {
            String[] deadline = d.deadline().split("T");
            return new DetailsForm(d.caseNumber(), d.title(), d.owner(), d.contactName(), d.contactEmail(), d.contactPhone(),
                    d.responseEmail(), d.emailInstructions(), d.publicationDate(), deadline[0], deadline[1], d.titleNn(),
                    d.introNn(), d.titleEn(), d.introEn(), d.privateNames(), "");
        }

        /** The deadline as the details read it; {@code null} (unchanged) when neither part was posted. */
        String deadline() {
            if (blank(deadlineDate) && blank(deadlineTime)) {
                return null;
            }
            return (deadlineDate == null ? "" : deadlineDate.strip()) + "T" + (blank(deadlineTime) ? "23:59" : deadlineTime.strip());
        }

        ConsultationDetails details(Consultation consultation) {
            boolean opened = consultation.isPublic();
            return new ConsultationDetails(caseNumber, title, owner, contactName, contactEmail, contactPhone, responseEmail,
                    emailInstructions,
                    opened && consultation.publicationDate() != null ? consultation.publicationDate().toString() : publicationDate,
                    opened ? null : deadline(), titleNn, introNn, titleEn, introEn, privateNames);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** What "Ny høring" posts. */
    record NewForm(String caseNumber, String title, String owner, String deadlineDate, String deadlineTime,
                   String responseEmail) {

        static final NewForm EMPTY = new NewForm("", "", "", "", "23:59", "");

        String deadline() {
            if ((deadlineDate == null || deadlineDate.isBlank())) {
                return null;
            }
            return deadlineDate.strip() + "T" + (deadlineTime == null || deadlineTime.isBlank() ? "23:59" : deadlineTime.strip());
        }
    }

    @GetMapping("/saksbehandler/horinger/{slug}/detaljer")
    String details(@PathVariable String slug, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        return page(consultation, DetailsForm.of(ConsultationDetails.of(consultation)), Map.of(), model);
    }

    @PostMapping("/saksbehandler/horinger/{slug}/detaljer")
    String save(@PathVariable String slug, @ModelAttribute DetailsForm form, Principal staff, Locale locale, Model model,
                RedirectAttributes flash, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        try {
            Consultation saved = consultations.changeDetails(slug, form.details(consultation), form.reason(), staff.getName());
            flash.addFlashAttribute("saved", "staff.details.saved");
            return "redirect:/saksbehandler/horinger/" + saved.slug() + "/detaljer";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(consultation, form, texts(e.errors(), locale), model);
        }
    }

    @PostMapping("/saksbehandler/horinger/{slug}/planlegg")
    String schedule(@PathVariable String slug, Principal staff, RedirectAttributes flash) {
        try {
            consultations.schedule(slug, staff.getName());
            flash.addFlashAttribute("saved", "staff.details.scheduled");
        } catch (ConflictException e) {
            flash.addFlashAttribute("problem", "staff.details.cannot-schedule");
        }
        return "redirect:/saksbehandler/horinger/" + slug + "/detaljer";
    }

    @PostMapping("/saksbehandler/horinger/{slug}/avplanlegg")
    String unschedule(@PathVariable String slug, Principal staff, RedirectAttributes flash) {
        try {
            consultations.unschedule(slug, staff.getName());
            flash.addFlashAttribute("saved", "staff.details.unscheduled");
        } catch (ConflictException e) {
            flash.addFlashAttribute("problem", "staff.details.cannot-unschedule");
        }
        return "redirect:/saksbehandler/horinger/" + slug + "/detaljer";
    }

    @GetMapping("/saksbehandler/horinger/ny")
    String newForm(Model model) {
        return newPage(NewForm.EMPTY, Map.of(), model);
    }

    @PostMapping("/saksbehandler/horinger/ny")
    String create(@ModelAttribute NewForm form, Locale locale, Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            Consultation created = consultations.createDraft(form.caseNumber(), form.title(), form.owner(), form.deadline(),
                    form.responseEmail());
            flash.addFlashAttribute("saved", "staff.details.created");
            return "redirect:/saksbehandler/horinger/" + created.slug() + "/detaljer";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return newPage(form, texts(e.errors(), locale), model);
        }
    }

    private String page(Consultation consultation, DetailsForm form, Map<String, String> errors, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("opened", consultation.isPublic());
        model.addAttribute("caseNumberChangeable", consultations.caseNumberChangeable(consultation));
        model.addAttribute("publicationStart", consultation.publicationDate() == null ? null
                : consultation.publicationDate().atStartOfDay(DateFormats.OSLO).toInstant());
        model.addAttribute("changes", consultations.changes(consultation));
        model.addAttribute("limits", limits());
        return "consultation/details";
    }

    private String newPage(NewForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("limits", limits());
        return "consultation/new";
    }

    private static Map<String, Integer> limits() {
        return Map.of("title", ConsultationDetails.MAX_TITLE, "name", ConsultationDetails.MAX_NAME,
                "instructions", ConsultationDetails.MAX_INSTRUCTIONS, "intro", ConsultationDetails.MAX_INTRO,
                "reason", Consultations.MAX_REASON);
    }

    /** Each error worded for the reader, by the id of its input (the field in kebab case: contact-email). */
    private Map<String, String> texts(List<FieldError> errors, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (FieldError error : errors) {
            String id = inputId(error.field());
            String label = messages.getMessage("staff.details." + error.field(), null, error.field(), locale);
            Object limit = error.args().isEmpty() ? "" : error.args().get(0);
            String code = error.code() == null ? "invalid" : error.code();
            texts.putIfAbsent(id, messages.getMessage("staff.details.error." + code, new Object[] {label, limit},
                    messages.getMessage("staff.details.error.invalid", new Object[] {label}, locale), locale));
        }
        return texts;
    }

    static String inputId(String field) {
        String id = field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        return id.equals("deadline") ? "deadline-date" : id;
    }
}
