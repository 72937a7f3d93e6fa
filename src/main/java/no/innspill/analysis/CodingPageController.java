package no.innspill.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Answer;
import no.innspill.form.Forms;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import no.innspill.response.Responses;
import no.innspill.response.StoredResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Coding one response (staff): each answer's text with the inputs marked in it, a form per answer to add one, and a page
 * to change or delete an input. Plain forms, post/redirect/get; a small script may fill the passage from a selection.
 */
@Controller
class CodingPageController {

    static final String PAGE = "/saksbehandler/horinger/{slug}/svar/{number}/koding";
    /** The dispositions' names, in the order the forms offer them. */
    static final List<String> DISPOSITIONS = java.util.Arrays.stream(Disposition.values()).map(DispositionNames::jsonName).toList();

    private final Consultations consultations;
    private final Forms forms;
    private final Responses responses;
    private final CodedInputs inputs;
    private final MessageSource messages;

    CodingPageController(Consultations consultations, Forms forms, Responses responses, CodedInputs inputs, MessageSource messages) {
        this.consultations = consultations;
        this.forms = forms;
        this.responses = responses;
        this.inputs = inputs;
        this.messages = messages;
    }

    static String path(String slug, int number) {
        return "/saksbehandler/horinger/" + slug + "/svar/" + number + "/koding";
    }

    /** What the analyst typed into one form: kept when it comes back with errors. */
    record CodingForm(String answer, String passage, List<String> concerns, String disposition, String assessment, Integer start, Integer end) {

        static CodingForm fresh(String answer) {
            return new CodingForm(answer, "", List.of(answer), "", "", null, null);
        }

        static CodingForm of(CodedInput input) {
            return new CodingForm(input.answerId(), input.passage(), input.concerns(), input.disposition() == null ? ""
                    : DispositionNames.jsonName(input.disposition()), input.assessment() == null ? "" : input.assessment(),
                    input.start(), input.end());
        }

        public boolean concerns(String concern) {
            return concerns.contains(concern);
        }
    }

    /** An input as the pages list it: what it concerns worded, and its disposition's bundle key. */
    record InputRow(CodedInput input, String concerns, String dispositionKey, String partLabel) {
    }

    /** One answer with text: its marked text, its inputs, the references found in it, and its form to add an input. */
    record AnswerBlock(int index, String id, String label, List<MarkedText.Segment> segments, List<InputRow> inputs,
                       Map<String, String> concernChoices, CodingForm form) {
    }

    @GetMapping(PAGE)
    String page(@PathVariable String slug, @PathVariable int number, @RequestParam(required = false) String lagret,
                @RequestParam(required = false) String slettet, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        StoredResponse response = find(consultation, number);
        model.addAttribute("saved", lagret != null);
        model.addAttribute("deleted", slettet != null);
        return show(consultation, response, null, null, Map.of(), model);
    }

    @PostMapping(PAGE)
    String add(@PathVariable String slug, @PathVariable int number, @RequestParam(required = false) String answer,
               @RequestParam(required = false) String passage, @RequestParam(required = false) List<String> concerns,
               @RequestParam(required = false) String disposition, @RequestParam(required = false) String assessment,
               Principal principal, Locale locale, Model model, HttpServletResponse http) {
        Consultation consultation = consultations.getBySlug(slug);
        StoredResponse response = find(consultation, number);
        CodingForm form = new CodingForm(answer, passage == null ? "" : passage, concerns == null ? List.of() : concerns,
                disposition == null ? "" : disposition, assessment == null ? "" : assessment, null, null);
        try {
            CodedInput created = inputs.create(consultation, new CodedInputs.Request(number, answer, null, null, passage,
                    form.concerns(), disposition, assessment), principal.getName());
            return "redirect:" + path(slug, number) + "?lagret=" + created.id() + "#innspill-" + created.id();
        } catch (InvalidInputException invalid) {
            http.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            int index = answerIds(consultation, response).indexOf(answer);
            String prefix = "add-" + Math.max(0, index);
            model.addAttribute("saved", false);
            model.addAttribute("deleted", false);
            return show(consultation, response, answer, form, errors(invalid, prefix, locale), model);
        }
    }

