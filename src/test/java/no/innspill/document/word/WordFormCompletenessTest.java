package no.innspill.document.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import no.innspill.consultation.ConsultationDefinition;
import no.innspill.consultation.ConsultationDefinitions;
import no.innspill.document.word.WordFormTest.Paragraph;
import no.innspill.document.word.WordFormTest.Sdt;
import no.innspill.form.Question;
import no.innspill.testing.DemoDefinition;
import no.innspill.testing.EveryKindForm;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The Word form carries all the web form has: how and by when to send it, the respondent block,
 * and every question's texts and fields, for the demo and for a form with every question kind.
 */
class WordFormCompletenessTest {

    private static final String PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst.";

    @Test
    void a_form_of_every_kind_has_every_text_and_a_control_for_every_answer() throws IOException {
        ConsultationDefinition definition = ConsultationDefinitions.parse(EveryKindForm.yaml("26/1234"));
        assertComplete(definition, "30. juni 2099 kl. 23:59");
    }

    @Test
    void the_demo_form_has_every_text_and_a_control_for_every_answer() throws IOException {
        assertComplete(DemoDefinition.DEFINITION, "1. oktober 2022 kl. 23:59");
    }

    private static void assertComplete(ConsultationDefinition definition, String deadline) throws IOException {
        byte[] docx = WordForm.blankForm(definition.form(), definition.caseDetails(), Locale.forLanguageTag("nb"));
        try (XWPFDocument document = WordFormTest.open(docx)) {
            List<String> texts = WordFormTest.paragraphs(document).stream().map(Paragraph::text).toList();
            String all = String.join("\n", texts);
            assertThat(texts).contains("Slik sender du svaret", "Høringsfristen er " + deadline + ".",
                    "Send det utfylte skjemaet på e-post til " + definition.responseEmail() + ".",
                    "Hvem svarer?", "Hvem svarer du for?",
                    "☐ En organisasjon, virksomhet eller kommune", "☐ Meg selv, som privatperson",
                    "Høringsinstans: " + PLACEHOLDER, "Organisasjonsnummer: " + PLACEHOLDER, "E-post: " + PLACEHOLDER,
                    "Kontaktperson (valgfritt, for organisasjoner): " + PLACEHOLDER,
                    "Kontaktpersonens telefon (valgfritt): " + PLACEHOLDER, "Publisering av svaret",
                    "Et høringssvar er et offentlig dokument etter offentleglova. Svaret blir journalført i saken og publisert på nettet"
                            + " etter høringsfristen, med navnet på den som svarer.",
                    "☐ Ja, publiser navnet mitt", "☐ Nei, vis meg som «Privatperson»",
                    "☐ Jeg ber om at svaret ikke blir publisert på nettet",
                    "Hvorfor skal svaret ikke publiseres på nettet? (må fylles ut hvis du har krysset av over)");
            if (definition.emailInstructions() != null) {
                assertThat(texts).contains(definition.emailInstructions());
            }
            for (Question question : definition.form().questions()) {
                assertThat(all).contains(question.isHeading() ? question.text()
                        : question.number() + ") " + question.text() + (question.required() ? " (må fylles ut)" : ""));
                if (question.help() != null) {
                    for (String line : question.help().split("\n")) {
                        assertThat(all).contains(line.replaceFirst("^• ", ""));
                    }
                }
                question.options().forEach(option -> assertThat(all).contains("☐ " + option.label()));
                question.parts().forEach(part -> assertThat(texts).contains(part.title()));
            }
            List<String> tags = WordFormTest.controls(document).stream().map(Sdt::tag).toList();
            assertThat(tags).startsWith("respondent.kind.organisation", "respondent.kind.person", "respondent.name",
                    "respondent.organisationNumber", "respondent.email", "respondent.contactName", "respondent.contactPhone",
                    "publication.name.publish", "publication.name.withhold", "publication.online", "publication.reason");
            for (String id : definition.form().answerIds()) {
                var target = definition.form().target(id).orElseThrow();
                if (target.textLimit() > 0) {
                    assertThat(tags).as("the text of " + id).contains(id);
                }
                if (target.takesChoice() || target.takesChoices()) {
                    target.question().options().forEach(option -> assertThat(tags).contains(id + ".choice." + option.id()));
                }
            }
        }
    }
}
