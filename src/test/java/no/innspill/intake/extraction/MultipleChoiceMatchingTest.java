package no.innspill.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.innspill.document.CaseDetails;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinitions;
import no.innspill.intake.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A printed form with a heading, help texts, a required question and a multiple choice, read back as text: every
 * ticked box of the multiple choice, and none of the form's own additions taken for the respondent's answer.
 */
class MultipleChoiceMatchingTest {

    static final FormDefinition FORM = FormDefinitions.parse("""
            questions:
              - id: part1
                kind: heading
                text: "Del 1: Nærmiljøet rundt skolen"
                help: "Spørsmålene gjelder området mellom skolen og idrettshallen."
              - id: concerns
                kind: multiple-choice
                text: "Hva er dere mest opptatt av i planforslaget?"
                required: true
                options:
                  - {id: traffic, label: "Trafikk"}
                  - {id: green, label: "Grøntområder"}
                  - {id: noise, label: "Støy"}
                elaboration: {maxLength: 500}
              - id: part2
                kind: heading
                text: "Del 2: Annet"
              - id: other
                kind: text
                text: "Har dere andre innspill til reguleringsplanen?"
                help: "Skriv gjerne hvilken paragraf innspillet gjelder."
            """);
    static final CaseDetails CASE = new CaseDetails("26/1234", "Reguleringsplan for Skoleveien", "Eksempel kommune", null);

    @Test
    void everyTickedBoxIsAChoiceAndTheFormsOwnTextsStayOut() {
        Extraction extraction = FormMatching.match(List.of(
                "Reguleringsplan for Skoleveien",
                "Høringsinstans: Skoleveien velforening",
                "Del 1: Nærmiljøet rundt skolen",
                "Spørsmålene gjelder området mellom skolen og idrettshallen.",
                "1) Hva er dere mest opptatt av i planforslaget? (må fylles ut)",
                "Kryss av for ett eller flere svar.",
                "☒ Trafikk ☐ Grøntområder ☒ Støy",
                "Mest trafikken om morgenen.",
                "Del 2: Annet",
                "2) Har dere andre innspill til reguleringsplanen?",
                "Skriv gjerne hvilken paragraf innspillet gjelder.",
                "Takk for god medvirkning."), FORM, CASE, List.of());

        assertThat(extraction.answers().get("concerns"))
                .isEqualTo(Answer.ofChoices(List.of("traffic", "noise"), "Mest trafikken om morgenen."));
        assertThat(extraction.answers().get("other")).isEqualTo(new Answer(null, "Takk for god medvirkning."));
        assertThat(extraction.answers()).containsOnlyKeys("concerns", "other");
        assertThat(extraction.respondent()).isEqualTo("Skoleveien velforening");
        assertThat(extraction.unplaced()).isNull();
        assertThat(extraction.warnings()).isEmpty();
    }

    @Test
    void noTickedBoxLeavesTheChoicesEmpty() {
        Extraction extraction = FormMatching.match(List.of(
                "1) Hva er dere mest opptatt av i planforslaget?",
                "☐ Trafikk ☐ Grøntområder ☐ Støy",
                "2) Har dere andre innspill til reguleringsplanen?",
                "Nei."), FORM, CASE, List.of());

        assertThat(extraction.answers().get("concerns")).isEqualTo(Answer.EMPTY);
        assertThat(extraction.answers().get("other")).isEqualTo(new Answer(null, "Nei."));
    }
}
