package no.innspill.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statistics' aggregates, each one query over the filtered responses: nothing is read row by row into Java. */
@Repository
class ResponseStatisticsRepository {

    private final JdbcClient jdbc;

    ResponseStatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filtered responses counted by kind, by channel, late, and in all, in one pass (grouping sets). */
    ResponseStatistics.Totals totals(long consultationId, ResponseFilter filter, int[] invited) {
        ResponseFilter.Where where = filter.where(consultationId, () -> invited);
        Map<RespondentKind, Long> byKind = new EnumMap<>(RespondentKind.class);
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        long[] totalAndLate = new long[2];
        jdbc.sql("select grouping(r.respondent_kind) as no_kind, grouping(r.channel) as no_channel, grouping(r.late) as no_late,"
                        + " r.respondent_kind, r.channel, r.late, count(*) as n from response r where " + where.sql()
                        + " group by grouping sets ((r.respondent_kind), (r.channel), (r.late), ())")
                .params(where.params())
                .query(rs -> {
                    long n = rs.getLong("n");
                    if (rs.getInt("no_kind") == 0) {
                        RespondentKind.fromJson(rs.getString("respondent_kind")).ifPresent(kind -> byKind.put(kind, n));
                    } else if (rs.getInt("no_channel") == 0) {
                        Channel.fromJson(rs.getString("channel")).ifPresent(channel -> byChannel.put(channel, n));
                    } else if (rs.getInt("no_late") == 0) {
                        if (rs.getBoolean("late")) {
                            totalAndLate[1] = n;
                        }
                    } else {
                        totalAndLate[0] = n;
                    }
                });
        return new ResponseStatistics.Totals(totalAndLate[0], byKind, byChannel, totalAndLate[1]);
    }

    /** How many of the filtered responses of each kind chose each option, keyed {@code "q1:yes"}. */
    Map<String, Map<RespondentKind, Long>> choicesByKind(long consultationId, ResponseFilter filter, int[] invited) {
        ResponseFilter.Where where = filter.where(consultationId, () -> invited);
        Map<String, Map<RespondentKind, Long>> counts = new HashMap<>();
        jdbc.sql("select c.key, r.respondent_kind, count(*) as n from response r, unnest(r.choice_keys) c(key) where "
                        + where.sql() + " group by c.key, r.respondent_kind")
                .params(where.params())
                .query(rs -> {
                    String key = rs.getString("key");
                    long n = rs.getLong("n");
                    RespondentKind.fromJson(rs.getString("respondent_kind")).ifPresent(kind ->
                            counts.computeIfAbsent(key, k -> new EnumMap<>(RespondentKind.class)).put(kind, n));
                });
        return counts;
    }

    /** How many of the filtered responses attached a file to each attachments question, keyed by question id. */
    Map<String, Long> attachedCounts(long consultationId, ResponseFilter filter, int[] invited) {
        ResponseFilter.Where where = filter.where(consultationId, () -> invited);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select a.question_id, count(distinct r.id) as n from response r join response_attachment a on a.response_id = r.id"
                        + " where a.question_id is not null and " + where.sql() + " group by a.question_id")
                .params(where.params())
                .query(rs -> {
                    counts.put(rs.getString("question_id"), rs.getLong("n"));
                });
        return counts;
    }

    /** The filtered responses per day received, in Europe/Oslo, in date order; days without any are left out. */
    List<ResponseStatistics.Day> perDay(long consultationId, ResponseFilter filter, int[] invited) {
        ResponseFilter.Where where = filter.where(consultationId, () -> invited);
        List<ResponseStatistics.Day> days = new ArrayList<>();
        jdbc.sql("select (r.received_at at time zone 'Europe/Oslo')::date as day, count(*) as n from response r where "
                        + where.sql() + " group by 1 order by 1")
                .params(where.params())
                .query(rs -> {
                    days.add(new ResponseStatistics.Day(rs.getObject("day", LocalDate.class), rs.getLong("n")));
                });
        return days;
    }
}
