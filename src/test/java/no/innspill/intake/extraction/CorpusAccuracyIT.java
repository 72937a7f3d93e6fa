package no.innspill.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Extraction over the generated corpus (issue 4's fixture corpus), per format: every choice
 * right, at least 98 % of the text fields matching the truth at word level ≥ 0.98, letters kept
 * whole as unplaced. The PDF half needs LibreOffice to make the PDFs.
 */
class CorpusAccuracyIT {

    @Test
    void theCorpusHasWhatTheIssueAsksFor() {
        IntakeCorpus.Corpus corpus = IntakeCorpus.get();
        assertThat(corpus.documents().stream().filter(document -> !document.letter())).hasSizeGreaterThanOrEqualTo(21);
        assertThat(corpus.documents().stream().filter(IntakeCorpus.Document::letter)).hasSize(3);
        assertThat(corpus.documents()).allSatisfy(document -> assertThat(corpus.docx(document)).exists());
    }

    @Test
    void word() {
        assertAccurate(CorpusScore.of(IntakeCorpus.get(), "docx"));
    }

    @Test
    void pdfSavedFromWord() {
        assumeTrue(IntakeCorpus.libreOfficeInstalled(), "LibreOffice (soffice) is not installed: the PDF half of the corpus cannot be made");
        assertAccurate(CorpusScore.of(IntakeCorpus.get(), "pdf"));
    }

    /** The seed's response typed into the form comes back exactly, paragraphs and bullets included, from Word and from PDF. */
    @Test
    void theSeedComesBackExactly() {
        IntakeCorpus.Corpus corpus = IntakeCorpus.get();
        IntakeCorpus.Document seed = corpus.documents().stream().filter(document -> document.name().startsWith("seed")).findFirst().orElseThrow();
        assertThat(CorpusScore.extract(corpus.docx(seed)).answers()).containsExactlyEntriesOf(seed.truth());
        assumeTrue(IntakeCorpus.libreOfficeInstalled(), "LibreOffice (soffice) is not installed: no PDF of the seed");
        var extraction = CorpusScore.extract(corpus.pdf(seed));
        assertThat(extraction.answers()).containsExactlyEntriesOf(seed.truth());
        assertThat(extraction.warnings()).isEmpty();
        assertThat(extraction.unplaced()).isNull();
    }

    private static void assertAccurate(CorpusScore score) {
        System.err.println(score.summary());
        assertThat(score.choicesRight()).as(score.summary() + "\n" + String.join("\n", score.failures())).isEqualTo(score.choices());
        assertThat(score.fieldShare()).as(score.summary() + "\n" + String.join("\n", score.failures())).isGreaterThanOrEqualTo(0.98);
        assertThat(score.lettersRight()).as(String.join("\n", score.failures())).isEqualTo(score.letters());
        assertThat(score.respondentsRight()).as(String.join("\n", score.failures())).isEqualTo(score.respondents());
        assertThat(score.failures()).as("nothing of a form left unplaced").noneMatch(failure -> failure.contains("unplaced text in a form"));
    }
}
