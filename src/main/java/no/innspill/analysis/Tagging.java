package no.innspill.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.innspill.consultation.Consultation;
import no.innspill.form.Answer;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import no.innspill.response.Responses;
import no.innspill.response.StoredResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tagging answers with themes, one answer at a time: which answer is next (keyset over sequence numbers, a page of
 * responses at a time, never all of them), what is suggested for it (the run's themes, and once the analyst has coded a
 * few answers, the classifier trained on their codings), and storing the analyst's decision.
 */
@Service
class Tagging {

    /** The choice that says the answer has no theme. */
    static final String NO_THEME = "none";
    /** The classifier suggests once the analyst has coded this many answers. */
    static final int CLASSIFIER_FROM = 3;
    /** It learns from the analyst's latest codings, at most this many: 20 per theme for 25 themes, and trained in a fraction of a second on each answer. */
    static final int EXAMPLES = 500;
    private static final int PAGE = 200;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Tagging.class);

    private final Responses responses;
    private final ThemeStore themes;
    private final TagStore tags;
    private final TransactionTemplate transaction;

    Tagging(Responses responses, ThemeStore themes, TagStore tags, TransactionTemplate transaction) {
        this.responses = responses;
        this.themes = themes;
        this.tags = tags;
        this.transaction = transaction;
    }

    /** One answer to tag, with what is suggested for it and what the analyst decided if they did. */
    record Current(StoredResponse response, String text, List<StoredTheme> themes, Set<Long> ticked, boolean noTheme,
                   Set<Long> suggestedByRun, Map<Long, Double> suggestedByClassifier, boolean coded, int codedCount) {

        public Set<Long> suggested() {
            Set<Long> all = new HashSet<>(suggestedByRun);
            all.addAll(suggestedByClassifier.keySet());
            return all;
        }
    }

    Current current(Consultation consultation, String answerId, int sequenceNumber, String analyst) {
        StoredResponse response = answer(consultation, answerId, sequenceNumber);
        String text = response.answers().get(answerId).text();
        List<StoredTheme> all = themes.themes(consultation.id(), answerId);
        Set<Long> byRun = tags.suggested(consultation.id(), answerId, sequenceNumber);
        int codedCount = tags.codedCount(consultation.id(), answerId, analyst);
        Map<Long, Double> byClassifier = codedCount < CLASSIFIER_FROM ? Map.of() : classifierSuggestions(consultation, answerId, analyst, text, all);
        Optional<TagStore.Coded> coded = tags.coded(consultation.id(), answerId, sequenceNumber, analyst);
        Set<Long> ticked = new HashSet<>();
        if (coded.isPresent()) {
            ticked.addAll(coded.get().themes());
        } else {
            ticked.addAll(byRun);
            ticked.addAll(byClassifier.keySet());
        }
        return new Current(response, text, all, ticked, coded.map(TagStore.Coded::noTheme).orElse(false), byRun, byClassifier,
                coded.isPresent(), codedCount);
    }

    private Map<Long, Double> classifierSuggestions(Consultation consultation, String answerId, String analyst, String text, List<StoredTheme> all) {
        if (all.isEmpty()) {
            return Map.of();
        }
        ThemeClassifier classifier;
        Map<String, Double> scores;
        try {
            classifier = ThemeClassifier.train(tags.examples(consultation.id(), answerId, analyst, EXAMPLES));
            scores = classifier.scores(text);
        } catch (RuntimeException e) {
            // suggestions are an aid: the analyst can tag without them, so a classifier that cannot run must not stop the page
            log.warn("No classifier suggestions for {} {}", consultation.caseNumber(), answerId, e);
            return Map.of();
        }
        Map<Long, Double> suggested = new LinkedHashMap<>();
        Set<String> chosen = classifier.suggest(text);
        for (StoredTheme theme : all) {
            String id = String.valueOf(theme.id());
            if (chosen.contains(id)) {
                suggested.put(theme.id(), scores.get(id));
            }
        }
        return suggested;
    }

    /**
     * Stores the analyst's themes for the answer: the ticked themes, or {@link #NO_THEME}; the suggestions shown and not
     * ticked are stored as rejected.
     */
    void save(Consultation consultation, String answerId, int sequenceNumber, String analyst, List<String> chosen, List<String> shownSuggestions) {
        StoredResponse response = answer(consultation, answerId, sequenceNumber);
        Set<Long> known = new HashSet<>();
        themes.themes(consultation.id(), answerId).forEach(theme -> known.add(theme.id()));
        List<String> choices = chosen == null ? List.of() : chosen;
        boolean noTheme = choices.contains(NO_THEME);
        Set<Long> ticked = ids(choices.stream().filter(choice -> !choice.equals(NO_THEME)).toList(), known, "theme");
        Set<Long> rejected = ids(shownSuggestions == null ? List.of() : shownSuggestions, known, "suggested");
        if (noTheme && !ticked.isEmpty()) {
            throw new InvalidInputException("No theme and themes", List.of(FieldError.of("theme",
                    "tick themes or \"no theme\", not both").withCode("theme-and-none")));
        }
        if (!noTheme && ticked.isEmpty()) {
            throw new InvalidInputException("Nothing chosen", List.of(FieldError.of("theme",
                    "tick at least one theme, or \"no theme\"").withCode("theme-missing")));
        }
        String text = response.answers().get(answerId).text();
        transaction.executeWithoutResult(status -> tags.code(consultation.id(), answerId, sequenceNumber, analyst, text, ticked, rejected));
    }

    private static Set<Long> ids(List<String> values, Set<Long> known, String field) {
        Set<Long> ids = new HashSet<>();
        for (String value : values) {
            try {
                long id = Long.parseLong(value.strip());
                if (known.contains(id)) {
                    ids.add(id);
                    continue;
                }
            } catch (NumberFormatException e) {
                // named below
            }
            throw new InvalidInputException("Unknown theme", List.of(FieldError.of(field, "no theme " + value + " in this question")
                    .withCode("theme-unknown", value)));
        }
        return ids;
    }

    /**
     * The next answer with text after this sequence number that the analyst has not coded, going round to the start
     * when there is none after it.
     */
    Optional<Integer> nextUncoded(Consultation consultation, String answerId, String analyst, int after) {
        Optional<Integer> next = find(consultation, answerId, analyst, after, Integer.MAX_VALUE, true);
        return next.isPresent() || after == 0 ? next : find(consultation, answerId, analyst, 0, after, true);
    }

    /** The next answer with text after this sequence number, coded or not. */
    Optional<Integer> nextWithText(Consultation consultation, String answerId, int after) {
        return find(consultation, answerId, null, after, Integer.MAX_VALUE, false);
    }

    private Optional<Integer> find(Consultation consultation, String answerId, String analyst, int after, int before, boolean uncoded) {
        int cursor = after;
        while (cursor < before) {
            List<StoredResponse> page = responses.latest(consultation, cursor, PAGE);
            if (page.isEmpty()) {
                return Optional.empty();
            }
            List<Integer> withText = new ArrayList<>();
            for (StoredResponse response : page) {
                if (response.sequenceNumber() < before && hasText(response, answerId)) {
                    withText.add(response.sequenceNumber());
                }
            }
            Set<Integer> coded = uncoded && !withText.isEmpty()
                    ? tags.codedAmong(consultation.id(), answerId, analyst, withText.stream().mapToInt(Integer::intValue).toArray())
                    : Set.of();
            for (int number : withText) {
                if (!coded.contains(number)) {
                    return Optional.of(number);
                }
            }
            cursor = page.get(page.size() - 1).sequenceNumber();
        }
        return Optional.empty();
    }

    private StoredResponse answer(Consultation consultation, String answerId, int sequenceNumber) {
        return responses.find(consultation, sequenceNumber)
                .filter(response -> !response.isSuperseded() && hasText(response, answerId))
                .orElseThrow(() -> new NotFoundException("Response " + consultation.caseNumber() + "-" + sequenceNumber
                        + " has no answer with text to " + answerId));
    }

    private static boolean hasText(StoredResponse response, String answerId) {
        Answer answer = response.answers().get(answerId);
        return answer != null && answer.text() != null && !answer.text().isBlank();
    }
}
