package no.innspill.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The themes and their quotes, in the analysis module's own tables. */
@Repository
class ThemeStore {

    static final int MAX_TERMS = 12;
    static final int QUOTES = 3;

    private final JdbcClient jdbc;

    ThemeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The themes of one question or part in their order, each with its count of answers and its quotes. */
    List<StoredTheme> themes(long consultationId, String answerId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        select t.theme_id, count(distinct t.sequence_number) from theme_tag t
                         where t.consultation_id = ? and t.answer_id = ? and t.theme_id is not null
                           and (t.state = 'confirmed' or (t.analyst is null and not exists (
                                select 1 from theme_coding c where c.consultation_id = t.consultation_id
                                   and c.answer_id = t.answer_id and c.sequence_number = t.sequence_number)))
                         group by t.theme_id""")
                .params(consultationId, answerId)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, List<ReportSources.Quote>> quotes = new HashMap<>();
        jdbc.sql("""
                        select q.theme_id, q.sequence_number, q.respondent, q.text from theme_quote q join theme t on t.id = q.theme_id
                         where t.consultation_id = ? and t.answer_id = ? order by q.theme_id, q.position""")
                .params(consultationId, answerId)
                .query(rs -> {
                    quotes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new ReportSources.Quote(rs.getInt(2), rs.getString(3), rs.getString(4)));
                });
        return jdbc.sql("select * from theme where consultation_id = ? and answer_id = ? order by sort_order, id")
                .params(consultationId, answerId)
                .query((rs, row) -> theme(rs, counts.getOrDefault(rs.getLong("id"), 0), quotes.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    Optional<StoredTheme> find(long consultationId, long themeId) {
        return jdbc.sql("select * from theme where consultation_id = ? and id = ?").params(consultationId, themeId)
                .query((rs, row) -> theme(rs, 0, List.of())).optional();
    }

    private static StoredTheme theme(ResultSet rs, int answers, List<ReportSources.Quote> quotes) throws SQLException {
        return new StoredTheme(rs.getLong("id"), rs.getString("answer_id"), rs.getString("label"),
                Arrays.asList((String[]) rs.getArray("terms").getArray()), StoredTheme.Origin.of(rs.getString("origin")),
                rs.getBoolean("confirmed"), rs.getInt("sort_order"), answers, quotes);
    }

    long insert(long consultationId, String answerId, String label, List<String> terms, StoredTheme.Origin origin, boolean confirmed, int sortOrder) {
        return jdbc.sql("""
                        insert into theme (consultation_id, answer_id, label, terms, origin, confirmed, sort_order)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(consultationId, answerId, label, terms(terms), origin.dbName(), confirmed, sortOrder)
                .query(Long.class).single();
    }

    void addQuotes(long themeId, List<ReportSources.Quote> quotes) {
        int next = jdbc.sql("select coalesce(max(position), 0) from theme_quote where theme_id = ?").param(themeId).query(Integer.class).single();
        for (ReportSources.Quote quote : quotes) {
            if (next >= QUOTES) {
                return;
            }
            next++;
            jdbc.sql("insert into theme_quote (theme_id, position, sequence_number, respondent, text) values (?, ?, ?, ?, ?)")
                    .params(themeId, next, quote.sequenceNumber(), quote.respondent(), quote.text()).update();
        }
    }

    int nextSortOrder(long consultationId, String answerId) {
        return jdbc.sql("select coalesce(max(sort_order), 0) + 1 from theme where consultation_id = ? and answer_id = ?")
                .params(consultationId, answerId).query(Integer.class).single();
    }

    /** An analyst's change: the theme is theirs from now on, and runs leave it alone. */
    void change(long themeId, String label, List<String> terms) {
        jdbc.sql("update theme set label = ?, terms = ?, origin = 'analyst', changed_at = now() where id = ?")
                .params(label, terms(terms), themeId).update();
    }

    void confirm(long themeId) {
        jdbc.sql("update theme set confirmed = true, changed_at = now() where id = ?").param(themeId).update();
    }

    void delete(long themeId) {
        jdbc.sql("delete from theme where id = ?").param(themeId).update();
    }

    /**
     * Removes what earlier runs suggested and no analyst has taken up: their themes that are still as suggested, not
     * confirmed and confirmed for no answer, with their tags. The themes kept keep the answers the run gave them.
     */
    void removeUnconfirmedSuggestions(long consultationId) {
        jdbc.sql("""
                        delete from theme t where t.consultation_id = ? and t.origin = 'suggested' and not t.confirmed
                           and not exists (select 1 from theme_tag g where g.theme_id = t.id and g.state = 'confirmed')""")
                .param(consultationId).update();
    }

    /** Terms without blanks or repeats, at most {@link #MAX_TERMS}. */
    static String[] terms(List<String> terms) {
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String term : terms) {
            if (term != null && !term.isBlank() && kept.size() < MAX_TERMS) {
                kept.add(term.strip());
            }
        }
        return kept.toArray(String[]::new);
    }
}
