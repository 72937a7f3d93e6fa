package no.innspill.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Forms;
import no.innspill.response.ResponseFilter;
import no.innspill.response.Responses;
import no.innspill.response.StoredResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A suggestion run as a background job: the engine over the latest version of every response (in memory, as the engine
 * needs them all at once; a job, never a web request), and its themes stored in place of the previous run's untouched
 * ones. A run asked for while one is under way runs again after it, so the last request always sees every response.
 */
@Component
class ThemeSuggestionJob {

    private static final Logger log = LoggerFactory.getLogger(ThemeSuggestionJob.class);

    private final Consultations consultations;
    private final Forms forms;
    private final Responses responses;
    private final ThemeRunStore runs;
    private final Stored stored;

    ThemeSuggestionJob(Consultations consultations, Forms forms, Responses responses, ThemeRunStore runs, Stored stored) {
        this.consultations = consultations;
        this.forms = forms;
        this.responses = responses;
        this.runs = runs;
        this.stored = stored;
    }

    void run(String slug) {
        Consultation consultation = consultations.getBySlug(slug);
        boolean again = runs.start(consultation.id());
        while (again) {
            int themes;
            try {
                themes = suggest(consultation);
            } catch (RuntimeException e) {
                // the run is marked failed for the page to say so; retrying the same responses would fail the same way
                log.warn("The theme suggestions for {} failed", consultation.caseNumber(), e);
                runs.fail(consultation.id());
                return;
            }
            log.info("Suggested {} themes for {}", themes, consultation.caseNumber());
            again = runs.finish(consultation.id(), themes) && runs.start(consultation.id());
        }
    }

    private int suggest(Consultation consultation) {
        List<String> answerIds = ThemeScopes.of(forms.get(consultation.form())).ids();
        List<AnalysedResponse> analysed = new ArrayList<>();
        Map<Integer, String> respondents = new HashMap<>();
        responses.forEachChunk(consultation, ResponseFilter.all(), chunk -> {
            for (StoredResponse response : chunk) {
                analysed.add(AnalysedResponse.of(String.valueOf(response.sequenceNumber()), response.respondent(), response.answers()));
                respondents.put(response.sequenceNumber(), response.respondent() == null ? null : response.respondent().name());
            }
        });
        OfflineAnalysis.Result result = new OfflineAnalysis().analyse(analysed, answerIds);
        return stored.replace(consultation.id(), result.themes(), respondents);
    }

    /** Stores a run's themes in one transaction: the page never shows half a run. */
    @Component
    static class Stored {

        private final ThemeStore themes;
        private final TagStore tags;

        Stored(ThemeStore themes, TagStore tags) {
            this.themes = themes;
            this.tags = tags;
        }

        @Transactional
        int replace(long consultationId, Map<String, List<SuggestedTheme>> suggested, Map<Integer, String> respondents) {
            themes.removeUnconfirmedSuggestions(consultationId);
            int count = 0;
            for (Map.Entry<String, List<SuggestedTheme>> answer : suggested.entrySet()) {
                int order = themes.nextSortOrder(consultationId, answer.getKey());
                for (SuggestedTheme theme : answer.getValue()) {
                    if (unassigned(theme)) {
                        continue;
                    }
                    long id = themes.insert(consultationId, answer.getKey(), label(theme), theme.terms(), StoredTheme.Origin.SUGGESTED, false, order++);
                    themes.addQuotes(id, quotes(theme.quotes(), respondents));
                    tags.suggest(consultationId, answer.getKey(), id, sequenceNumbers(theme.members()));
                    count++;
                }
            }
            return count;
        }

        /**
         * The engine's bucket of answers it could not place is no theme: stored, it would read like the analyst's "no
         * theme" and be counted in the report. Its answers get no suggestion; the analyst tags them.
         */
        static boolean unassigned(SuggestedTheme theme) {
            return ThemeSuggester.UNASSIGNED.equals(theme.label()) && theme.terms().isEmpty();
        }

        static String label(SuggestedTheme theme) {
            String label = theme.label() == null || theme.label().isBlank() ? String.join(", ", theme.terms()) : theme.label().strip();
            label = label.isBlank() ? "–" : label;
            return label.length() > 200 ? label.substring(0, 199) + "…" : label;
        }

        static List<ReportSources.Quote> quotes(List<SuggestedTheme.Quote> quotes, Map<Integer, String> respondents) {
            List<ReportSources.Quote> shown = new ArrayList<>();
            for (SuggestedTheme.Quote quote : quotes) {
                Integer number = number(quote.responseId());
                if (number != null) {
                    shown.add(new ReportSources.Quote(number, respondents.get(number), quote.text()));
                }
            }
            return shown;
        }

        static int[] sequenceNumbers(List<String> members) {
            return members.stream().map(Stored::number).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).distinct().toArray();
        }

        private static Integer number(String responseId) {
            try {
                return Integer.valueOf(responseId);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
