package no.innspill.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import no.innspill.form.Question;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The summary report (høringsnotat) of a consultation: a page where the case worker writes its texts and sees what it
 * will hold, and the report itself as DOCX (streamed) and as PDF/A.
 */
@Controller
class SummaryPageController {

    private static final String PAGE = "/saksbehandler/horinger/{slug}/oppsummering";
    private static final String FIELD_PREFIX = "text.";
    private static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Consultations consultations;
    private final Forms forms;
    private final SummaryTexts texts;
    private final SummaryReports reports;
    private final SummaryPdf pdf;
    private final MessageSource messages;

    SummaryPageController(Consultations consultations, Forms forms, SummaryTexts texts, SummaryReports reports, SummaryPdf pdf,
                          MessageSource messages) {
        this.consultations = consultations;
        this.forms = forms;
        this.texts = texts;
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** One text of the page: its section, the form field's name and id, its label, what it holds and what is wrong with it. */
    record Field(String section, String name, String id, String label, boolean part, String value, int maxLength, FieldError error) {

        public boolean isTitle() {
            return "title".equals(section);
        }
    }

    @GetMapping(PAGE)
    String page(@PathVariable String slug, @RequestParam(name = "lagret", required = false) String saved, Locale locale, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        model.addAttribute("saved", saved != null);
        return show(consultation, texts.of(consultation.id()), List.of(), locale, model);
    }

    /** Post/redirect/get; too long a text comes back with all the texts as typed and nothing stored. */
    @PostMapping(PAGE)
    String save(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
                HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String section : SummaryTexts.sections(forms.get(consultation.form()))) {
            String value = params.getFirst(FIELD_PREFIX + section);
            if (value != null) {
                typed.put(section, value);
            }
        }
        try {
            texts.save(consultation.id(), forms.get(consultation.form()), typed);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("saved", false);
            return show(consultation, typed, e.errors(), locale, model);
        }
        return "redirect:" + PAGE.replace("{slug}", consultation.slug()) + "?lagret";
    }

    @GetMapping(PAGE + ".docx")
    void docx(@PathVariable String slug, Locale locale, HttpServletResponse response) throws IOException {
        Consultation consultation = consultations.getBySlug(slug);
        SummaryReport report = reports.of(consultation, locale);
        response.setContentType(DOCX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName(consultation, "docx"), StandardCharsets.UTF_8).build().toString());
        SummaryDocx.write(report, new SummaryDocx.Respondents() {
            @Override
            public void all(java.util.function.Consumer<List<SummaryReport.Respondent>> chunk) {
                reports.forEachRespondent(consultation, locale, chunk);
            }

            @Override
            public void withoutComments(java.util.function.Consumer<List<SummaryReport.Respondent>> chunk) {
                reports.forEachWithoutComments(consultation, locale, chunk);
            }
        }, new StatisticsCharts.Texts(messages, locale), response.getOutputStream());
    }

    @GetMapping(PAGE + ".pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, Locale locale) {
        Consultation consultation = consultations.getBySlug(slug);
        SummaryReport report = reports.of(consultation, locale);
        List<SummaryReport.Respondent> all = new ArrayList<>();
        reports.forEachRespondent(consultation, locale, all::addAll);
        List<SummaryReport.Respondent> silent = new ArrayList<>();
        reports.forEachWithoutComments(consultation, locale, silent::addAll);
        String lang = messages.getMessage("document.lang", null, "nb", locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                        .attachment().filename(fileName(consultation, "pdf"), StandardCharsets.UTF_8).build().toString())
                .body(pdf.render(report, all, silent, lang, locale));
    }

    private static String fileName(Consultation consultation, String extension) {
        return "oppsummering-" + consultation.slug() + "." + extension;
    }

    private String show(Consultation consultation, Map<String, String> values, List<FieldError> errors, Locale locale, Model model) {
        FormDefinition form = forms.get(consultation.form());
        SummaryReport report = reports.of(consultation, locale);
        Map<String, FieldError> errorBySection = new LinkedHashMap<>();
        errors.forEach(error -> errorBySection.putIfAbsent(error.field(), error));
        List<Field> fields = new ArrayList<>();
        fields.add(field(SummaryTexts.TITLE, text(locale, "report.field.title"), false, values, errorBySection));
        fields.add(field(SummaryTexts.INTRO, text(locale, "report.field.intro"), false, values, errorBySection));
        for (Question question : form.answerable()) {
            fields.add(field(SummaryTexts.answerSection(question.id()), text(locale, "report.question-heading", question.number(), question.text()),
                    false, values, errorBySection));
            for (Question.Part part : question.parts()) {
                fields.add(field(SummaryTexts.answerSection(part.fullId()), part.title(), true, values, errorBySection));
            }
        }
        fields.add(field(SummaryTexts.CLOSING, text(locale, "report.field.closing"), false, values, errorBySection));
        model.addAttribute("consultation", consultation);
        model.addAttribute("report", report);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", fields.stream().filter(field -> field.error() != null).toList());
        model.addAttribute("defaultTitle", reports.defaultTitle(consultation, locale));
        model.addAttribute("base", PAGE.replace("{slug}", consultation.slug()));
        return "staff/summary";
    }

    private static Field field(String section, String label, boolean part, Map<String, String> values, Map<String, FieldError> errors) {
        int max = SummaryTexts.TITLE.equals(section) ? SummaryTexts.MAX_TITLE : SummaryTexts.MAX_TEXT;
        return new Field(section, FIELD_PREFIX + section, "text-" + section.replaceAll("[^A-Za-z0-9]", "-"), label, part,
                values.getOrDefault(section, ""), max, errors.get(section));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
