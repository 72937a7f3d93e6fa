package no.innspill.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tags on answers (a run's suggestions, each analyst's own) and the analysts' codings. */
@Repository
class TagStore {

    private final JdbcClient jdbc;

    TagStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A run's suggestion of the theme for these responses' answers, for every analyst. */
    void suggest(long consultationId, String answerId, long themeId, int[] sequenceNumbers) {
        jdbc.sql("""
                        insert into theme_tag (consultation_id, answer_id, sequence_number, theme_id, analyst, state)
                        select ?, ?, n, ?, null, 'suggested' from unnest(?) as n on conflict do nothing""")
                .params(consultationId, answerId, themeId, sequenceNumbers).update();
    }

    /** The responses with a tag of this theme that no one rejected: the theme's members. */
    Set<Integer> members(long themeId) {
        return new HashSet<>(jdbc.sql("select distinct sequence_number from theme_tag where theme_id = ? and state <> 'rejected'")
                .param(themeId).query(Integer.class).list());
    }

    /** Gives the tags of one theme to another; where the other already has the same tag, it is confirmed if either was. */
    void move(long fromTheme, long toTheme) {
        jdbc.sql("""
                        update theme_tag d set state = 'confirmed' where d.theme_id = ? and d.state <> 'confirmed' and exists (
                            select 1 from theme_tag s where s.theme_id = ? and s.state = 'confirmed' and s.sequence_number = d.sequence_number
                               and s.answer_id = d.answer_id and coalesce(s.analyst, '') = coalesce(d.analyst, ''))""")
                .params(toTheme, fromTheme).update();
        jdbc.sql("""
                        delete from theme_tag s where s.theme_id = ? and exists (
                            select 1 from theme_tag d where d.theme_id = ? and d.sequence_number = s.sequence_number
                               and d.answer_id = s.answer_id and coalesce(d.analyst, '') = coalesce(s.analyst, ''))""")
                .params(fromTheme, toTheme).update();
        jdbc.sql("update theme_tag set theme_id = ? where theme_id = ?").params(toTheme, fromTheme).update();
    }

    /** Copies the tags of one theme on these responses to another (splitting a theme). */
    void copy(long fromTheme, long toTheme, int[] sequenceNumbers) {
        jdbc.sql("""
                        insert into theme_tag (consultation_id, answer_id, sequence_number, theme_id, analyst, state, score, tagged_at)
                        select consultation_id, answer_id, sequence_number, ?, analyst, state, score, tagged_at from theme_tag
                         where theme_id = ? and sequence_number = any(?) on conflict do nothing""")
                .params(toTheme, fromTheme, sequenceNumbers).update();
    }

    /** The run's suggested themes of one response's answer. */
    Set<Long> suggested(long consultationId, String answerId, int sequenceNumber) {
        return new HashSet<>(jdbc.sql("""
                        select theme_id from theme_tag where consultation_id = ? and answer_id = ? and sequence_number = ?
                           and analyst is null""")
                .params(consultationId, answerId, sequenceNumber).query(Long.class).list());
    }

    /** What this analyst decided for one answer, if they coded it. */
    record Coded(Set<Long> themes, boolean noTheme) {
    }

