package no.innspill.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Campaigns and theme suggestions for a whole consultation in one pass, in memory: what the {@code analyse} command and
 * the background suggestion jobs run. Each campaign's template counts once in the themes (its members get the
 * template's themes plus those of their own text), and a sender's repeated submission once, so that a campaign does not
 * drown the rest.
 */
public final class OfflineAnalysis {

    private static final String TEMPLATE = "campaign-template:";

    private final CampaignFinder campaigns = new CampaignFinder();
    private final ThemeSuggester themes = new ThemeSuggester();

    /** What was found: the campaigns (and duplicates), and the suggested themes per answer id. */
    public record Result(List<Campaign> campaigns, Map<String, List<SuggestedTheme>> themes) {
    }

    /** Analyses the responses' answers to the given answer ids (questions and parts that take text, in form order). */
    public Result analyse(List<AnalysedResponse> responses, List<String> answerIds) {
        return analyse(responses, answerIds, Map.of());
    }

    /**
     * As {@link #analyse(List, List)}, but where an analyst has tagged answers ({@code confirmed}: per answer id, the
     * themes of each tagged response's answer, an empty set for "no theme"), that question's themes are the analyst's:
     * the tagged answers keep their tags and every other answer gets what a classifier trained on them suggests.
     */
    public Result analyse(List<AnalysedResponse> responses, List<String> answerIds, Map<String, Map<String, Set<String>>> confirmed) {
        List<Campaign> found = campaigns.find(responses);
        Map<String, AnalysedResponse> byId = new HashMap<>();
        responses.forEach(response -> byId.put(response.id(), response));
        Map<String, Integer> campaignOf = new HashMap<>();
        Set<String> laterCopies = new LinkedHashSet<>();
        Map<String, List<String>> copiesOf = new HashMap<>();
        List<Map<String, String>> templateParts = new ArrayList<>();
        List<Map<String, Map<String, String>>> ownParts = new ArrayList<>();
        for (Campaign campaign : found) {
            if (campaign.kind() == Campaign.Kind.DUPLICATE) {
                String first = campaign.members().get(0);
                copiesOf.put(first, campaign.members().subList(1, campaign.size()));
                laterCopies.addAll(campaign.members().subList(1, campaign.size()));
                continue;
            }
            int index = templateParts.size();
            long[] template = campaign.fingerprint();
            CopyText typical = null;
            Map<String, Map<String, String>> own = new HashMap<>();
            for (String member : campaign.members()) {
                campaignOf.put(member, index);
                CopyText text = new CopyText(byId.get(member));
                own.put(member, text.parts(false, template));
                if (typical == null || text.fit(template) > typical.fit(template)) {
                    typical = text;
                }
            }
            templateParts.add(typical.parts(true, template));
            ownParts.add(own);
        }
        Map<String, List<SuggestedTheme>> themesByAnswer = new LinkedHashMap<>();
        for (String answerId : answerIds) {
            List<AnswerText> texts = new ArrayList<>();
            for (AnalysedResponse response : responses) {
                String text = response.texts().get(answerId);
                if (text == null || laterCopies.contains(response.id())) {
                    continue;
                }
                Integer campaign = campaignOf.get(response.id());
                if (campaign == null) {
                    texts.add(new AnswerText(response.id(), text));
                } else {
                    String own = ownParts.get(campaign).get(response.id()).get(answerId);
                    if (own != null) {
                        texts.add(new AnswerText(response.id(), own));
                    }
                }
            }
            for (int c = 0; c < templateParts.size(); c++) {
                String template = templateParts.get(c).get(answerId);
                if (template != null) {
                    texts.add(new AnswerText(TEMPLATE + c, template));
                }
            }
            Map<String, Set<String>> tagged = confirmed.getOrDefault(answerId, Map.of());
            List<SuggestedTheme> suggested = tagged.isEmpty() ? themes.suggest(texts) : classified(texts, tagged);
            themesByAnswer.put(answerId, spread(suggested, answerId, found, responses, byId, copiesOf));
        }
        return new Result(found, themesByAnswer);
    }

