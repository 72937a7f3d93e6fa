package no.innspill.response;

import java.util.ArrayList;
import java.util.List;

/**
 * A search excerpt as runs of text, each a hit or not: shown with the hits marked ({@code <mark>}), the text escaped
 * like any other, so nothing a respondent wrote becomes markup.
 */
public record Excerpt(List<Run> runs) {

    public record Run(String text, boolean hit) {
    }

    /** From ts_headline's output with hits between U+0002 and U+0003. */
    static Excerpt of(String marked) {
        List<Run> runs = new ArrayList<>();
        if (marked == null) {
            return new Excerpt(runs);
        }
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf('\u0002', at);
            if (start < 0) {
                runs.add(new Run(marked.substring(at), false));
                break;
            }
            if (start > at) {
                runs.add(new Run(marked.substring(at, start), false));
            }
            int end = marked.indexOf('\u0003', start);
            if (end < 0) {
                end = marked.length();
            }
            runs.add(new Run(marked.substring(start + 1, end), true));
            at = end + 1;
        }
        return new Excerpt(List.copyOf(runs));
    }

    public boolean isEmpty() {
        return runs.stream().allMatch(run -> run.text().isBlank());
    }

    /** The excerpt as plain text, hits unmarked (the API's "excerpt"). */
    public String text() {
        return String.join("", runs.stream().map(Run::text).toList());
    }
}
