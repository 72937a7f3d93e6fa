package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import no.innspill.analysis.ThemeClassifier.Labelled;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ThemeClassifierTest {

    /** Words as they are, for testing the classifier apart from the Norwegian analysis. */
    private static final Function<String, List<String>> WORDS = text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
            .filter(word -> word.length() > 2).toList();

    private static final List<Labelled> TAGGED = List.of(
            new Labelled("Kommunene trenger finansiering for å dekke kostnader til nye systemer", Set.of("money")),
            new Labelled("Finansiering av kommunene må på plass, kostnader er høye", Set.of("money")),
            new Labelled("Staten må ta kostnader og sikre finansiering", Set.of("money")),
            new Labelled("Personvern og informasjonssikkerhet må ivaretas for pasientene", Set.of("privacy")),
            new Labelled("Pasientenes personvern er viktig når helsedata deles", Set.of("privacy")),
            new Labelled("Informasjonssikkerhet og personvern må komme først", Set.of("privacy")),
            new Labelled("Kostnader til personvern og informasjonssikkerhet må ha finansiering", Set.of("money", "privacy")),
            new Labelled("Takk for muligheten til å svare", Set.of()),
            new Labelled("Vi har ingen merknader", Set.of()),
            new Labelled("Takk, ingen flere merknader fra oss", Set.of()));

    @Test
    void suggests_the_themes_of_answers_like_the_tagged_ones() {
        ThemeClassifier classifier = ThemeClassifier.train(TAGGED, WORDS);
        assertThat(classifier.suggest("Hvem skal dekke kostnader og finansiering i kommunene?")).containsExactly("money");
        assertThat(classifier.suggest("Personvern for pasientene må sikres")).containsExactly("privacy");
        assertThat(classifier.suggest("Finansiering av informasjonssikkerhet og personvern")).containsExactlyInAnyOrder("money", "privacy");
        assertThat(classifier.suggest("Ingen merknader, takk")).isEmpty();
        var scores = classifier.scores("Kostnader og finansiering");
        assertThat(scores).containsOnlyKeys("money", "privacy");
        assertThat(scores.get("money")).isGreaterThan(ThemeClassifier.SUGGEST).isGreaterThan(scores.get("privacy"));
        assertThat(scores.values()).allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
    }

    @Test
    void is_deterministic() {
        var first = ThemeClassifier.train(TAGGED, WORDS).scores("Personvern og kostnader i kommunene");
        var second = ThemeClassifier.train(TAGGED, WORDS).scores("Personvern og kostnader i kommunene");
        assertThat(first).isEqualTo(second);
    }

    @Test
    void an_answer_of_unknown_words_or_no_examples_are_no_trouble() {
        assertThat(ThemeClassifier.train(TAGGED, WORDS).scores("Zzz qqq")).containsOnlyKeys("money", "privacy");
        assertThat(ThemeClassifier.train(List.of(), WORDS).suggest("Hva som helst")).isEmpty();
        assertThat(ThemeClassifier.train(TAGGED, WORDS).scores("")).containsOnlyKeys("money", "privacy");
    }

    @Test
    void a_theme_every_example_had_is_always_suggested() {
        var classifier = ThemeClassifier.train(List.of(new Labelled("Kostnader", Set.of("money"))), WORDS);
        assertThat(classifier.suggest("noe annet")).containsExactly("money");
    }

    @Test
    void learns_with_the_norwegian_analysis_too() {
        try {
            TextAnalysis.terms("prøve");
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("the engine's TextAnalysis has not landed on this branch yet");
        }
        ThemeClassifier classifier = ThemeClassifier.train(TAGGED);
        assertThat(classifier.suggest("Kommunenes kostnader krever finansiering")).contains("money");
        assertThat(classifier.suggest("Personvernet til pasienten")).contains("privacy");
    }
}
