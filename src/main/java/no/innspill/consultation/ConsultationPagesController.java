package no.innspill.consultation;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import no.innspill.document.ResponseDocuments;
import no.innspill.document.word.WordForm;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages: open consultations, and one consultation with its documents. */
@Controller
record ConsultationPagesController(Consultations consultations, Forms forms, ResponseDocuments documents,
                                   ConsultationDocuments caseDocuments,
                                   org.springframework.beans.factory.ObjectProvider<PublicSections> sections) {

    private static final MediaType WORD = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** The blank form as PDF/A, to print or to read before answering. */
    @GetMapping("/horinger/{slug}/skjema.pdf")
    ResponseEntity<byte[]> blankPdf(@PathVariable String slug, Locale locale) {
        Consultation consultation = visible(slug);
        return download(documents.blankFormPdf(forms.get(consultation.form()), consultation.caseDetails(), locale), MediaType.APPLICATION_PDF,
                "horingssvarskjema-" + slug + ".pdf");
    }

    /** The blank form in Word, with content controls that intake reads back by their tags. */
    @GetMapping("/horinger/{slug}/skjema.docx")
    ResponseEntity<byte[]> blankWord(@PathVariable String slug, Locale locale) {
        Consultation consultation = visible(slug);
        return download(WordForm.blankForm(forms.get(consultation.form()), consultation.caseDetails(), locale), WORD,
                "horingssvarskjema-" + slug + ".docx");
    }

    /** The same blank forms for staff, of a draft too: what respondents will get, before they can. */
    @GetMapping("/saksbehandler/horinger/{slug}/skjema.pdf")
    ResponseEntity<byte[]> staffBlankPdf(@PathVariable String slug, Locale locale) {
        Consultation consultation = consultations.getBySlug(slug);
        return download(documents.blankFormPdf(forms.get(consultation.form()), consultation.caseDetails(), locale), MediaType.APPLICATION_PDF,
                "horingssvarskjema-" + slug + ".pdf");
    }

    @GetMapping("/saksbehandler/horinger/{slug}/skjema.docx")
    ResponseEntity<byte[]> staffBlankWord(@PathVariable String slug, Locale locale) {
        Consultation consultation = consultations.getBySlug(slug);
        return download(WordForm.blankForm(forms.get(consultation.form()), consultation.caseDetails(), locale), WORD,
                "horingssvarskjema-" + slug + ".docx");
    }

    /** The consultation as a definition to keep or edit as text and upload again; the API has the same. */
    @GetMapping("/saksbehandler/horinger/{slug}/definisjon.yaml")
    ResponseEntity<byte[]> staffDefinition(@PathVariable String slug) {
        Consultation consultation = consultations.getBySlug(slug);
        return download(ConsultationDefinitions.toYaml(consultations.definition(consultation)).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                MediaType.parseMediaType("application/yaml;charset=UTF-8"), "horing-" + slug + ".yaml");
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }

    private Consultation visible(String slug) {
        return consultations.findBySlug(slug)
                .filter(Consultation::isPublic)
                .orElseThrow(() -> new no.innspill.platform.NotFoundException("There is no consultation " + slug));
    }

    @GetMapping("/")
    String list(Model model) {
        Instant now = Instant.now();
        var visible = consultations.all().stream()
                .filter(Consultation::isPublic)
                .sorted(Comparator.comparing((Consultation c) -> !c.acceptsPublicResponses(now))
                        .thenComparing(Consultation::deadline))
                .toList();
        model.addAttribute("open", visible.stream().filter(c -> c.acceptsPublicResponses(now)).toList());
        model.addAttribute("closed", visible.stream().filter(c -> !c.acceptsPublicResponses(now)).toList());
        return "consultation/list";
    }

    @GetMapping("/horinger/{slug}")
    String detail(@PathVariable String slug, Locale locale, Model model) {
        Consultation consultation = visible(slug);
        model.addAttribute("consultation", consultation);
        FormDefinition form = forms.get(consultation.form());
        model.addAttribute("form", form);
        model.addAttribute("intro", consultation.intro(locale, form.intro()));
        model.addAttribute("accepting", consultation.acceptsPublicResponses(Instant.now()));
        model.addAttribute("documents", caseDocuments.list(consultation));
        model.addAttribute("sections", sections.orderedStream().flatMap(s -> s.section(consultation, locale).stream()).toList());
        return "consultation/detail";
    }
}
