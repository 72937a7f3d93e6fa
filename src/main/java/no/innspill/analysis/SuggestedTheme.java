package no.innspill.analysis;

import java.util.List;

/**
 * A theme found in the answers to one question or part, for the analyst to confirm, rename, merge, split or delete.
 *
 * @param label   a readable label made of its key terms ("Kommuner, finansiering, kostnader")
 * @param terms   its key terms, most characteristic first (as written in the answers, not stems)
 * @param quotes  three representative passages (the sentences nearest the theme's centre), each with its response's id
 * @param members the ids of the responses whose answer touches the theme
 */
public record SuggestedTheme(String label, List<String> terms, List<Quote> quotes, List<String> members) {

    public SuggestedTheme {
        terms = List.copyOf(terms);
        quotes = List.copyOf(quotes);
        members = List.copyOf(members);
    }

    /** A passage of one response's answer. */
    public record Quote(String responseId, String text) {
    }
}
