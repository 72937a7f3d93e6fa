package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Themes found in answers put together from differently worded sentences on three points, with filler between. */
class ThemeSuggesterTest {

    static final Map<String, List<String>> POINTS = Map.of(
            "ambulanse", List.of(
                    "Ambulansen bruker altfor lang tid ut til de små bygdene.",
                    "Responstiden for ambulanse i distriktet er uakseptabel.",
                    "Flere ambulansebiler må stasjoneres nær kysten.",
                    "Akuttberedskapen svikter når ambulansen er opptatt i byen.",
                    "Ambulansetenesta må styrkjast i utkantane."),
            "journal", List.of(
                    "Pasientjournalen må kunne leses av alle som behandler meg.",
                    "Fastlegen og sykehuset ser ikke den samme journalen.",
                    "Journalsystemene snakker ikke sammen, og opplysninger går tapt.",
                    "Epikrisen kommer for sent fram til fastlegen.",
                    "Journalen bør følgje pasienten mellom sjukehus og kommune."),
            "personvern", List.of(
                    "Helseopplysningene mine må ikke deles uten samtykke.",
                    "Jeg vil kunne reservere meg mot at data brukes til forskning.",
                    "Personvernet svekkes når stadig flere får tilgang til opplysningene.",
                    "Innbyggerne må få se logg over hvem som har lest opplysningene.",
                    "Samtykke må vere hovudregelen for bruk av helsedata."));
    static final List<String> FILLER = List.of("Takk for muligheten til å svare.", "Ja.", "Vi viser til høringsbrevet.",
            "Med vennlig hilsen");

    final ThemeSuggester suggester = new ThemeSuggester();

    @Test
    void answersOnThreePointsGiveThreeThemesWithTheirAnswers() {
        Map<String, String> truth = new java.util.LinkedHashMap<>();
        List<AnswerText> answers = answers(240, truth);

        List<SuggestedTheme> themes = suggester.suggest(answers);

        for (String point : POINTS.keySet()) {
            Set<String> members = new HashSet<>();
            truth.forEach((id, truePoint) -> {
                if (truePoint.equals(point)) {
                    members.add(id);
                }
            });
            SuggestedTheme best = themes.stream().max(java.util.Comparator.comparingDouble(theme -> f1(theme.members(), members)))
                    .orElseThrow();
            assertThat(f1(best.members(), members)).as(point + " in " + themes).isGreaterThan(0.8);
            assertThat(best.quotes()).hasSize(3);
            assertThat(best.terms()).isNotEmpty();
        }
    }

    @Test
    void everyAnswerWithTextIsPlacedAndWordlessOnesUnderNoTheme() {
        List<AnswerText> answers = new ArrayList<>(answers(90, new java.util.HashMap<>()));
        answers.add(new AnswerText("tom", "Ja."));
        answers.add(new AnswerText("lenke", "https://example.org"));

        List<SuggestedTheme> themes = suggester.suggest(answers);

        Set<String> placed = new HashSet<>();
        themes.forEach(theme -> placed.addAll(theme.members()));
        answers.forEach(answer -> assertThat(placed).contains(answer.responseId()));
        assertThat(themes.get(themes.size() - 1).label()).isEqualTo(ThemeSuggester.UNASSIGNED);
        assertThat(themes.get(themes.size() - 1).members()).contains("tom");
    }

    @Test
    void theSameAnswersGiveTheSameThemesAndASplitGivesTwo() {
        List<AnswerText> answers = answers(120, new java.util.HashMap<>());
        assertThat(suggester.suggest(answers)).usingRecursiveComparison().isEqualTo(suggester.suggest(answers));
        assertThat(suggester.suggest(answers, 2).stream().filter(theme -> !theme.terms().isEmpty())).hasSize(2);
    }

    @Test
    void nothingOrOnlyWordlessAnswersGiveNoOrOneUnassignedTheme() {
        assertThat(suggester.suggest(List.of())).isEmpty();
        assertThat(suggester.suggest(List.of(new AnswerText("a", "Ja."), new AnswerText("b", "  "))))
                .singleElement().satisfies(theme -> assertThat(theme.members()).containsExactly("a"));
        String huge = "Ambulansen kommer sent. ".repeat(5_000);
        assertThat(suggester.suggest(List.of(new AnswerText("a", huge), new AnswerText("b", huge)))).isNotEmpty();
    }

    static List<AnswerText> answers(int count, Map<String, String> truth) {
        SplittableRandom random = new SplittableRandom(7);
        List<String> points = List.copyOf(new java.util.TreeSet<>(POINTS.keySet()));
        List<AnswerText> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String point = points.get(i % points.size());
            List<String> bank = POINTS.get(point);
            StringBuilder text = new StringBuilder();
            if (random.nextInt(3) == 0) {
                text.append(FILLER.get(random.nextInt(FILLER.size()))).append(' ');
            }
            int first = random.nextInt(bank.size());
            text.append(bank.get(first));
            if (random.nextBoolean()) {
                text.append(' ').append(bank.get((first + 1 + random.nextInt(bank.size() - 1)) % bank.size()));
            }
            answers.add(new AnswerText("R" + i, text.toString()));
            truth.put("R" + i, point);
        }
        return answers;
    }

    static double f1(List<String> predicted, Set<String> gold) {
        long both = predicted.stream().filter(gold::contains).count();
        return 2.0 * both / (predicted.size() + gold.size());
    }
}
