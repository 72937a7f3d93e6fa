package no.innspill.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Forms;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Tagging the answers to one question or part, one answer at a time: its text with the suggested themes ticked, "no
 * theme" as a choice of its own, and a save that goes on to the analyst's next uncoded answer.
 */
@Controller
class TaggingPageController {

    static final String PAGE = "/saksbehandler/horinger/{slug}/temaer/{answerId}/merking";

    private final Consultations consultations;
    private final Forms forms;
    private final Tagging tagging;
    private final MessageSource messages;

    TaggingPageController(Consultations consultations, Forms forms, Tagging tagging, MessageSource messages) {
        this.consultations = consultations;
        this.forms = forms;
        this.tagging = tagging;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String slug, @PathVariable String answerId, @RequestParam(name = "svar", required = false) Integer number,
                Principal staff, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        ThemeScopes.Scope scope = ThemeScopes.of(forms.get(consultation.form())).get(answerId, "answerId");
        Optional<Integer> shown = number != null ? Optional.of(number) : tagging.nextUncoded(consultation, scope.id(), staff.getName(), 0);
        return page(consultation, scope, shown.orElse(null), staff.getName(), Map.of(), model);
    }

    private String page(Consultation consultation, ThemeScopes.Scope scope, Integer number, String analyst, Map<String, String> errors, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("scope", scope);
        model.addAttribute("themesLink", ThemesPageController.link(consultation, scope.id()));
        model.addAttribute("errors", errors);
        if (number == null) {
            model.addAttribute("current", null);
            return "staff/theme-tagging";
        }
        Tagging.Current current = tagging.current(consultation, scope.id(), number, analyst);
        model.addAttribute("current", current);
        model.addAttribute("paragraphs", List.of(current.text().split("\n")));
        model.addAttribute("action", base(consultation, scope) + "/" + number);
        model.addAttribute("skipLink", tagging.nextWithText(consultation, scope.id(), number).map(next -> base(consultation, scope) + "?svar=" + next).orElse(null));
        return "staff/theme-tagging";
    }

    @PostMapping(PAGE + "/{number}")
    String save(@PathVariable String slug, @PathVariable String answerId, @PathVariable int number,
                @RequestParam(name = "theme", required = false) List<String> chosen,
                @RequestParam(name = "suggested", required = false) List<String> suggested,
                Principal staff, Locale locale, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Consultation consultation = consultations.getBySlug(slug);
        ThemeScopes.Scope scope = ThemeScopes.of(forms.get(consultation.form())).get(answerId, "answerId");
        try {
            tagging.save(consultation, scope.id(), number, staff.getName(), chosen, suggested);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                String key = "themes.error." + (error.code() == null ? error.field() : error.code());
                errors.put("tag-themes", messages.getMessage(key, error.args() == null ? null : error.args().toArray(), error.message(), locale));
            }
            return page(consultation, scope, number, staff.getName(), errors, model);
        }
        flash.addFlashAttribute("saved", "themes.tagging.saved");
        flash.addFlashAttribute("savedNumber", number);
        return "redirect:" + tagging.nextUncoded(consultation, scope.id(), staff.getName(), number)
                .map(next -> base(consultation, scope) + "?svar=" + next)
                .orElse(base(consultation, scope));
    }

    private static String base(Consultation consultation, ThemeScopes.Scope scope) {
        return "/saksbehandler/horinger/" + consultation.slug() + "/temaer/" + UriUtils.encodePathSegment(scope.id(), StandardCharsets.UTF_8) + "/merking";
    }
}