    java.util.Optional<Coded> coded(long consultationId, String answerId, int sequenceNumber, String analyst) {
        boolean coded = jdbc.sql("select count(*) from theme_coding where consultation_id = ? and answer_id = ? and sequence_number = ? and analyst = ?")
                .params(consultationId, answerId, sequenceNumber, analyst).query(Integer.class).single() > 0;
        if (!coded) {
            return java.util.Optional.empty();
        }
        Set<Long> themes = new HashSet<>();
        boolean[] none = {false};
        jdbc.sql("""
                        select theme_id from theme_tag where consultation_id = ? and answer_id = ? and sequence_number = ?
                           and analyst = ? and state = 'confirmed'""")
                .params(consultationId, answerId, sequenceNumber, analyst)
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (rs.wasNull()) {
                        none[0] = true;
                    } else {
                        themes.add(id);
                    }
                });
        return java.util.Optional.of(new Coded(themes, none[0]));
    }

    /**
     * Stores one analyst's coding of one answer, replacing their earlier one: the themes they confirmed (none: an explicit
     * "no theme"), and the suggestions they turned down as rejected.
     */
    void code(long consultationId, String answerId, int sequenceNumber, String analyst, String text, Set<Long> themes, Set<Long> rejected) {
        jdbc.sql("delete from theme_tag where consultation_id = ? and answer_id = ? and sequence_number = ? and analyst = ?")
                .params(consultationId, answerId, sequenceNumber, analyst).update();
        jdbc.sql("""
                        insert into theme_coding (consultation_id, answer_id, sequence_number, analyst, text) values (?, ?, ?, ?, ?)
                        on conflict (consultation_id, answer_id, sequence_number, analyst) do update set text = excluded.text, coded_at = now()""")
                .params(consultationId, answerId, sequenceNumber, analyst, text).update();
        String insert = """
                insert into theme_tag (consultation_id, answer_id, sequence_number, theme_id, analyst, state) values (?, ?, ?, ?, ?, ?)""";
        if (themes.isEmpty()) {
            jdbc.sql(insert).params(consultationId, answerId, sequenceNumber, null, analyst, "confirmed").update();
        }
        for (long theme : themes) {
            jdbc.sql(insert).params(consultationId, answerId, sequenceNumber, theme, analyst, "confirmed").update();
        }
        for (long theme : rejected) {
            if (!themes.contains(theme)) {
                jdbc.sql(insert).params(consultationId, answerId, sequenceNumber, theme, analyst, "rejected").update();
            }
        }
    }

    /** Which of these responses' answers this analyst has coded. */
    Set<Integer> codedAmong(long consultationId, String answerId, String analyst, int[] sequenceNumbers) {
        return new HashSet<>(jdbc.sql("""
                        select sequence_number from theme_coding where consultation_id = ? and answer_id = ? and analyst = ?
                           and sequence_number = any(?)""")
                .params(consultationId, answerId, analyst, sequenceNumbers).query(Integer.class).list());
    }

    int codedCount(long consultationId, String answerId, String analyst) {
        return jdbc.sql("select count(*) from theme_coding where consultation_id = ? and answer_id = ? and analyst = ?")
                .params(consultationId, answerId, analyst).query(Integer.class).single();
    }

    /** This analyst's latest codings, as examples to learn from: the text they saw and the ids of the themes they confirmed. */
    List<ThemeClassifier.Labelled> examples(long consultationId, String answerId, String analyst, int limit) {
        return jdbc.sql("""
                        select c.text, array_remove(array_agg(t.theme_id), null) from theme_coding c
                          left join theme_tag t on t.consultation_id = c.consultation_id and t.answer_id = c.answer_id
                               and t.sequence_number = c.sequence_number and t.analyst = c.analyst and t.state = 'confirmed'
                         where c.consultation_id = ? and c.answer_id = ? and c.analyst = ?
                         group by c.sequence_number, c.text, c.coded_at order by c.coded_at desc, c.sequence_number limit ?""")
                .params(consultationId, answerId, analyst, limit)
                .query((rs, row) -> {
                    Set<String> themes = new HashSet<>();
                    for (Object id : (Object[]) rs.getArray(2).getArray()) {
                        themes.add(String.valueOf(id));
                    }
                    return new ThemeClassifier.Labelled(rs.getString(1), themes);
                }).list();
    }

    /** For each pair of analysts and each theme: how often, on the answers both coded, both, only one or neither gave it. */
    record PairCounts(String first, String second, long themeId, CohenKappa counts) {
    }

    List<PairCounts> agreement(long consultationId, String answerId) {
        return jdbc.sql("""
                        with shared as (
                            select a.analyst as first, b.analyst as second, a.sequence_number from theme_coding a
                              join theme_coding b on b.consultation_id = a.consultation_id and b.answer_id = a.answer_id
                                   and b.sequence_number = a.sequence_number and a.analyst < b.analyst
                             where a.consultation_id = ? and a.answer_id = ?),
                        tagged as (
                            select s.first, s.second, th.id as theme_id,
                                   exists (select 1 from theme_tag g where g.consultation_id = th.consultation_id and g.answer_id = th.answer_id
                                           and g.sequence_number = s.sequence_number and g.analyst = s.first and g.theme_id = th.id
                                           and g.state = 'confirmed') as by_first,
                                   exists (select 1 from theme_tag g where g.consultation_id = th.consultation_id and g.answer_id = th.answer_id
                                           and g.sequence_number = s.sequence_number and g.analyst = s.second and g.theme_id = th.id
                                           and g.state = 'confirmed') as by_second
                              from shared s cross join theme th where th.consultation_id = ? and th.answer_id = ?)
                        select first, second, theme_id, count(*) filter (where by_first and by_second),
                               count(*) filter (where by_first and not by_second), count(*) filter (where by_second and not by_first), count(*)
                          from tagged group by first, second, theme_id order by first, second, theme_id""")
                .params(consultationId, answerId, consultationId, answerId)
                .query((rs, row) -> new PairCounts(rs.getString(1), rs.getString(2), rs.getLong(3),
                        new CohenKappa(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7))))
                .list();
    }

    /** How many answers each pair of analysts both coded (also when there are no themes yet to measure). */
    Map<List<String>, Integer> sharedCounts(long consultationId, String answerId) {
        Map<List<String>, Integer> shared = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.analyst, b.analyst, count(*) from theme_coding a
                          join theme_coding b on b.consultation_id = a.consultation_id and b.answer_id = a.answer_id
                               and b.sequence_number = a.sequence_number and a.analyst < b.analyst
                         where a.consultation_id = ? and a.answer_id = ? group by a.analyst, b.analyst order by 1, 2""")
                .params(consultationId, answerId)
                .query(rs -> {
                    shared.put(List.of(rs.getString(1), rs.getString(2)), rs.getInt(3));
                });
        return shared;
    }
}