    @GetMapping("/saksbehandler/horinger/{slug}/innspill/{id}")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        CodedInput input = inputs.get(consultation, id);
        return showEdit(consultation, input, CodingForm.of(input), Map.of(), model);
    }

    @PostMapping("/saksbehandler/horinger/{slug}/innspill/{id}")
    String update(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String passage,
                  @RequestParam(required = false) List<String> concerns, @RequestParam(required = false) String disposition,
                  @RequestParam(required = false) String assessment, Principal principal, Locale locale, Model model,
                  HttpServletResponse http) {
        Consultation consultation = consultations.getBySlug(slug);
        CodedInput input = inputs.get(consultation, id);
        // the same passage stays where it was, even where its words stand twice in the answer
        boolean samePassage = input.passage().equals(passage);
        CodingForm form = new CodingForm(input.answerId(), passage == null ? "" : passage, concerns == null ? List.of() : concerns,
                disposition == null ? "" : disposition, assessment == null ? "" : assessment, null, null);
        try {
            inputs.update(consultation, id, new CodedInputs.Request(input.sequenceNumber(), input.answerId(),
                    samePassage ? input.start() : null, samePassage ? input.end() : null, samePassage ? null : passage,
                    form.concerns(), disposition, assessment), principal.getName());
            return "redirect:" + path(slug, input.sequenceNumber()) + "?lagret=" + id + "#innspill-" + id;
        } catch (InvalidInputException invalid) {
            http.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showEdit(consultation, input, form, errors(invalid, "edit", locale), model);
        }
    }

    @PostMapping("/saksbehandler/horinger/{slug}/innspill/{id}/slett")
    String delete(@PathVariable String slug, @PathVariable long id) {
        Consultation consultation = consultations.getBySlug(slug);
        CodedInput input = inputs.get(consultation, id);
        inputs.delete(consultation, id);
        return "redirect:" + path(slug, input.sequenceNumber()) + "?slettet=" + id;
    }

    private String show(Consultation consultation, StoredResponse response, String failedAnswer, CodingForm failed,
                        Map<String, String> errors, Model model) {
        Map<String, String> labels = FormParts.labels(forms.get(response.form(consultation.form())));
        Map<String, String> parts = FormParts.labels(forms.get(consultation.form()));
        List<CodedInput> marked = inputs.ofResponse(consultation, response.sequenceNumber());
        List<AnswerBlock> blocks = new ArrayList<>();
        int index = 0;
        for (String id : answerIds(consultation, response)) {
            String text = response.answers().get(id).text();
            List<CodedInput> mine = marked.stream().filter(input -> input.answerId().equals(id)).toList();
            CodingForm form = id.equals(failedAnswer) ? failed : CodingForm.fresh(id);
            Map<String, String> choices = new LinkedHashMap<>(parts);
            LinkedHashSet<String> references = new LinkedHashSet<>(ProposalReferences.labels(text));
            form.concerns().stream().map(ProposalReferences::label).flatMap(java.util.Optional::stream).forEach(references::add);
            references.forEach(reference -> choices.put(reference, reference));
            blocks.add(new AnswerBlock(index++, id, labels.getOrDefault(id, id), MarkedText.of(text, mine),
                    mine.stream().map(input -> row(input, parts)).toList(), choices, form));
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("response", response);
        model.addAttribute("answers", blocks);
        Map<Long, String> noteKeys = new java.util.HashMap<>();
        marked.forEach(input -> noteKeys.put(input.id(), DispositionNames.messageKey(input.disposition())));
        model.addAttribute("noteKeys", noteKeys);
        model.addAttribute("dispositions", DISPOSITIONS);
        model.addAttribute("errors", errors);
        return "staff/coding";
    }

    private String showEdit(Consultation consultation, CodedInput input, CodingForm form, Map<String, String> errors, Model model) {
        StoredResponse response = find(consultation, input.sequenceNumber());
        Map<String, String> parts = FormParts.labels(forms.get(consultation.form()));
        Answer answer = response.answers().get(input.answerId());
        Map<String, String> choices = new LinkedHashMap<>(parts);
        LinkedHashSet<String> references = new LinkedHashSet<>(ProposalReferences.labels(answer == null ? null : answer.text()));
        references.addAll(input.references());
        references.forEach(reference -> choices.put(reference, reference));
        model.addAttribute("consultation", consultation);
        model.addAttribute("response", response);
        model.addAttribute("input", input);
        model.addAttribute("answerLabel", FormParts.labels(forms.get(response.form(consultation.form()))).getOrDefault(input.answerId(), input.answerId()));
        model.addAttribute("form", form);
        model.addAttribute("concernChoices", choices);
        model.addAttribute("dispositions", DISPOSITIONS);
        model.addAttribute("errors", errors);
        return "staff/coding-edit";
    }

    static InputRow row(CodedInput input, Map<String, String> parts) {
        return new InputRow(input, String.join("; ", input.concerns().stream().map(c -> parts.getOrDefault(c, c)).toList()),
                DispositionNames.messageKey(input.disposition()), parts.getOrDefault(input.answerId(), input.answerId()));
    }

    /** The answers with text, in the order of the form the response answered: those an input can be marked in. */
    private List<String> answerIds(Consultation consultation, StoredResponse response) {
        List<String> ids = new ArrayList<>();
        for (String id : forms.get(response.form(consultation.form())).answerIds()) {
            Answer answer = response.answers().get(id);
            if (answer != null && answer.text() != null && !answer.text().isBlank()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Each field error worded in the page's language, by the id of the input it is about ({@code add-2-passage}). */
    private Map<String, String> errors(InvalidInputException invalid, String prefix, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : invalid.errors()) {
            String field = error.field().startsWith("concerns") ? "concerns"
                    : List.of("response", "answer", "start", "end").contains(error.field()) ? "passage" : error.field();
            String key = "coding.error." + (error.code() == null ? "invalid" : error.code());
            errors.putIfAbsent(prefix + "-" + field, messages.getMessage(key, error.args().toArray(), locale));
        }
        return errors;
    }

    private StoredResponse find(Consultation consultation, int number) {
        return responses.find(consultation, number)
                .orElseThrow(() -> new NotFoundException("There is no document " + consultation.caseNumber() + "-" + number));
    }
}
