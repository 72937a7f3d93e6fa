package no.innspill.analysis;

import java.util.List;
import java.util.Map;

/**
 * Campaigns and theme suggestions for a whole consultation in one pass, in memory: what the {@code analyse} command and
 * the background suggestion jobs run. Each campaign's template counts once in the themes (its members get the
 * template's themes plus those of their own text), so a campaign does not drown the rest.
 */
public final class OfflineAnalysis {

    private final CampaignFinder campaigns = new CampaignFinder();
    private final ThemeSuggester themes = new ThemeSuggester();

    /** What was found: the campaigns (and duplicates), and the suggested themes per answer id. */
    public record Result(List<Campaign> campaigns, Map<String, List<SuggestedTheme>> themes) {
    }

    /** Analyses the responses' answers to the given answer ids (questions and parts that take text, in form order). */
    public Result analyse(List<AnalysedResponse> responses, List<String> answerIds) {
        throw new UnsupportedOperationException("the engine lands on main shortly");
    }
}
