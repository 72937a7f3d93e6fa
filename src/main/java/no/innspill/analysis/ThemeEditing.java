package no.innspill.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innspill.consultation.Consultation;
import no.innspill.form.Answer;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import no.innspill.response.ResponseFilter;
import no.innspill.response.Responses;
import no.innspill.response.StoredResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** What the analyst does to the themes: create, rename, merge, split, delete and confirm; each in one transaction. */
@Service
class ThemeEditing {

    static final int MAX_LABEL = 200;
    static final int MAX_TERM = 100;

    private final ThemeStore themes;
    private final TagStore tags;
    private final Responses responses;
    private final TransactionTemplate transaction;

    ThemeEditing(ThemeStore themes, TagStore tags, Responses responses, TransactionTemplate transaction) {
        this.themes = themes;
        this.tags = tags;
        this.responses = responses;
        this.transaction = transaction;
    }

    /** An analyst's own theme: confirmed, as they made it themselves. */
    long create(Consultation consultation, String answerId, String label, String terms) {
        String checkedLabel = label(label);
        List<String> checkedTerms = terms(terms);
        return transaction.execute(status -> themes.insert(consultation.id(), answerId, checkedLabel, checkedTerms, StoredTheme.Origin.ANALYST, true,
                themes.nextSortOrder(consultation.id(), answerId)));
    }

    void rename(Consultation consultation, long themeId, String label, String terms) {
        String checkedLabel = label(label);
        List<String> checkedTerms = terms == null ? null : terms(terms);
        transaction.executeWithoutResult(status -> {
            StoredTheme theme = get(consultation, themeId);
            themes.change(themeId, checkedLabel, checkedTerms == null ? theme.terms() : checkedTerms);
        });
    }

    void confirm(Consultation consultation, long themeId) {
        transaction.executeWithoutResult(status -> themes.confirm(get(consultation, themeId).id()));
    }

    void delete(Consultation consultation, long themeId) {
        transaction.executeWithoutResult(status -> themes.delete(get(consultation, themeId).id()));
    }

    /** Merges the theme into another of the same question: its answers, terms and quotes (up to three) go there. */
    void merge(Consultation consultation, long themeId, Long intoId) {
        if (intoId == null) {
            throw new InvalidInputException("No theme to merge into", List.of(FieldError.of("into", "choose the theme to merge into").withCode("into-missing")));
        }
        transaction.executeWithoutResult(status -> {
            StoredTheme theme = get(consultation, themeId);
            StoredTheme into = get(consultation, intoId);
            if (into.id() == theme.id() || !into.answerId().equals(theme.answerId())) {
                throw new InvalidInputException("Cannot merge", List.of(FieldError.of("into",
                        "choose another theme of the same question").withCode("into-invalid")));
            }
            tags.move(theme.id(), into.id());
            List<String> terms = new ArrayList<>(into.terms());
            terms.addAll(theme.terms());
            themes.change(into.id(), into.label(), terms);
            themes.addQuotes(into.id(), quotes(consultation, theme));
            themes.delete(theme.id());
        });
    }

    /**
     * Splits the theme in two with the engine over its members' answers (read as a stream, holding only this theme's),
     * moving each member to the part the engine put it in; the parts are the analyst's, not yet confirmed.
     */
    void split(Consultation consultation, long themeId) {
        StoredTheme theme = get(consultation, themeId);
        Set<Integer> members = tags.members(theme.id());
        List<AnswerText> answers = new ArrayList<>();
        Map<Integer, String> respondents = new HashMap<>();
        responses.forEachChunk(consultation, ResponseFilter.all(), chunk -> {
            for (StoredResponse response : chunk) {
                Answer answer = response.answers().get(theme.answerId());
                if (members.contains(response.sequenceNumber()) && answer != null && answer.text() != null && !answer.text().isBlank()) {
                    answers.add(new AnswerText(String.valueOf(response.sequenceNumber()), answer.text()));
                    respondents.put(response.sequenceNumber(), response.respondent() == null ? null : response.respondent().name());
                }
            }
        });
        List<SuggestedTheme> parts = answers.size() < 2 ? List.of() : new ThemeSuggester().suggest(answers, 2).stream()
                .filter(part -> !ThemeSuggestionJob.Stored.unassigned(part)).toList();
        if (parts.size() < 2) {
            throw new InvalidInputException("Cannot split", List.of(FieldError.of("theme",
                    "the theme's answers cannot be told apart into two themes").withCode("split-impossible")));
        }
        transaction.executeWithoutResult(status -> {
            get(consultation, themeId); // still there
            for (SuggestedTheme part : parts) {
                long id = themes.insert(consultation.id(), theme.answerId(), ThemeSuggestionJob.Stored.label(part), part.terms(),
                        StoredTheme.Origin.ANALYST, false, theme.sortOrder());
                themes.addQuotes(id, ThemeSuggestionJob.Stored.quotes(part.quotes(), respondents));
                tags.copy(theme.id(), id, ThemeSuggestionJob.Stored.sequenceNumbers(part.members()));
            }
            themes.delete(theme.id());
        });
    }

    private List<ReportSources.Quote> quotes(Consultation consultation, StoredTheme theme) {
        return themes.themes(consultation.id(), theme.answerId()).stream().filter(t -> t.id() == theme.id())
                .findFirst().map(StoredTheme::quotes).orElse(List.of());
    }

    StoredTheme get(Consultation consultation, long themeId) {
        return themes.find(consultation.id(), themeId)
                .orElseThrow(() -> new NotFoundException("Consultation " + consultation.caseNumber() + " has no theme " + themeId));
    }

    static String label(String label) {
        String stripped = label == null ? "" : label.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("No label", List.of(FieldError.of("label", "a theme needs a label").withCode("label-missing")));
        }
        if (stripped.length() > MAX_LABEL) {
            throw new InvalidInputException("Label too long", List.of(FieldError.of("label", "at most " + MAX_LABEL + " characters")
                    .withCode("label-too-long", MAX_LABEL)));
        }
        return stripped;
    }

    /** Key terms written as a comma-separated list. */
    static List<String> terms(String terms) {
        if (terms == null || terms.isBlank()) {
            return List.of();
        }
        List<String> split = Arrays.stream(terms.split(",")).map(String::strip).filter(term -> !term.isEmpty()).toList();
        if (split.size() > ThemeStore.MAX_TERMS || split.stream().anyMatch(term -> term.length() > MAX_TERM)) {
            throw new InvalidInputException("Too many or too long terms", List.of(FieldError.of("terms",
                    "at most " + ThemeStore.MAX_TERMS + " terms of at most " + MAX_TERM + " characters each")
                    .withCode("terms-too-many", ThemeStore.MAX_TERMS, MAX_TERM)));
        }
        return List.copyOf(new LinkedHashSet<>(split));
    }
}
