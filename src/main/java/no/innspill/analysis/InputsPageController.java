package no.innspill.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.response.StoredResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** All coded inputs of a consultation (staff): filtered by question or part and by disposition, counted, paged, and as XLSX. */
@Controller
class InputsPageController {

    static final int PAGE_SIZE = 50;

    private final Consultations consultations;
    private final Forms forms;
    private final CodedInputs inputs;
    private final InputExport export;

    InputsPageController(Consultations consultations, Forms forms, CodedInputs inputs, InputExport export) {
        this.consultations = consultations;
        this.forms = forms;
        this.inputs = inputs;
        this.export = export;
    }

    /** A row of the list: the input, its response and its worded fields. */
    record Listed(CodingPageController.InputRow row, StoredResponse response) {
    }

    @GetMapping("/saksbehandler/horinger/{slug}/innspill")
    String list(@PathVariable String slug, @RequestParam(required = false) String part, @RequestParam(required = false) String disposition,
                @RequestParam(required = false) String cursor, Model model, HttpServletResponse http) {
        Consultation consultation = consultations.getBySlug(slug);
        FormDefinition form = forms.get(consultation.form());
        Map<String, String> parts = FormParts.labels(form);
        String path = "/saksbehandler/horinger/" + slug + "/innspill";
        model.addAttribute("consultation", consultation);
        model.addAttribute("parts", parts);
        model.addAttribute("dispositions", CodingPageController.DISPOSITIONS);
        model.addAttribute("part", part == null ? "" : part);
        model.addAttribute("disposition", disposition == null ? "" : disposition);
        InputFilter filter;
        CodedInputs.Page page;
        try {
            filter = InputFilter.of(part, disposition, form);
            page = inputs.page(consultation, filter, cursor, PAGE_SIZE);
        } catch (InvalidInputException e) {
            http.setStatus(400);
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.put(error.field().equals("cursor") ? "filter-part" : "filter-" + error.field(), "coding.list.error." + error.field());
            }
            model.addAttribute("errors", errors);
            return "staff/inputs";
        }
        model.addAttribute("errors", Map.of());
        Map<Disposition, Long> counts = inputs.counts(consultation, filter);
        Map<String, Long> shownCounts = new LinkedHashMap<>();
        Map<String, String> countLinks = new LinkedHashMap<>();
        counts.forEach((d, n) -> {
            String name = d == null ? DispositionNames.UNDECIDED : DispositionNames.jsonName(d);
            shownCounts.put(name, n);
            countLinks.put(name, link(path, filter.part(), name, null));
        });
        model.addAttribute("counts", shownCounts);
        model.addAttribute("countLinks", countLinks);
        model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
        Map<Integer, StoredResponse> responses = inputs.responsesOf(consultation, page.inputs());
        List<Listed> rows = page.inputs().stream()
                .map(input -> new Listed(CodingPageController.row(input, parts), responses.get(input.sequenceNumber()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("nextPage", page.next() == null ? null : link(path, filter.part(), filter.disposition(), page.next()));
        model.addAttribute("previousPage", page.previous() == null ? null : link(path, filter.part(), filter.disposition(), page.previous()));
        model.addAttribute("xlsxLink", link(path + ".xlsx", filter.part(), filter.disposition(), null));
        return "staff/inputs";
    }

    @GetMapping("/saksbehandler/horinger/{slug}/innspill.xlsx")
    void xlsx(@PathVariable String slug, @RequestParam(required = false) String part, @RequestParam(required = false) String disposition,
              HttpServletResponse response) throws IOException {
        Consultation consultation = consultations.getBySlug(slug);
        export.write(consultation, InputFilter.of(part, disposition, forms.get(consultation.form())), response);
    }

    private static String link(String path, String part, String disposition, String cursor) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        List<String> values = new java.util.ArrayList<>();
        for (String[] pair : new String[][] {{"part", part}, {"disposition", disposition}, {"cursor", cursor}}) {
            if (pair[1] != null && !pair[1].isEmpty()) {
                link.queryParam(pair[0], "{v" + values.size() + "}");
                values.add(pair[1]);
            }
        }
        return link.encode().buildAndExpand(values.toArray()).toUriString();
    }
}
