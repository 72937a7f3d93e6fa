package no.innspill.consultation.builder;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationStatus;
import no.innspill.consultation.Consultations;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinitions;
import no.innspill.form.FormRef;
import no.innspill.form.Forms;
import no.innspill.form.Question;
import no.innspill.form.QuestionKind;
import no.innspill.platform.ConflictException;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import no.innspill.platform.yaml.YamlErrorTexts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form builder: a consultation's questions, introduction and themes edited on staff pages,
 * one question per page, without JavaScript. Every save is checked by the definition's rules
 * ({@link FormDefinitions}) and stored by {@link Consultations#reviseForm} as the form's next
 * version, which freezes the structure once there are responses and logs changes after opening.
 * Each page carries the version it showed, so two case workers cannot overwrite each other.
 */
@Controller
@RequestMapping("/saksbehandler/horinger/{slug}/skjema")
record FormBuilderController(Consultations consultations, Forms forms, MessageSource messages) {

    private static final String REASON = "reason";
    private static final String FORM_ANCHOR = "questions";

    /** What may be done with the form now. */
    record BuilderState(boolean editable, boolean reasonRequired, boolean frozen) {

        static BuilderState of(Consultation consultation, boolean hasResponses) {
            boolean closed = consultation.status() == ConsultationStatus.CLOSED;
            return new BuilderState(!closed, consultation.isPublic(), hasResponses);
        }

        /** Questions may be added, removed and moved from the overview (a draft's form). */
        public boolean structural() {
            return editable && !frozen;
        }
    }

    @GetMapping
    String overview(@PathVariable String slug, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        FormDefinition form = forms.get(consultation.form());
        return overviewPage(consultation, form, form.intro(), String.join("\n", form.themes()), "", Map.of(), model);
    }

    @PostMapping("/innledning")
    String saveIntro(@PathVariable String slug, @RequestParam(defaultValue = "") String intro,
                     @RequestParam(defaultValue = "") String themes, @RequestParam(defaultValue = "") String reason,
                     @RequestParam(defaultValue = "0") int version, Principal staff, Locale locale, Model model,
                     RedirectAttributes flash, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        FormDefinition form = forms.get(consultation.form());
        List<String> themeList = Arrays.stream(themes.split("\\R")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Consultation> saved = save(consultation, version, FormEdit.withIntro(form, intro, themeList), reason, staff, locale,
                error -> error.field().equals("intro") ? "intro" : error.field().startsWith("themes") ? "themes"
                        : error.field().equals(REASON) ? REASON : null, errors);
        if (saved.isPresent()) {
            flash.addFlashAttribute("saved", "staff.builder.saved-intro");
            return redirect(saved.get(), "");
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return overviewPage(consultation, form, intro, themes, reason, errors, model);
    }

    @GetMapping("/ny")
    String newQuestion(@PathVariable String slug, @RequestParam(name = "type", defaultValue = "") String type, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        FormDefinition form = forms.get(consultation.form());
        QuestionKind kind = kind(type);
        return editorPage(consultation, form, null, QuestionInput.blank(kind, form.questions().size() + 1), "", Map.of(), model);
    }

    @PostMapping("/ny")
    String addQuestion(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Principal staff,
                       Locale locale, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        return saveQuestion(consultation, null, params, staff, locale, model, flash, response);
    }

    @GetMapping("/sporsmal/{id}")
    String editQuestion(@PathVariable String slug, @PathVariable String id, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        FormDefinition form = forms.get(consultation.form());
        int index = indexOf(form, id);
        Question question = form.questions().get(index);
        boolean frozen = consultations.hasResponses(consultation);
        return editorPage(consultation, form, question, QuestionInput.of(question, index + 1, frozen ? 0 : QuestionInput.BLANK_ROWS),
                "", Map.of(), model);
    }

    @PostMapping("/sporsmal/{id}")
    String updateQuestion(@PathVariable String slug, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
                          Principal staff, Locale locale, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        indexOf(forms.get(consultation.form()), id);
        return saveQuestion(consultation, id, params, staff, locale, model, flash, response);
    }

    /** Moves a draft's question one place; in an opened consultation the editor's position field does it, with a reason. */
    @PostMapping("/sporsmal/{id}/flytt")
    String move(@PathVariable String slug, @PathVariable String id, @RequestParam(defaultValue = "") String direction,
                @RequestParam(defaultValue = "0") int version, Principal staff, Locale locale, Model model,
                RedirectAttributes flash, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        FormDefinition form = forms.get(consultation.form());
        int index = indexOf(form, id);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Consultation> saved = save(consultation, version, FormEdit.moved(form, index, direction.equals("up") ? -1 : 1), "",
                staff, locale, error -> error.field().equals(REASON) ? REASON : null, errors);
        if (saved.isPresent()) {
            flash.addFlashAttribute("saved", "staff.builder.moved");
            flash.addFlashAttribute("savedArgument", id);
            return redirect(saved.get(), "#q-" + id);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return overviewPage(consultation, form, form.intro(), String.join("\n", form.themes()), "", errors, model);
    }

    @GetMapping("/sporsmal/{id}/fjern")
    String removeConfirmation(@PathVariable String slug, @PathVariable String id, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        FormDefinition form = forms.get(consultation.form());
        return removePage(consultation, form, form.questions().get(indexOf(form, id)), "", Map.of(), model);
    }

    @PostMapping("/sporsmal/{id}/fjern")
    String remove(@PathVariable String slug, @PathVariable String id, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "0") int version, Principal staff, Locale locale, Model model,
                  RedirectAttributes flash, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        FormDefinition form = forms.get(consultation.form());
        int index = indexOf(form, id);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Consultation> saved = save(consultation, version, FormEdit.without(form, index), reason, staff, locale,
                error -> error.field().equals(REASON) ? REASON : null, errors);
        if (saved.isPresent()) {
            flash.addFlashAttribute("saved", "staff.builder.removed");
            flash.addFlashAttribute("savedArgument", id);
            return redirect(saved.get(), "");
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return removePage(consultation, form, form.questions().get(index), reason, errors, model);
    }

    private String saveQuestion(Consultation consultation, String id, MultiValueMap<String, String> params, Principal staff,
                                Locale locale, Model model, RedirectAttributes flash, HttpServletResponse response) {
        FormDefinition form = forms.get(consultation.form());
        int index = id == null ? -1 : indexOf(form, id);
        QuestionKind kind = index >= 0 ? form.questions().get(index).kind() : kind(params.getFirst("kind"));
        boolean moreRows = "more".equals(params.getFirst("action"));
        QuestionInput input = QuestionInput.fromParams(kind, params, moreRows ? QuestionInput.BLANK_ROWS : 0);
        String reason = Optional.ofNullable(params.getFirst(REASON)).orElse("");
        Question existing = index >= 0 ? form.questions().get(index) : null;
        if (moreRows) {
            return editorPage(consultation, form, existing, input, reason, Map.of(), model);
        }
        Set<String> otherIds = new HashSet<>();
        form.questions().forEach(question -> otherIds.add(question.id()));
        if (existing != null) {
            otherIds.remove(existing.id());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> question = input.toDefinition(otherIds);
        if (otherIds.contains(question.get("id"))) {
            errors.put("id", YamlErrorTexts.text("duplicate-question-id", List.of(question.get("id")), locale));
        } else {
            int position = Math.max(1, Math.min(input.position(), form.questions().size() + (existing == null ? 1 : 0)));
            String prefix = "questions[" + (position - 1) + "].";
            Optional<Consultation> saved = save(consultation, versionOf(params), FormEdit.withQuestion(form, index, question, position),
                    reason, staff, locale, error -> error.field().equals(REASON) ? REASON
                            : error.field().startsWith(prefix) ? input.inputFor(error.field().substring(prefix.length())) : null,
                    errors);
            if (saved.isPresent()) {
                flash.addFlashAttribute("saved", existing == null ? "staff.builder.added" : "staff.builder.saved");
                flash.addFlashAttribute("savedArgument", question.get("id"));
                return redirect(saved.get(), "#q-" + question.get("id"));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return editorPage(consultation, form, existing, input, reason, errors, model);
    }

    /**
     * Saves the changed form, or puts each error under the input {@code inputs} names for it (under
     * the page's heading when none), worded in the case worker's language.
     */
    private Optional<Consultation> save(Consultation consultation, int version, Map<String, Object> changed, String reason,
                                        Principal staff, Locale locale, java.util.function.Function<FieldError, String> inputs,
                                        Map<String, String> errors) {
        try {
            FormDefinition next = FormDefinitions.fromMap(changed);
            FormRef basedOn = version > 0 ? consultation.form().withVersion(version) : null;
            return Optional.of(consultations.reviseForm(consultation.slug(), basedOn, next, reason, staff.getName()));
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                String input = Optional.ofNullable(inputs.apply(error)).orElse(FORM_ANCHOR);
                String text = error.code() == null ? error.message() : switch (error.code()) {
                    case "reason-missing", "reason-too-long" -> text("staff.builder.error." + error.code(), locale);
                    default -> YamlErrorTexts.text(error.code(), error.args(), locale);
                };
                errors.merge(input, text, (a, b) -> a + " " + b);
            }
        } catch (ConflictException e) {
            errors.put(FORM_ANCHOR, text(e.title().equals("Consultation closed") ? "staff.builder.error.closed"
                    : "staff.builder.error.changed-meanwhile", locale));
        }
        return Optional.empty();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, new Object[] {Consultations.MAX_REASON}, locale);
    }

    private static int versionOf(MultiValueMap<String, String> params) {
        try {
            return Integer.parseInt(Optional.ofNullable(params.getFirst("version")).orElse("0").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int indexOf(FormDefinition form, String id) {
        for (int i = 0; i < form.questions().size(); i++) {
            if (form.questions().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new NotFoundException("The form has no question " + id);
    }

    private static QuestionKind kind(String type) {
        return Arrays.stream(QuestionKind.values()).filter(kind -> kind.yamlName().equals(type)).findFirst()
                .orElse(QuestionKind.TEXT);
    }

    private static String redirect(Consultation consultation, String anchor) {
        return "redirect:/saksbehandler/horinger/" + consultation.slug() + "/skjema" + anchor;
    }

    private String overviewPage(Consultation consultation, FormDefinition form, String intro, String themes, String reason,
                                Map<String, String> errors, Model model) {
        common(consultation, reason, errors, model);
        model.addAttribute("form", form);
        model.addAttribute("intro", intro == null ? "" : intro);
        model.addAttribute("themes", themes);
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("formChanges", consultations.changes(consultation).stream().filter(c -> c.field().equals("form")).toList());
        return "consultation/builder/form";
    }

    private String editorPage(Consultation consultation, FormDefinition form, Question existing, QuestionInput input, String reason,
                              Map<String, String> errors, Model model) {
        common(consultation, reason, errors, model);
        model.addAttribute("question", existing);
        model.addAttribute("input", input);
        model.addAttribute("positions", form.questions().size() + (existing == null ? 1 : 0));
        return "consultation/builder/question";
    }

    private String removePage(Consultation consultation, FormDefinition form, Question question, String reason,
                              Map<String, String> errors, Model model) {
        common(consultation, reason, errors, model);
        model.addAttribute("question", question);
        model.addAttribute("lastQuestion", form.questions().size() == 1);
        return "consultation/builder/remove";
    }

    private void common(Consultation consultation, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("state", BuilderState.of(consultation, consultations.hasResponses(consultation)));
        model.addAttribute("version", consultation.form().version());
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("maxReason", Consultations.MAX_REASON);
    }
}
