package no.innspill.analysis;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest suggestion run of each consultation: when it was asked for, started and finished. */
@Repository
class ThemeRunStore {

    /** A run as the themes page shows it. */
    record Run(String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt, boolean failed, Integer themes) {

        public enum State { REQUESTED, RUNNING, FINISHED, FAILED }

        public State state() {
            if (failed) {
                return State.FAILED;
            }
            if (startedAt == null || startedAt.isBefore(requestedAt)) {
                return State.REQUESTED;
            }
            return finishedAt == null ? State.RUNNING : State.FINISHED;
        }

        public boolean underWay() {
            return state() == State.REQUESTED || state() == State.RUNNING;
        }
    }

    private final JdbcClient jdbc;

    ThemeRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Run> find(long consultationId) {
        return jdbc.sql("select requested_by, requested_at, started_at, finished_at, failed, themes from theme_run where consultation_id = ?")
                .param(consultationId)
                .query((rs, row) -> new Run(rs.getString(1), instant(rs, 2), instant(rs, 3), instant(rs, 4), rs.getBoolean(5),
                        (Integer) rs.getObject(6)))
                .optional();
    }

    void request(long consultationId, String staff) {
        jdbc.sql("""
                        insert into theme_run (consultation_id, requested_by, requested_at) values (?, ?, clock_timestamp())
                        on conflict (consultation_id) do update set requested_by = excluded.requested_by, requested_at = excluded.requested_at,
                            failed = false""")
                .params(consultationId, staff).update();
    }

    /** Marks the run started; false when none was asked for. */
    boolean start(long consultationId) {
        return jdbc.sql("update theme_run set started_at = clock_timestamp(), finished_at = null, failed = false, themes = null where consultation_id = ?")
                .param(consultationId).update() > 0;
    }

    /** Marks the run finished; true when another was asked for while it ran. */
    boolean finish(long consultationId, int themes) {
        jdbc.sql("update theme_run set finished_at = clock_timestamp(), themes = ? where consultation_id = ?").params(themes, consultationId).update();
        return jdbc.sql("select requested_at > started_at from theme_run where consultation_id = ?").param(consultationId)
                .query(Boolean.class).single();
    }

    void fail(long consultationId) {
        jdbc.sql("update theme_run set finished_at = clock_timestamp(), failed = true where consultation_id = ?").param(consultationId).update();
    }

    private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
