package no.innspill.analysis;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code analysis_input}: inputs by id, per response, and as keyset pages of a case in document order. */
@Repository
class CodedInputRepository {

    private static final String COLUMNS = "id, consultation_id, sequence_number, answer_id, passage_start, passage_end, passage, "
            + "concerns_parts, concerns_refs, disposition, assessment, analyst, created_at, changed_at";

    private final JdbcClient jdbc;

    CodedInputRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields an analyst sets; the rest the database keeps. */
    record Fields(int sequenceNumber, String answerId, int start, int end, String passage, List<String> parts, List<String> references,
                  Disposition disposition, String assessment, String analyst) {
    }

    CodedInput insert(long consultationId, Fields f) {
        return jdbc.sql("insert into analysis_input (consultation_id, sequence_number, answer_id, passage_start, passage_end, passage,"
                        + " concerns_parts, concerns_refs, disposition, assessment, analyst) values (?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?)"
                        + " returning " + COLUMNS)
                .params(consultationId, f.sequenceNumber(), f.answerId(), f.start(), f.end(), f.passage(), f.parts().toArray(String[]::new),
                        f.references().toArray(String[]::new), DispositionNames.jsonName(f.disposition()), f.assessment(), f.analyst())
                .query(this::map).single();
    }

    Optional<CodedInput> update(long consultationId, long id, Fields f) {
        return jdbc.sql("update analysis_input set sequence_number = ?, answer_id = ?, passage_start = ?, passage_end = ?, passage = ?,"
                        + " concerns_parts = ?::text[], concerns_refs = ?::text[], disposition = ?, assessment = ?, analyst = ?, changed_at = greatest(now(), created_at)"
                        + " where consultation_id = ? and id = ? returning " + COLUMNS)
                .params(f.sequenceNumber(), f.answerId(), f.start(), f.end(), f.passage(), f.parts().toArray(String[]::new),
                        f.references().toArray(String[]::new), DispositionNames.jsonName(f.disposition()), f.assessment(), f.analyst(),
                        consultationId, id)
                .query(this::map).optional();
    }

    boolean delete(long consultationId, long id) {
        return jdbc.sql("delete from analysis_input where consultation_id = ? and id = ?").params(consultationId, id).update() == 1;
    }

    Optional<CodedInput> find(long consultationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from analysis_input where consultation_id = ? and id = ?")
                .params(consultationId, id).query(this::map).optional();
    }

    List<CodedInput> ofResponse(long consultationId, int sequenceNumber) {
        return jdbc.sql("select " + COLUMNS + " from analysis_input where consultation_id = ? and sequence_number = ?"
                        + " order by passage_start, id")
                .params(consultationId, sequenceNumber).query(this::map).list();
    }

    /** A position in document order: after (or before) this response's input. */
    record Key(int sequenceNumber, long id) {
    }

    /** Up to {@code limit} inputs after {@code after} (before it when {@code backwards}, still returned in document order). */
    List<CodedInput> page(long consultationId, InputFilter filter, Key after, boolean backwards, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from analysis_input where consultation_id = ?");
        List<Object> params = new ArrayList<>(List.of(consultationId));
        where(filter, sql, params);
        if (after != null) {
            sql.append(backwards ? " and (sequence_number, id) < (?, ?)" : " and (sequence_number, id) > (?, ?)");
            params.add(after.sequenceNumber());
            params.add(after.id());
        }
        sql.append(backwards ? " order by sequence_number desc, id desc" : " order by sequence_number, id").append(" limit ?");
        params.add(limit);
        List<CodedInput> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(this::map).list());
        if (backwards) {
            java.util.Collections.reverse(rows);
        }
        return rows;
    }

    /** How many inputs the filter's part holds, per disposition ({@code null} for undecided); the disposition filter left out. */
    Map<Disposition, Long> countByDisposition(long consultationId, InputFilter filter) {
        StringBuilder sql = new StringBuilder("select disposition, count(*) as n from analysis_input where consultation_id = ?");
        List<Object> params = new ArrayList<>(List.of(consultationId));
        where(new InputFilter(filter.part(), null, filter.belonging()), sql, params);
        sql.append(" group by disposition");
        Map<Disposition, Long> counts = new java.util.HashMap<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            String name = rs.getString("disposition");
            counts.put(name == null ? null : DispositionNames.fromJson(name).orElseThrow(), rs.getLong("n"));
        });
        return counts;
    }

    private static void where(InputFilter filter, StringBuilder sql, List<Object> params) {
        if (filter.part() != null && filter.belonging()) {
            sql.append(" and (concerns_parts && ?::text[] or (cardinality(concerns_parts) = 0 and answer_id = ?))");
            params.addAll(List.of(new String[] {filter.part()}, filter.part()));
        } else if (filter.part() != null) {
            // the part itself and, for a question, its parts: q2 holds q2.goal1
            sql.append(" and (answer_id = ? or starts_with(answer_id, ?) or concerns_parts && ?::text[]"
                    + " or exists (select 1 from unnest(concerns_parts) c where starts_with(c, ?)))");
            String prefix = filter.part() + ".";
            params.addAll(List.of(filter.part(), prefix, new String[] {filter.part()}, prefix));
        }
        if (DispositionNames.UNDECIDED.equals(filter.disposition())) {
            sql.append(" and disposition is null");
        } else if (filter.disposition() != null) {
            sql.append(" and disposition = ?");
            params.add(filter.disposition());
        }
    }

    /** Every input the filter holds in document order, read in keyset pages of {@code chunk}: memory holds one page. */
    void forEachPage(long consultationId, InputFilter filter, int chunk, Consumer<List<CodedInput>> each) {
        Key after = null;
        while (true) {
            List<CodedInput> rows = page(consultationId, filter, after, false, chunk);
            if (rows.isEmpty()) {
                return;
            }
            each.accept(rows);
            if (rows.size() < chunk) {
                return;
            }
            CodedInput last = rows.get(rows.size() - 1);
            after = new Key(last.sequenceNumber(), last.id());
        }
    }

    private CodedInput map(ResultSet rs, int row) throws SQLException {
        String disposition = rs.getString("disposition");
        return new CodedInput(rs.getLong("id"), rs.getLong("consultation_id"), rs.getInt("sequence_number"), rs.getString("answer_id"),
                rs.getInt("passage_start"), rs.getInt("passage_end"), rs.getString("passage"), strings(rs.getArray("concerns_parts")),
                strings(rs.getArray("concerns_refs")), disposition == null ? null : DispositionNames.fromJson(disposition).orElseThrow(),
                rs.getString("assessment"), rs.getString("analyst"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("changed_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
