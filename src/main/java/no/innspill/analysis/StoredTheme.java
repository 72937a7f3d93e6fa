package no.innspill.analysis;

import java.util.List;

/**
 * A theme of the answers to one question or part, as stored: suggested by a run or made by an analyst.
 *
 * @param answers how many responses' answers have it: those an analyst confirmed it for, and those the run suggested it
 *                for that no analyst has coded yet
 */
record StoredTheme(long id, String answerId, String label, List<String> terms, Origin origin, boolean confirmed, int sortOrder,
                   int answers, List<ReportSources.Quote> quotes) {

    StoredTheme {
        terms = List.copyOf(terms);
        quotes = List.copyOf(quotes);
    }

    enum Origin {
        /** made by a suggestion run and not worked on since: the next run may replace it */
        SUGGESTED,
        /** made, renamed, merged into or split by an analyst: runs leave it alone */
        ANALYST;

        public String dbName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Origin of(String dbName) {
            return valueOf(dbName.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
