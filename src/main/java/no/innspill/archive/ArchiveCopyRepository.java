package no.innspill.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.innspill.response.ResponsesRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code archive_copy}. */
@Repository
class ArchiveCopyRepository {

    /** A copy that is due to be rendered. */
    record Due(long consultationId, int sequenceNumber, String documentNumber, int attempts) {
    }

    private final JdbcClient jdbc;

    ArchiveCopyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that copies are due, unless they are recorded already (a redelivered event); one statement.
     * "not exists" rather than "on conflict": a plain insert costs a third of a speculative one, and two
     * deliveries of one event at once (a unique violation) only make one of them be retried.
     */
    void request(long consultationId, List<ResponsesRegistered.Registration> responses) {
        jdbc.sql("""
                        insert into archive_copy (consultation_id, sequence_number, document_number, status)
                        select ?, registered.sequence_number, registered.document_number, 'pending'
                          from unnest(?::integer[], ?::text[]) as registered (sequence_number, document_number)
                         where not exists (select 1 from archive_copy copy
                                            where copy.consultation_id = ? and copy.sequence_number = registered.sequence_number)""")
                .params(consultationId, responses.stream().map(ResponsesRegistered.Registration::sequenceNumber).toArray(Integer[]::new),
                        responses.stream().map(ResponsesRegistered.Registration::documentNumber).toArray(String[]::new), consultationId)
                .update();
    }

    /** The oldest copies due now, at most {@code limit}. */
    List<Due> due(int limit) {
        return jdbc.sql("""
                        select consultation_id, sequence_number, document_number, attempts from archive_copy
                         where status = 'pending' and next_attempt_at <= now()
                         order by next_attempt_at, consultation_id, sequence_number limit ?""")
                .param(limit)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4))).list();
    }

    void store(Due copy, byte[] pdf) {
        jdbc.sql("""
                        update archive_copy set status = 'stored', pdf = ?, rendered_at = now(), attempts = attempts + 1,
                               last_error = null
                         where consultation_id = ? and sequence_number = ? and status = 'pending'""")
                .params(pdf, copy.consultationId(), copy.sequenceNumber()).update();
    }

    /** Records a failed rendering: tried again after {@code delay}, or given up on. */
    void fail(Due copy, String error, Duration delay, boolean giveUp) {
        jdbc.sql("""
                        update archive_copy set attempts = attempts + 1, last_error = ?, status = ?,
                               next_attempt_at = now() + make_interval(secs => ?)
                         where consultation_id = ? and sequence_number = ? and status = 'pending'""")
                .params(error, giveUp ? "failed" : "pending", delay.toMillis() / 1000.0, copy.consultationId(), copy.sequenceNumber())
                .update();
    }

    Optional<ArchiveCopy> find(long consultationId, int sequenceNumber) {
        return jdbc.sql("select document_number, status, pdf, attempts, rendered_at, last_error from archive_copy"
                        + " where consultation_id = ? and sequence_number = ?")
                .params(consultationId, sequenceNumber).query(this::copy).optional();
    }

    /** How many copies a consultation has in all, waiting and failed. */
    record Counts(int all, int pending, int failed) {
    }

    Counts counts(long consultationId) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where status = 'pending'), count(*) filter (where status = 'failed')
                          from archive_copy where consultation_id = ?""")
                .param(consultationId).query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    int countPending(long consultationId) {
        return jdbc.sql("select count(*) from archive_copy where consultation_id = ? and status = 'pending'")
                .param(consultationId).query(Integer.class).single();
    }

    private ArchiveCopy copy(ResultSet rs, int row) throws SQLException {
        OffsetDateTime rendered = rs.getObject("rendered_at", OffsetDateTime.class);
        return new ArchiveCopy(rs.getString("document_number"),
                ArchiveCopy.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getBytes("pdf"),
                rs.getInt("attempts"), rendered == null ? null : rendered.toInstant(), rs.getString("last_error"));
    }
}
