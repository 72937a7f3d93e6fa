package no.innspill.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.document.Notice;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.intake.Extraction;
import org.junit.jupiter.api.Test;

/** Blocks of text aligned to the 22/414 form: questions by their text, parts by their headings, choices by their boxes. */
class FormMatchingTest {

    static final FormDefinition FORM = IntakeCorpus.FORM;
    static final String Q1 = "Kan dere stille dere bak de fem strategiske målene, gitt strategiens rolle for å skape en felles langsiktig "
            + "og forutsigbar retning for digitalisering på tvers av aktørene i helse- og omsorgssektoren?";

    @Test
    void theSeedsLayout() {
        Extraction extraction = match(
                "Høringssvarskjema: Nasjonal e-helsestrategi for helse- og omsorgssektoren",
                "Det vedlagte høringsdokumentet oppsummerer fire tema som vi ønsker tilbakemelding på:",
                "• Strategiens rolle",
                "Merk skjemaet med «Saksnummer 22/414», lagre som PDF og send på e-post til postmottak@ehelse.no",
                "Høringsinstans: Legemiddelverket",
                "1) " + Q1,
                "☒ Ja, utdyp gjerne ☐ Nei, utdyp gjerne ☐ Vet ikke, utdyp gjerne",
                "Legemiddelverket stiller seg bak de fem strategiske målene.",
                "1. Kvalitet og sammenheng i tjenestene",
                "• Behov for tydelige føringer.",
                "2) Har dere tilbakemelding på de fem strategiske målene med målindikatorer?",
                "Mål 1: Aktiv medvirkning i egen og næres helse",
                "• Målet fokuserer på teknologi.",
                "Mål 3: Helsedata til fornying og forbedring",
                "• Målet kan vanskelig nås.",
                "3) Har dere tilbakemeldinger på prosessen for hvordan strategien skal følges opp?",
                "Klikk eller trykk her for å skrive inn tekst.",
                "4) Andre innspill og tilbakemeldinger?",
                "Klikk eller trykk her for å skrive inn tekst.");
        Map<String, Answer> expected = empty();
        expected.put("q1", new Answer("yes", "Legemiddelverket stiller seg bak de fem strategiske målene.\n"
                + "1. Kvalitet og sammenheng i tjenestene\n• Behov for tydelige føringer."));
        expected.put("q2.goal1", new Answer(null, "• Målet fokuserer på teknologi."));
        expected.put("q2.goal3", new Answer(null, "• Målet kan vanskelig nås."));
        assertThat(extraction.answers()).containsExactlyEntriesOf(expected);
        assertThat(extraction.respondent()).isEqualTo("Legemiddelverket");
        assertThat(extraction.unplaced()).isNull();
        assertThat(extraction.warnings()).isEmpty();
        assertThat(extraction.confidence()).isEqualTo(1.0);
    }

    @Test
    void questionsAreFoundDespiteNumberingAndSmallEdits() {
        Extraction extraction = match(
                "Spørsmål 1: Kan dere stille dere bak de fem strategiske målene, gitt strategiens rolle for å skape en felles "
                        + "langsiktig retning for digitalisering på tvers av aktørene i helse- og omsorgssektoren",
                "⊠ Nei, utdyp gjerne",
                "2. Har dere tilbakemelding på de fem strategiske målene med målindikatorer? Vi har ingen.",
                "4) Andre innspill eller tilbakemeldinger",
                "Takk for muligheten.");
        assertThat(extraction.answers().get("q1")).isEqualTo(new Answer("no", null));
        assertThat(extraction.answers().get("q2")).isEqualTo(new Answer(null, "Vi har ingen."));
        assertThat(extraction.answers().get("q4")).isEqualTo(new Answer(null, "Takk for muligheten."));
        assertThat(extraction.warnings()).containsExactly(Notice.of("question-not-found", 3));
        assertThat(extraction.confidence()).isLessThan(0.75).isGreaterThan(0.5);
    }

    @Test
    void headingsTypedIntoOneAnswerGoToTheirParts() {
        Extraction extraction = match(
                "1) " + Q1,
                "2) Har dere tilbakemelding på de fem strategiske målene med målindikatorer?",
                "Generelt er vi positive.",
                "Mål 2: Enklere arbeidshverdag",
                "Indikatorene er for svake.",
                "Mål 5: Vi savner finansiering.");
        assertThat(extraction.answers().get("q2")).isEqualTo(new Answer(null, "Generelt er vi positive."));
        assertThat(extraction.answers().get("q2.goal2")).isEqualTo(new Answer(null, "Indikatorene er for svake."));
        assertThat(extraction.answers().get("q2.goal5")).isEqualTo(new Answer(null, "Vi savner finansiering."));
    }

