package no.innspill.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinitions;
import no.innspill.form.Question;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The blank form as a fillable PDF: complete (respondent block, deadline, where to send, every
 * question's fields), PDF/A-2a and PDF/UA-1 with its AcroForm fields, and read back exactly from
 * the fields once filled in.
 */
class FillableBlankFormTest {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    private static final Path SAMPLES = Path.of("target", "pdf-samples");
    private static final ResponseDocuments documents = TestDocuments.service();

    /** Every question kind: heading with help, required choice with elaboration, multiple choice, text, parts, attachments. */
    static final FormDefinition EVERY_KIND = FormDefinitions.parse("""
            questions:
              - id: area
                kind: heading
                text: "Del 1: Nærmiljøet"
                help: "Spørsmålene gjelder området rundt skolen."
              - id: support
                kind: choice
                text: "Støtter dere planen?"
                required: true
                options:
                  - {id: "yes", label: "Ja"}
                  - {id: "no", label: "Nei"}
                elaboration: {hint: "utdyp gjerne", maxLength: 2000}
              - id: concerns
                kind: multiple-choice
                text: "Hva er dere mest opptatt av?"
                options:
                  - {id: traffic, label: "Trafikk"}
                  - {id: green, label: "Grøntområder"}
                  - {id: noise, label: "Støy"}
                elaboration: {hint: "utdyp gjerne", maxLength: 500}
              - id: reason
                kind: text
                text: "Hvorfor?"
                help: "Skriv kort hva planen betyr for dere."
                maxLength: 1000
              - id: goals
                kind: text-with-parts
                text: "Har dere innspill til målene?"
                required: true
                maxLength: 3000
                parts:
                  - {id: goal1, title: "Mål 1: Trygg skolevei", maxLength: 2000}
                  - {id: goal2, title: "Mål 2: Mer grønt", maxLength: 2000}
              - id: files
                kind: attachments
                text: "Legg ved kart eller uttalelser"
            """);

    static final CaseDetails KINDS_CASE = new CaseDetails("26/1234", "Reguleringsplan for Skoleveien", "Eksempel kommune",
            "Merk e-posten med «Saksnummer 26/1234».", java.time.Instant.parse("2099-06-30T21:59:00Z"), "postmottak@kommune.example");

    @Test
    void the_demo_blank_form_is_fillable_archivable_and_accessible() throws IOException {
        byte[] pdf = documents.blankFormPdf(TestDocuments.form(), TestDocuments.CASE, BOKMAL);
        save("blank-form-fillable.pdf", pdf);
        assertCompliant(pdf);
    }

    @Test
    void a_blank_form_of_every_kind_is_fillable_archivable_and_accessible() throws IOException {
        byte[] pdf = documents.blankFormPdf(EVERY_KIND, KINDS_CASE, BOKMAL);
        save("blank-form-every-kind.pdf", pdf);
        assertCompliant(pdf);
        try (PDDocument document = PdfInspection.load(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            List<String> names = new java.util.ArrayList<>();
            form.getFieldTree().forEach(field -> names.add(field.getFullyQualifiedName() + ":" + field.getFieldType()));
            System.out.println(names);
        }
    }

    @Test
    void a_filled_in_blank_form_reads_back_exactly_from_its_fields() throws IOException {
        byte[] blank = documents.blankFormPdf(EVERY_KIND, KINDS_CASE, BOKMAL);
        byte[] filled = fill(blank, Map.of(
                "respondent.kind", "organisation",
                "respondent.name", "Skoleveien vel",
                "respondent.organisationNumber", "974 761 076",
                "respondent.email", "post@skoleveien.example",
                "respondent.contactName", "Åse Ødegård",
                "respondent.contactPhone", "+47 22 33 44 55",
                "support.choice", "no",
                "support.text", "Første avsnitt.\n• Et punkt med «sitat» og – tankestrek\nSiste linje: æøå ÆØÅ",
                "concerns.choice.traffic", "on",
                "concerns.choice.noise", "on"),
                Map.of("concerns.text", "Mest trafikk om morgenen.",
                        "reason.text", "Fordi barna går der.",
                        "goals.text", "Generelt: bra.",
                        "goals.part.goal2", "Flere trær."));
        save("blank-form-filled.pdf", filled);
        // filled in with the form's own font, embedded in full, it is still an archivable document
        assertCompliant(filled);

        PdfFormReader.Filled read;
        try (PDDocument document = PdfInspection.load(filled)) {
            read = PdfFormReader.read(document, EVERY_KIND).orElseThrow();
        }
        assertThat(read.respondentKind()).isEqualTo("organisation");
        assertThat(read.respondentName()).isEqualTo("Skoleveien vel");
        assertThat(read.organisationNumber()).isEqualTo("974 761 076");
        assertThat(read.email()).isEqualTo("post@skoleveien.example");
        assertThat(read.contactName()).isEqualTo("Åse Ødegård");
        assertThat(read.contactPhone()).isEqualTo("+47 22 33 44 55");
        Map<String, Answer> expected = new LinkedHashMap<>();
        expected.put("support", new Answer("no", "Første avsnitt.\n• Et punkt med «sitat» og – tankestrek\nSiste linje: æøå ÆØÅ"));
        expected.put("concerns", Answer.ofChoices(List.of("traffic", "noise"), "Mest trafikk om morgenen."));
        expected.put("reason", new Answer(null, "Fordi barna går der."));
        expected.put("goals", new Answer(null, "Generelt: bra."));
        expected.put("goals.goal1", Answer.EMPTY);
        expected.put("goals.goal2", new Answer(null, "Flere trær."));
        expected.put("files", Answer.EMPTY);
        assertThat(read.answers()).containsExactlyEntriesOf(expected);
        assertThat(read.warnings()).isEmpty();
    }

    /** Sets the fields as a PDF viewer would: texts by name, a radio group's option, a check box ticked ("on"). */
    static byte[] fill(byte[] pdf, Map<String, String> boxes, Map<String, String> texts) throws IOException {
        try (PDDocument document = PdfInspection.load(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            Map<String, String> all = new LinkedHashMap<>(boxes);
            all.putAll(texts);
            for (Map.Entry<String, String> entry : all.entrySet()) {
                PDField field = form.getField(entry.getKey());
                assertThat(field).as(entry.getKey()).isNotNull();
                if (field instanceof PDCheckBox box) {
                    box.check();
                } else if (field instanceof PDRadioButton radio) {
                    radio.setValue(entry.getValue());
                } else if (field instanceof PDTextField text) {
                    text.setValue(entry.getValue());
                } else {
                    throw new AssertionError("unexpected field " + field);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static void assertCompliant(byte[] pdf) {
        assertThat(PdfInspection.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a rules failed").isEmpty();
        assertThat(PdfInspection.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 rules failed").isEmpty();
    }

    private static void save(String name, byte[] pdf) throws IOException {
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name), pdf);
    }
}