    /** The analyst's themes: each tagged answer with its tags, the others as the classifier trained on the tagged suggests. */
    private static List<SuggestedTheme> classified(List<AnswerText> texts, Map<String, Set<String>> tagged) {
        List<ThemeClassifier.Labelled> examples = new ArrayList<>();
        for (AnswerText text : texts) {
            Set<String> tags = tagged.get(text.responseId());
            if (tags != null) {
                examples.add(new ThemeClassifier.Labelled(text.text(), tags));
            }
        }
        ThemeClassifier classifier = examples.isEmpty() ? null : ThemeClassifier.train(examples);
        Map<String, List<String>> members = new java.util.TreeMap<>();
        Map<String, List<SuggestedTheme.Quote>> quotes = new HashMap<>();
        for (AnswerText text : texts) {
            Set<String> tags = tagged.get(text.responseId());
            Set<String> themes = tags != null ? tags : classifier == null ? Set.of() : classifier.suggest(text.text());
            for (String theme : themes) {
                members.computeIfAbsent(theme, t -> new ArrayList<>()).add(text.responseId());
                if (tags != null && quotes.computeIfAbsent(theme, t -> new ArrayList<>()).size() < 3) {
                    quotes.get(theme).add(new SuggestedTheme.Quote(text.responseId(), text.text()));
                }
            }
        }
        List<SuggestedTheme> analysts = new ArrayList<>();
        members.forEach((theme, ids) -> analysts.add(new SuggestedTheme(theme, List.of(), quotes.getOrDefault(theme, List.of()), ids)));
        analysts.sort(java.util.Comparator.comparingInt((SuggestedTheme theme) -> theme.members().size()).reversed());
        return analysts;
    }

    /** Gives each campaign member its template's themes and each later copy its first's, and places the rest. */
    private static List<SuggestedTheme> spread(List<SuggestedTheme> suggested, String answerId, List<Campaign> found,
                                               List<AnalysedResponse> responses, Map<String, AnalysedResponse> byId,
                                               Map<String, List<String>> copiesOf) {
        List<Campaign> campaigns = found.stream().filter(campaign -> campaign.kind() == Campaign.Kind.CAMPAIGN).toList();
        List<SuggestedTheme> spread = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (SuggestedTheme theme : suggested) {
            Set<String> members = new LinkedHashSet<>();
            for (String member : theme.members()) {
                if (member.startsWith(TEMPLATE)) {
                    for (String inCampaign : campaigns.get(Integer.parseInt(member.substring(TEMPLATE.length()))).members()) {
                        if (byId.get(inCampaign).texts().containsKey(answerId)) {
                            members.add(inCampaign);
                        }
                    }
                } else {
                    members.add(member);
                    members.addAll(copiesOf.getOrDefault(member, List.of()));
                }
            }
            List<SuggestedTheme.Quote> quotes = theme.quotes().stream()
                    .map(quote -> quote.responseId().startsWith(TEMPLATE)
                            ? new SuggestedTheme.Quote(campaigns.get(Integer.parseInt(quote.responseId().substring(TEMPLATE.length())))
                                    .members().get(0), quote.text())
                            : quote)
                    .toList();
            placed.addAll(members);
            spread.add(new SuggestedTheme(theme.label(), theme.terms(), quotes, List.copyOf(members)));
        }
        List<String> unplaced = new ArrayList<>();
        for (AnalysedResponse response : responses) {
            if (response.texts().containsKey(answerId) && !placed.contains(response.id())) {
                unplaced.add(response.id());
            }
        }
        if (!unplaced.isEmpty()) {
            int at = -1;
            for (int i = 0; i < spread.size(); i++) {
                if (spread.get(i).label().equals(ThemeSuggester.UNASSIGNED) && spread.get(i).terms().isEmpty()) {
                    at = i;
                }
            }
            if (at < 0) {
                spread.add(new SuggestedTheme(ThemeSuggester.UNASSIGNED, List.of(), List.of(), unplaced));
            } else {
                List<String> members = new ArrayList<>(spread.get(at).members());
                members.addAll(unplaced);
                spread.set(at, new SuggestedTheme(ThemeSuggester.UNASSIGNED, List.of(), List.of(), members));
            }
        }
        return List.copyOf(spread);
    }
}
