package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form letters (copied, edited, with the sender's own paragraph), one sender's repeat, and organic answers apart. */
class CampaignFinderTest {

    static final String LETTER = "Jeg er svært bekymret for at nærsykehusene mister fagfolk når alt skal samles i store enheter. "
            + "Strategien må sikre at pasienter i distriktene får like god oppfølging som i byene.\n"
            + "Jeg ber departementet om å utrede konsekvensene for fødetilbudet og akuttberedskapen før noe vedtas. "
            + "Lokalsykehusene er ryggraden i helsetjenesten der jeg bor.";

    final CampaignFinder finder = new CampaignFinder();

    @Test
    void copiesEditsAndOwnParagraphsAreOneCampaignWithWhatEachSenderAdded() {
        List<AnalysedResponse> responses = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            responses.add(person("C" + i, "Person " + i, Map.of("q4", LETTER)));
        }
        responses.add(person("E1", "Redigert", Map.of("q4", "Hei,\n" + LETTER.replace("svært bekymret", "veldig bekymret")
                .replace("utrede", "utrde") + "\nHilsen Redigert")));
        String own = "Jeg har jobbet som jordmor i tretti år og har sett hvordan avstandene rammer de fødende hardt.";
        responses.add(person("P1", "Jordmor", Map.of("q4", own + "\n" + LETTER)));
        responses.addAll(organic());

        List<Campaign> found = finder.find(responses);

        assertThat(found).hasSize(1);
        Campaign campaign = found.get(0);
        assertThat(campaign.kind()).isEqualTo(Campaign.Kind.CAMPAIGN);
        assertThat(campaign.members()).containsExactly("C1", "C2", "C3", "C4", "C5", "E1", "P1");
        assertThat(campaign.template()).contains("nærsykehusene mister fagfolk").doesNotContain("jordmor");
        assertThat(campaign.added()).containsEntry("P1", own).containsEntry("E1", "Hei,\nHilsen Redigert")
                .doesNotContainKeys("C1", "C2");
    }

    @Test
    void aSendersRepeatedResponseIsADuplicateNotACampaign() {
        Map<String, String> answers = Map.of("q1", "Vi mener strategien mangler en plan for finansiering av de nasjonale løsningene.",
                "q3", "Kommunene må få sitte ved bordet når oppfølgingen planlegges.");
        List<AnalysedResponse> responses = new ArrayList<>(organic());
        responses.add(new AnalysedResponse("A", "Fjellbygd kommune", "964 965 137", null, answers));
        responses.add(new AnalysedResponse("B", "Fjellbygd kommune", "964965137", null, answers));

        List<Campaign> found = finder.find(responses);

        assertThat(found).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.kind()).isEqualTo(Campaign.Kind.DUPLICATE);
            assertThat(duplicate.members()).containsExactly("A", "B");
        });
    }

    @Test
    void organicAnswersThatShareACommonSentenceAreNoCampaign() {
        String common = "Det må alltid finnes et alternativ for dem som ikke kan eller vil bruke digitale tjenester.";
        List<AnalysedResponse> responses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            responses.add(person("O" + i, "Privat " + i, Map.of("q4", i % 2 == 0 ? common : common + " Det gjelder særlig eldre.")));
        }
        assertThat(finder.find(responses)).isEmpty();
    }

    @Test
    void aLaterResponseJoinsByTheFingerprintWithItsOwnText() {
        List<AnalysedResponse> responses = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            responses.add(person("C" + i, "Person " + i, Map.of("q4", LETTER)));
        }
        Campaign campaign = finder.find(responses).get(0);

        String own = "Jeg bor på en øy uten bro, og ambulansebåten er alt vi har.";
        assertThat(finder.joins(campaign.fingerprint(), person("N", "Ny", Map.of("q4", LETTER + "\n" + own)))).contains(own);
        assertThat(finder.joins(campaign.fingerprint(), person("X", "Annen", Map.of("q4", organic().get(0).texts().get("q1")))))
                .isEmpty();
        assertThat(finder.joins(new long[0], person("Y", "Tom", Map.of()))).isEmpty();
    }

    @Test
    void theSameResponsesGiveTheSameCampaignsAndNothingGivesNothing() {
        List<AnalysedResponse> responses = new ArrayList<>(organic());
        for (int i = 1; i <= 5; i++) {
            responses.add(person("C" + i, "Person " + i, Map.of("q4", LETTER)));
        }
        assertThat(finder.find(responses)).usingRecursiveComparison().isEqualTo(finder.find(responses));
        assertThat(finder.find(List.of())).isEmpty();
        assertThat(finder.find(List.of(person("T", "Tom", Map.of())))).isEmpty();
    }

    static AnalysedResponse person(String id, String name, Map<String, String> texts) {
        return new AnalysedResponse(id, name, null, null, new LinkedHashMap<>(texts));
    }

    static List<AnalysedResponse> organic() {
        return List.of(
                person("X1", "Kari", Map.of("q1", "Strategien sier lite om hvem som skal betale for de nye fellesløsningene.")),
                person("X2", "Ola", Map.of("q1", "Jeg savner konkrete tiltak for dem som ikke har BankID.")),
                person("X3", "Per", Map.of("q4", "Pasientene må få se hvem som har lest journalen deres, og kunne sperre den.")),
                person("X4", "Ali", Map.of("q2.goal2", "Sykepleierne bruker for mye tid på å skrive det samme i flere systemer.")));
    }
}
