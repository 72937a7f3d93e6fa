package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences, words and Norwegian terms as campaigns and themes see them. */
class TextAnalysisTest {

    @Test
    void sentencesEndAtStopsAndLineBreaksButNotAtADateOrAnAbbreviatedNumber() {
        assertThat(TextAnalysis.sentences("Vi viser til brevet av 3. mai 2022. Vi støtter forslaget!\n• Kommunene må med\n- Og KS"))
                .containsExactly("Vi viser til brevet av 3. mai 2022.", "Vi støtter forslaget!", "Kommunene må med", "Og KS");
    }

    @Test
    void aStopWithoutASpaceBeforeTheNextSentenceStillEndsIt() {
        assertThat(TextAnalysis.sentences("Målene er gode.Gevinstene kommer sent.")).containsExactly("Målene er gode.", "Gevinstene kommer sent.");
        assertThat(TextAnalysis.sentences("Se www.helsenorge.no for mer.")).containsExactly("Se www.helsenorge.no for mer.");
    }

    @Test
    void blankAndPunctuationOnlyTextsHaveNoSentences() {
        assertThat(TextAnalysis.sentences(null)).isEmpty();
        assertThat(TextAnalysis.sentences("  \n\n • \n ... ")).isEmpty();
    }

    @Test
    void sentenceSpansPointIntoTheOriginalText() {
        String text = "Første punkt.  Andre punkt.\nTredje.";
        for (TextAnalysis.Sentence sentence : TextAnalysis.spans(text)) {
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        }
    }

    @Test
    void termsAreStemsWithoutStopWordsInBokmalAndNynorsk() {
        assertThat(TextAnalysis.terms("Kommunene må ikke glemmes")).contains("kommun").doesNotContain("ikke", "må");
        assertThat(TextAnalysis.terms("Kommunane må ikkje gløymast")).contains("kommun").doesNotContain("ikkje");
        assertThat(TextAnalysis.terms("Med vennlig hilsen")).isEmpty();
        assertThat(TextAnalysis.terms("1234 5678")).isEmpty();
    }

    @Test
    void wordsIgnoreCaseAndPunctuation() {
        assertThat(TextAnalysis.words("«Helse-Norge», 2025!")).containsExactly("helse", "norge", "2025");
    }
}
