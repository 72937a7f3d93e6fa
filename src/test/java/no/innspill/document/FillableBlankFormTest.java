package no.innspill.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innspill.consultation.ConsultationDefinition;
import no.innspill.consultation.ConsultationDefinitions;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.testing.EveryKindForm;
import no.innspill.testing.PdfFormFilling;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The blank form as a fillable PDF: complete (respondent block, deadline, where to send, every
 * question's texts and fields), PDF/A-2a and PDF/UA-1 with its AcroForm fields tagged, without
 * JavaScript, and read back exactly from the fields once filled in.
 */
class FillableBlankFormTest {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    private static final Path SAMPLES = Path.of("target", "pdf-samples");
    private static final ResponseDocuments documents = TestDocuments.service();
    private static final ConsultationDefinition EVERY_KIND = ConsultationDefinitions.parse(EveryKindForm.yaml("26/1234"));
    private static final String REASON_LABEL = "Hvorfor skal svaret ikke publiseres på nettet? (må fylles ut hvis du har krysset av over)";

    @Test
    void the_demo_blank_form_is_complete_fillable_archivable_and_accessible() throws IOException {
        byte[] pdf = documents.blankFormPdf(TestDocuments.form(), TestDocuments.CASE, BOKMAL);
        save("blank-form-fillable.pdf", pdf);

        assertCompliant(pdf);
        assertComplete(pdf, TestDocuments.form(), TestDocuments.CASE, "1. oktober 2022 kl. 23:59");
        assertThat(fieldNames(pdf)).contains("q1.choice:Btn", "q1.text:Tx", "q2.text:Tx", "q2.part.goal1:Tx", "q2.part.goal5:Tx", "q4.text:Tx");
        assertWidgetsTaggedWithTooltipsAndNoActions(pdf);
    }

    @Test
    void a_blank_form_of_every_kind_has_a_field_for_every_answer_and_the_respondent() throws IOException {
        byte[] pdf = documents.blankFormPdf(EVERY_KIND.form(), EVERY_KIND.caseDetails(), BOKMAL);
        save("blank-form-every-kind.pdf", pdf);

        assertCompliant(pdf);
        assertComplete(pdf, EVERY_KIND.form(), EVERY_KIND.caseDetails(), "30. juni 2099 kl. 23:59");
        assertThat(fieldNames(pdf)).containsExactly(
                "respondent.kind:Btn", "respondent.name:Tx", "respondent.organisationNumber:Tx", "respondent.email:Tx",
                "respondent.contactName:Tx", "respondent.contactPhone:Tx",
                "publication.name:Btn", "publication.online:Btn", "publication.reason:Tx",
                "support.choice:Btn", "support.text:Tx",
                "concerns.choice.traffic:Btn", "concerns.choice.green:Btn", "concerns.choice.noise:Btn", "concerns.text:Tx",
                "reason.text:Tx",
                "goals.text:Tx", "goals.part.goal1:Tx", "goals.part.goal2:Tx");
        String text = bodyText(pdf, EVERY_KIND.caseDetails().caseNumber());
        assertThat(text).contains("2) Hva er dere mest opptatt av? Kryss av for ett eller flere svar.",
                "4) Har dere innspill til målene? (må fylles ut) Generelle kommentarer (valgfritt) Svar i minst ett av feltene.",
                "5) Legg ved kart eller uttalelser Legg ved filene");
        assertWidgetsTaggedWithTooltipsAndNoActions(pdf);
    }

    /** A screen reader meets each field where the page shows it: after its question's heading, before the next. */
    @Test
    void each_field_is_in_the_structure_tree_under_its_question() throws IOException {
        byte[] pdf = documents.blankFormPdf(EVERY_KIND.form(), EVERY_KIND.caseDetails(), BOKMAL);
        List<String> order = new ArrayList<>();
        try (PDDocument document = PdfInspection.load(pdf)) {
            walk(document.getDocumentCatalog().getStructureTreeRoot().getKids(), order);
        }
        Map<String, Integer> headingsBefore = new LinkedHashMap<>();
        int headings = 0;
        for (String item : order) {
            if (item.equals("H2")) {
                headings++;
            } else {
                headingsBefore.putIfAbsent(item, headings);
            }
        }
        // H2: how to send, who answers, publication, the section heading, then the questions 1 to 5
        assertThat(headingsBefore).containsEntry("En organisasjon, virksomhet eller kommune", 2)
                .containsEntry("Kontaktpersonens telefon (valgfritt)", 2)
                .containsEntry("Nei, vis meg som «Privatperson»", 3).containsEntry(REASON_LABEL, 3)
                .containsEntry("Spørsmål 1: Nei", 5).containsEntry("Spørsmål 1: utdyping", 5)
                .containsEntry("Spørsmål 2: Støy", 6).containsEntry("Spørsmål 2: utdyping", 6)
                .containsEntry("Spørsmål 3: svar", 7)
                .containsEntry("Spørsmål 4: generelle kommentarer", 8).containsEntry("Spørsmål 4, Mål 2: Mer grønt", 8);
        assertThat(order.stream().filter(item -> !item.equals("H2")).toList()).as("the fields in the page's order").containsExactly(
                "En organisasjon, virksomhet eller kommune", "Meg selv, som privatperson", "Navn på høringsinstans",
                "Organisasjonsnummer (valgfritt)", "E-postadresse (valgfritt)", "Kontaktperson (valgfritt, for organisasjoner)",
                "Kontaktpersonens telefon (valgfritt)", "Ja, publiser navnet mitt", "Nei, vis meg som «Privatperson»",
                "Jeg ber om at svaret ikke blir publisert på nettet", REASON_LABEL, "Spørsmål 1: Ja", "Spørsmål 1: Nei", "Spørsmål 1: utdyping",
                "Spørsmål 2: Trafikk", "Spørsmål 2: Grøntområder", "Spørsmål 2: Støy", "Spørsmål 2: utdyping", "Spørsmål 3: svar",
                "Spørsmål 4: generelle kommentarer", "Spørsmål 4, Mål 1: Trygg skolevei", "Spørsmål 4, Mål 2: Mer grønt");
    }

    /** The structure tree in reading order: "H2" for each H2, a Form element's alternate text for each field. */
    private static void walk(List<Object> kids, List<String> into) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("H2".equals(element.getStructureType())) {
                    into.add("H2");
                } else if ("Form".equals(element.getStructureType())) {
                    into.add(element.getAlternateDescription());
                }
                walk(element.getKids(), into);
            }
        }
    }

    @Test
    void a_filled_in_blank_form_reads_back_exactly_from_its_fields_and_stays_archivable() throws IOException {
        byte[] blank = documents.blankFormPdf(EVERY_KIND.form(), EVERY_KIND.caseDetails(), BOKMAL);
        byte[] filled = PdfFormFilling.fill(blank, EveryKindForm.filledIn());
        save("blank-form-filled.pdf", filled);

        PdfFormReader.Filled read = readBack(filled);
        assertThat(read.answers()).containsExactlyEntriesOf(EveryKindForm.answers());
        assertThat(List.of(read.respondentKind(), read.respondentName(), read.organisationNumber(), read.email(), read.contactName(),
                read.contactPhone())).containsExactly("organisation", "Skoleveien vel", "974 761 076", "post@skoleveien.example",
                "Åse Ødegård", "+47 22 33 44 55");
        assertThat(read.publication()).isEqualTo(FilledPublication.NONE);
        assertThat(read.warnings()).isEmpty();
        // filled in with the form's own font, embedded in full, it is still an archivable document
        assertCompliant(filled);
    }

    @Test
    void a_private_persons_publication_choices_read_back_exactly_and_the_filled_form_stays_archivable() throws IOException {
        byte[] blank = documents.blankFormPdf(EVERY_KIND.form(), EVERY_KIND.caseDetails(), BOKMAL);
        byte[] filled = PdfFormFilling.fill(blank, EveryKindForm.filledInByAPerson());
        save("blank-form-filled-by-a-person.pdf", filled);

        PdfFormReader.Filled read = readBack(filled);
        assertThat(read.respondentKind()).isEqualTo("person");
        assertThat(read.publication()).isEqualTo(new FilledPublication("withhold", true, EveryKindForm.PUBLICATION_REASON));
        assertThat(read.warnings()).isEmpty();
        assertCompliant(filled);
    }

    /** Where the consultation decides a private person's name, the form says what it does and asks only about online. */
    @Test
    void without_a_choice_of_name_the_form_says_what_happens_and_has_no_name_field() throws IOException {
        var caseDetails = EVERY_KIND.caseDetails();
        var withheld = new CaseDetails(caseDetails.caseNumber(), caseDetails.title(), caseDetails.owner(), caseDetails.emailInstructions(),
                caseDetails.deadline(), caseDetails.responseEmail(), "withhold");
        byte[] pdf = documents.blankFormPdf(EVERY_KIND.form(), withheld, BOKMAL);
        assertCompliant(pdf);
        assertThat(bodyText(pdf, caseDetails.caseNumber()))
                .contains("I denne høringen blir svar fra privatpersoner publisert uten navn, som «Privatperson».")
                .doesNotContain("Ja, publiser navnet mitt");
        assertThat(fieldNames(pdf)).doesNotContain("publication.name:Btn").contains("publication.online:Btn", "publication.reason:Tx");
        PdfFormReader.Filled read = readBack(PdfFormFilling.fill(pdf,
                Map.of("publication.online", "false", "publication.reason", "Av hensyn til familien.")));
        assertThat(read.publication()).isEqualTo(new FilledPublication(null, true, "Av hensyn til familien."));
        assertThat(read.warnings()).as("no name field is no missing field").isEmpty();
    }

    @Test
    void the_blank_form_reads_as_empty_and_another_pdf_as_no_form() throws IOException {
        byte[] blank = documents.blankFormPdf(EVERY_KIND.form(), EVERY_KIND.caseDetails(), BOKMAL);
        try (PDDocument document = PdfInspection.load(blank)) {
            PdfFormReader.Filled read = PdfFormReader.read(document, EVERY_KIND.form()).orElseThrow();
            assertThat(read.answers().values()).allMatch(no.innspill.form.Answer::isEmpty);
            assertThat(read.respondentKind()).isNull();
            assertThat(read.respondentName()).isNull();
        }
        byte[] letter = documents.letterPdf(EVERY_KIND.form(), EVERY_KIND.caseDetails(), EVERY_KIND.deadlineInstant(),
                "postmottak@kommune.example", "https://innspill.example/horinger/26-1234", BOKMAL);
        try (PDDocument document = PdfInspection.load(letter)) {
            assertThat(PdfFormReader.read(document, EVERY_KIND.form())).isEmpty();
        }
        byte[] demoBlank = documents.blankFormPdf(TestDocuments.form(), TestDocuments.CASE, BOKMAL);
        try (PDDocument document = PdfInspection.load(demoBlank)) {
            assertThat(PdfFormReader.read(document, EVERY_KIND.form())).as("the form of another consultation").isNotEmpty()
                    .get().extracting(PdfFormReader.Filled::warnings).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .contains(Notice.of("missing-control", "support.choice"));
        }
    }

    @Test
    void the_english_blank_form_is_fillable_and_compliant_with_english_tooltips() throws IOException {
        byte[] pdf = documents.blankFormPdf(EVERY_KIND.form(), EVERY_KIND.caseDetails(), Locale.ENGLISH);
        assertCompliant(pdf);
        String text = bodyText(pdf, EVERY_KIND.caseDetails().caseNumber());
        assertThat(text).contains("How to send your response", "The deadline is 30 June 2099 at 23:59.",
                "Send the completed form by e-mail to postmottak@kommune.example.", "Who is responding?",
                "Contact person (optional, for organisations)");
        try (PDDocument document = PdfInspection.load(pdf)) {
            assertThat(document.getDocumentCatalog().getAcroForm(null).getField("support.text").getAlternateFieldName())
                    .isEqualTo("Question 1: elaboration");
        }
    }

    // ---- what every blank form must show ----

    private static void assertComplete(byte[] pdf, FormDefinition form, CaseDetails caseDetails, String deadline) {
        String text = bodyText(pdf, caseDetails.caseNumber());
        assertThat(text).contains(caseDetails.title(), caseDetails.owner(), "Høringsfristen er " + deadline + ".",
                "Send det utfylte skjemaet på e-post til " + caseDetails.responseEmail() + ".", caseDetails.emailInstructions(),
                "Hvem svarer? Hvem svarer du for? ☐ En organisasjon, virksomhet eller kommune ☐ Meg selv, som privatperson",
                "Publisering av svaret Et høringssvar er et offentlig dokument etter offentleglova. Svaret blir journalført i saken"
                        + " og publisert på nettet etter høringsfristen, med navnet på den som svarer.",
                "☐ Jeg ber om at svaret ikke blir publisert på nettet",
                "Navn på høringsinstans Organisasjonsnummer (valgfritt) E-postadresse (valgfritt)"
                        + " Kontaktperson (valgfritt, for organisasjoner) Kontaktpersonens telefon (valgfritt)");
        for (Question question : form.questions()) {
            if (question.isHeading()) {
                assertThat(text).contains(question.text());
            } else {
                assertThat(text).contains(question.number() + ") " + question.text() + (question.required() ? " (må fylles ut)" : ""));
            }
            if (question.help() != null) {
                assertThat(text).contains(PdfInspection.collapse(question.help().replace("\n", " ").replace("• ", "")));
            }
            question.options().forEach(option -> assertThat(text).contains("☐ " + option.label()));
            question.parts().forEach(part -> assertThat(text).contains(part.title()));
            if (!question.parts().isEmpty()) {
                assertThat(text).contains(question.number() + ") " + question.text()).contains("Generelle kommentarer (valgfritt)");
            }
            if (question.elaboration() != null) {
                assertThat(text).contains("Utdyp gjerne (valgfritt)");
            }
        }
    }

    /** The fields of a filled-in form of every kind, as intake reads them. */
    private static PdfFormReader.Filled readBack(byte[] filled) throws IOException {
        try (PDDocument document = PdfInspection.load(filled)) {
            return PdfFormReader.read(document, EVERY_KIND.form()).orElseThrow();
        }
    }

    /** Every page's text without the running header and footer, whitespace collapsed. */
    private static String bodyText(byte[] pdf, String caseNumber) {
        List<String> pages = PdfInspection.pages(pdf);
        List<String> bodies = new ArrayList<>();
        for (int page = 1; page <= pages.size(); page++) {
            bodies.add(PdfInspection.collapse(pages.get(page - 1))
                    .replaceFirst("^(Saksnummer|Case number) " + java.util.regex.Pattern.quote(caseNumber), "")
                    .replace("Side %d av %d".formatted(page, pages.size()), "")
                    .replace("Page %d of %d".formatted(page, pages.size()), ""));
        }
        return PdfInspection.collapse(String.join(" ", bodies));
    }

    /** The terminal fields' full names, each with its type, in the order of the page. */
    private static List<String> fieldNames(byte[] pdf) throws IOException {
        try (PDDocument document = PdfInspection.load(pdf)) {
            List<String> names = new ArrayList<>();
            for (PDField field : document.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                if (!(field instanceof PDNonTerminalField)) {
                    names.add(field.getFullyQualifiedName() + ":" + field.getFieldType());
                }
            }
            return names;
        }
    }

    /** Each widget in a Form structure element with alternate text, each field with a tooltip, no action anywhere. */
    private static void assertWidgetsTaggedWithTooltipsAndNoActions(byte[] pdf) throws IOException {
        try (PDDocument document = PdfInspection.load(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            assertThat(form.getNeedAppearances()).isFalse();
            assertThat(form.getCOSObject().containsKey(COSName.getPDFName("XFA"))).isFalse();
            assertThat(document.getDocumentCatalog().getNames() == null
                    || document.getDocumentCatalog().getNames().getJavaScript() == null).as("no document JavaScript").isTrue();
            Map<Integer, Object> parentTree = new LinkedHashMap<>();
            var numbers = document.getDocumentCatalog().getStructureTreeRoot().getParentTree().getNumbers();
            numbers.forEach(parentTree::put);
            int widgets = 0;
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationWidget widget)) {
                        continue;
                    }
                    widgets++;
                    assertThat(widget.getCOSObject().containsKey(COSName.AA)).isFalse();
                    assertThat(widget.getCOSObject().containsKey(COSName.A)).isFalse();
                    Object tagged = parentTree.get(widget.getStructParent());
                    assertThat(tagged).as("the widget's entry in the parent tree").isNotNull();
                    var dictionary = ((org.apache.pdfbox.pdmodel.common.COSObjectable) tagged).getCOSObject();
                    assertThat(dictionary).isInstanceOf(org.apache.pdfbox.cos.COSDictionary.class);
                    PDStructureElement element = new PDStructureElement((org.apache.pdfbox.cos.COSDictionary) dictionary);
                    assertThat(element.getStructureType()).isEqualTo("Form");
                    assertThat(element.getAlternateDescription()).isNotBlank();
                }
            }
            assertThat(widgets).isPositive();
            for (PDField field : form.getFieldTree()) {
                if (!(field instanceof PDNonTerminalField)) {
                    assertThat(field.getAlternateFieldName()).as(field.getFullyQualifiedName()).isNotBlank();
                    assertThat(field.getActions() == null || field.getActions().getCOSObject().size() == 0).isTrue();
                }
            }
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