    @Test
    void twoTicksAreNoChoiceButAWarning() {
        Extraction extraction = match("1) " + Q1, "☑ Ja, utdyp gjerne ☐ Nei, utdyp gjerne ✓ Vet ikke, utdyp gjerne",
                "2) Har dere tilbakemelding på de fem strategiske målene med målindikatorer?");
        assertThat(extraction.answers().get("q1")).isEqualTo(Answer.EMPTY);
        assertThat(extraction.warnings()).contains(Notice.of("several-choices", 1, "Ja, Vet ikke"));
    }

    @Test
    void noneTickedIsNoChoiceAndNoWarning() {
        Extraction extraction = match("1) " + Q1, "☐ Ja, utdyp gjerne ☐ Nei, utdyp gjerne ☐ Vet ikke, utdyp gjerne", "Vet ikke helt.",
                "2) Har dere tilbakemelding på de fem strategiske målene med målindikatorer?");
        assertThat(extraction.answers().get("q1")).isEqualTo(new Answer(null, "Vet ikke helt."));
        assertThat(extraction.warnings()).noneMatch(warning -> warning.args().contains("1"));
    }

    @Test
    void placeholdersInEveryLanguageAreEmpty() {
        Extraction extraction = match("3) Har dere tilbakemeldinger på prosessen for hvordan strategien skal følges opp?",
                "Klikk eller trykk her for å skriva inn tekst.", "4) Andre innspill og tilbakemeldinger?", "Click or tap here to enter text.");
        assertThat(extraction.answers().get("q3")).isEqualTo(Answer.EMPTY);
        assertThat(extraction.answers().get("q4")).isEqualTo(Answer.EMPTY);
    }

    @Test
    void textBeforeTheFirstQuestionThatIsNotTheFormsIsUnplaced() {
        Extraction extraction = match("Vedlagt følger vårt svar.", "1) " + Q1, "☒ Ja, utdyp gjerne ☐ Nei, utdyp gjerne ☐ Vet ikke, utdyp gjerne",
                "4) Andre innspill og tilbakemeldinger?");
        assertThat(extraction.unplaced()).isEqualTo("Vedlagt følger vårt svar.");
        assertThat(extraction.warnings()).contains(Notice.of("unplaced-text"));
    }

    @Test
    void aLetterIsKeptWholeAsUnplaced() {
        Extraction extraction = match("Høringssvar – nasjonal e-helsestrategi", "Vi viser til høringen.", "Vi støtter målene.",
                "Med vennlig hilsen", "Trondheim kommune");
        assertThat(extraction.answers()).containsExactlyEntriesOf(empty());
        assertThat(extraction.unplaced()).isEqualTo(
                "Høringssvar – nasjonal e-helsestrategi\nVi viser til høringen.\nVi støtter målene.\nMed vennlig hilsen\nTrondheim kommune");
        assertThat(extraction.confidence()).isLessThanOrEqualTo(0.1);
        assertThat(extraction.warnings()).containsExactly(Notice.of("not-the-form"));
    }

    @Test
    void aLetterThatQuotesOneQuestionIsStillALetterWithNothingLostOrDoubled() {
        Extraction extraction = match("Vi viser til høringen.", "Andre innspill og tilbakemeldinger? Vi har ingen.", "Hilsen Ola");
        assertThat(extraction.unplaced()).isEqualTo("Vi viser til høringen.\nAndre innspill og tilbakemeldinger? Vi har ingen.\nHilsen Ola");
        assertThat(extraction.answers()).containsExactlyEntriesOf(empty());
    }

    @Test
    void partsTypedIntoOurOwnFormsGeneralField() {
        Map<String, Answer> answers = empty();
        answers.put("q2", new Answer(null, "Innledning.\nMål 3: Helsedata til fornying og forbedring\n• Data må deles."));
        Map<String, Answer> split = TypedParts.moved(answers, FORM);
        assertThat(split.get("q2")).isEqualTo(new Answer(null, "Innledning."));
        assertThat(split.get("q2.goal3")).isEqualTo(new Answer(null, "• Data må deles."));
    }

    private static Extraction match(String... blocks) {
        return FormMatching.match(List.of(blocks), FORM, IntakeCorpus.CASE, List.of());
    }

    static Map<String, Answer> empty() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        FORM.answerIds().forEach(id -> answers.put(id, Answer.EMPTY));
        return answers;
    }
}
