package no.innspill.analysis;

import java.util.List;

/**
 * Suggests the themes of the answers to one question or part: Norwegian analysis (bokmål and nynorsk), TF-IDF and
 * k-means over the answers' sentences. Deterministic. The caller passes each campaign's template once and each member's
 * own text, so that a campaign does not drown the rest.
 */
public final class ThemeSuggester {

    /** The suggested themes, largest first; every answer with text is a member of at least one. */
    public List<SuggestedTheme> suggest(List<AnswerText> answers) {
        throw new UnsupportedOperationException("the engine lands on main shortly");
    }

    /** Exactly {@code themes} suggestions (fewer when the answers cannot be told apart): for splitting a theme in two. */
    public List<SuggestedTheme> suggest(List<AnswerText> answers, int themes) {
        throw new UnsupportedOperationException("the engine lands on main shortly");
    }
}
