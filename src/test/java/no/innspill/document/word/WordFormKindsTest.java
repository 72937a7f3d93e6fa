package no.innspill.document.word;

import static no.innspill.document.word.WordFormReaderTest.fill;
import static no.innspill.document.word.WordFormReaderTest.tick;
import static no.innspill.document.word.WordFormReaderTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import no.innspill.document.CaseDetails;
import no.innspill.document.word.WordFormReader.Filled;
import no.innspill.document.word.WordFormTest.Paragraph;
import no.innspill.document.word.WordFormTest.Sdt;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinitions;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The Word form of a form with a heading, a required question and a multiple choice, and reading it back. */
class WordFormKindsTest {

    static final FormDefinition FORM = FormDefinitions.parse("""
            questions:
              - id: part1
                kind: heading
                text: "Del 1: Nærmiljø"
                help: "Spørsmålene gjelder området rundt skolen."
              - id: concerns
                kind: multiple-choice
                text: "Hva er dere mest opptatt av?"
                required: true
                help: "Velg alt som passer."
                options:
                  - {id: traffic, label: "Trafikk"}
                  - {id: green, label: "Grøntområder"}
                  - {id: noise, label: "Støy"}
                elaboration: {maxLength: 500}
              - id: other
                kind: text
                text: "Andre innspill?"
            """);
    static final CaseDetails CASE = new CaseDetails("26/1234", "Reguleringsplan for Skoleveien", "Eksempel kommune", null);
    static final byte[] BLANK = WordForm.blankForm(FORM, CASE, Locale.forLanguageTag("nb"));

    @Test
    void theBlankFormHasTheHeadingTheHelpABoxPerOptionAndTheRequiredMark() throws IOException {
        try (XWPFDocument document = WordFormTest.open(BLANK)) {
            assertThat(WordFormTest.controls(document)).extracting(Sdt::tag).containsSubsequence(
                    "concerns.choice.traffic", "concerns.choice.green", "concerns.choice.noise", "concerns", "other");
            List<String> texts = WordFormTest.paragraphs(document).stream().map(Paragraph::text).toList();
            assertThat(texts).contains("Del 1: Nærmiljø", "Spørsmålene gjelder området rundt skolen.",
                    "1) Hva er dere mest opptatt av? (må fylles ut)", "Velg alt som passer.",
                    "Kryss av for ett eller flere svar.", "☐ Trafikk     ☐ Grøntområder     ☐ Støy", "2) Andre innspill?");
        }
    }

    @Test
    void everyTickedBoxOfAMultipleChoiceIsReadBackInTheFormsOrder() throws IOException {
        byte[] filled = fill(BLANK, document -> {
            tick(document, "concerns.choice.noise");
            tick(document, "concerns.choice.traffic");
            write(document, "concerns", "Mest trafikken om morgenen");
            write(document, "respondent.name", "Skoleveien velforening");
        });

        Filled read = WordFormReader.read(filled, FORM, "26/1234");

        assertThat(read.answers().get("concerns")).isEqualTo(Answer.ofChoices(List.of("traffic", "noise"), "Mest trafikken om morgenen"));
        assertThat(read.answers().get("other")).isEqualTo(Answer.EMPTY);
        assertThat(read.answers()).doesNotContainKey("part1");
        assertThat(read.warnings()).as("several ticked boxes are what a multiple choice is for").isEmpty();
    }

    @Test
    void noTickedBoxIsNoChoice() throws IOException {
        Filled read = WordFormReader.read(fill(BLANK, document -> write(document, "other", "Bare dette")), FORM, "26/1234");

        assertThat(read.answers().get("concerns")).isEqualTo(Answer.EMPTY);
        assertThat(read.answers().get("other")).isEqualTo(new Answer(null, "Bare dette"));
    }
}
