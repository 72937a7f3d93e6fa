package no.innspill.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
 * The themes of a consultation per question or part: a suggestion run, each theme with its terms, count and quotes,
 * the analyst's edits as plain forms (post/redirect/get; bad input comes back with an error summary), and how well the
 * analysts agree.
 */
@Controller
class ThemesPageController {

    static final String PAGE = "/saksbehandler/horinger/{slug}/temaer";

    private final Consultations consultations;
    private final Forms forms;
    private final ThemeStore themes;
    private final TagStore tags;
    private final ThemeRuns runs;
    private final ThemeEditing editing;
    private final MessageSource messages;

    ThemesPageController(Consultations consultations, Forms forms, ThemeStore themes, TagStore tags, ThemeRuns runs, ThemeEditing editing,
                         MessageSource messages) {
        this.consultations = consultations;
        this.forms = forms;
        this.themes = themes;
        this.tags = tags;
        this.runs = runs;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String slug, @RequestParam(name = "sporsmal", required = false) String answerId, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        return page(consultation, scopes(consultation).get(answerId, "sporsmal"), Map.of(), model);
    }

    private String page(Consultation consultation, ThemeScopes.Scope scope, Map<String, String> errors, Model model) {
        ThemeScopes scopes = scopes(consultation);
        var shown = themes.themes(consultation.id(), scope.id());
        model.addAttribute("consultation", consultation);
        model.addAttribute("scopes", scopes.scopes());
        model.addAttribute("scope", scope);
        model.addAttribute("themes", shown);
        model.addAttribute("run", runs.latest(consultation).orElse(null));
        model.addAttribute("agreements", ThemeAgreement.of(tags.sharedCounts(consultation.id(), scope.id()),
                tags.agreement(consultation.id(), scope.id()), shown));
        model.addAttribute("errors", errors);
        model.addAttribute("pageLink", link(consultation, scope.id()));
        model.addAttribute("taggingLink", "/saksbehandler/horinger/" + consultation.slug() + "/temaer/"
                + UriUtils.encodePathSegment(scope.id(), java.nio.charset.StandardCharsets.UTF_8) + "/merking");
        return "staff/themes";
    }

    @PostMapping(PAGE + "/forslag")
    String suggest(@PathVariable String slug, @RequestParam(name = "sporsmal", required = false) String answerId, Principal staff,
                   RedirectAttributes flash) {
        Consultation consultation = consultations.getBySlug(slug);
        ThemeScopes.Scope scope = scopes(consultation).get(answerId, "sporsmal");
        runs.request(consultation, staff.getName());
        flash.addFlashAttribute("saved", "themes.run.requested");
        return "redirect:" + link(consultation, scope.id());
    }

    @PostMapping(PAGE)
    String create(@PathVariable String slug, @RequestParam(name = "sporsmal", required = false) String answerId,
                  @RequestParam(required = false) String label, @RequestParam(required = false) String terms, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        Consultation consultation = consultations.getBySlug(slug);
        ThemeScopes.Scope scope = scopes(consultation).get(answerId, "sporsmal");
        try {
            long id = editing.create(consultation, scope.id(), label, terms);
            flash.addFlashAttribute("saved", "themes.saved.created");
            return "redirect:" + link(consultation, scope.id()) + "#theme-" + id;
        } catch (InvalidInputException e) {
            return invalid(consultation, scope, e, field -> "create-" + field, locale, model, response);
        }
    }

    @PostMapping(PAGE + "/{id}/endre")
    String rename(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String label,
                  @RequestParam(required = false) String terms, Locale locale, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return edit(slug, id, flash, "themes.saved.renamed", locale, model, response, (consultation, theme) -> editing.rename(consultation, id, label, terms));
    }

    @PostMapping(PAGE + "/{id}/sla-sammen")
    String merge(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long into, Locale locale, Model model,
                 HttpServletResponse response, RedirectAttributes flash) {
        return edit(slug, id, flash, "themes.saved.merged", locale, model, response, (consultation, theme) -> editing.merge(consultation, id, into));
    }

    @PostMapping(PAGE + "/{id}/del-opp")
    String split(@PathVariable String slug, @PathVariable long id, Locale locale, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return edit(slug, id, flash, "themes.saved.split", locale, model, response, (consultation, theme) -> editing.split(consultation, id));
    }

    @PostMapping(PAGE + "/{id}/slett")
    String delete(@PathVariable String slug, @PathVariable long id, Locale locale, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return edit(slug, id, flash, "themes.saved.deleted", locale, model, response, (consultation, theme) -> editing.delete(consultation, id));
    }

    @PostMapping(PAGE + "/{id}/bekreft")
    String confirm(@PathVariable String slug, @PathVariable long id, Locale locale, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return edit(slug, id, flash, "themes.saved.confirmed", locale, model, response, (consultation, theme) -> editing.confirm(consultation, id));
    }

    private interface Edit {
        void apply(Consultation consultation, StoredTheme theme);
    }

    private String edit(String slug, long id, RedirectAttributes flash, String saved, Locale locale, Model model, HttpServletResponse response, Edit edit) {
        Consultation consultation = consultations.getBySlug(slug);
        StoredTheme theme = editing.get(consultation, id);
        ThemeScopes.Scope scope = scopes(consultation).find(theme.answerId())
                .orElse(new ThemeScopes.Scope(theme.answerId(), theme.answerId()));
        try {
            edit.apply(consultation, theme);
        } catch (InvalidInputException e) {
            return invalid(consultation, scope, e, field -> field + "-" + id, locale, model, response);
        }
        flash.addFlashAttribute("saved", saved);
        return "redirect:" + link(consultation, scope.id());
    }

    private String invalid(Consultation consultation, ThemeScopes.Scope scope, InvalidInputException e, Function<String, String> inputId,
                           Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(422);
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            String key = "themes.error." + (error.code() == null ? error.field() : error.code());
            errors.put(inputId.apply(error.field()), messages.getMessage(key, error.args() == null ? null : error.args().toArray(), error.message(), locale));
        }
        return page(consultation, scope, errors, model);
    }

    private ThemeScopes scopes(Consultation consultation) {
        return ThemeScopes.of(forms.get(consultation.form()));
    }

    static String link(Consultation consultation, String answerId) {
        return "/saksbehandler/horinger/" + consultation.slug() + "/temaer?sporsmal=" + UriUtils.encodeQueryParam(answerId, java.nio.charset.StandardCharsets.UTF_8);
    }
}
