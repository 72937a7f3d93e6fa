package no.innspill.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.innspill.document.ArchivalPdf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code attachment_archive_copy}: like {@link ArchiveCopyRepository}, one row per attached file. */
@Repository
class AttachmentArchiveCopyRepository {

    /** A copy that is due to be made. */
    record Due(long consultationId, int sequenceNumber, int position, String documentNumber, int attempts) {
    }

    /** A file of a registered response. */
    record Requested(int sequenceNumber, int position, String documentNumber) {
    }

    private final JdbcClient jdbc;

    AttachmentArchiveCopyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that copies are due, unless they are recorded already (a redelivered event); one statement. */
    void request(long consultationId, List<Requested> files) {
        if (files.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into attachment_archive_copy (consultation_id, sequence_number, position, document_number, status)
                        select ?, f.sequence_number, f.position, f.document_number, 'pending'
                          from unnest(?::integer[], ?::integer[], ?::text[]) as f (sequence_number, position, document_number)
                         where not exists (select 1 from attachment_archive_copy c where c.consultation_id = ?
                                              and c.sequence_number = f.sequence_number and c.position = f.position)""")
                .params(consultationId, files.stream().map(Requested::sequenceNumber).toArray(Integer[]::new),
                        files.stream().map(Requested::position).toArray(Integer[]::new),
                        files.stream().map(Requested::documentNumber).toArray(String[]::new), consultationId)
                .update();
    }

    List<Due> due(int limit) {
        return jdbc.sql("""
                        select consultation_id, sequence_number, position, document_number, attempts from attachment_archive_copy
                         where status = 'pending' and next_attempt_at <= now()
                         order by next_attempt_at, consultation_id, sequence_number, position limit ?""")
                .param(limit)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getInt(5))).list();
    }

    void store(Due copy, ArchivalPdf pdf) {
        jdbc.sql("""
                        update attachment_archive_copy set status = 'stored', pdf = ?, conversion = ?, conversion_detail = ?,
                               rendered_at = now(), attempts = attempts + 1, last_error = null
                         where consultation_id = ? and sequence_number = ? and position = ? and status = 'pending'""")
                .params(pdf.pdf(), pdf.conversion(), pdf.detail(), copy.consultationId(), copy.sequenceNumber(), copy.position()).update();
    }

    void fail(Due copy, String error, Duration delay, boolean giveUp) {
        jdbc.sql("""
                        update attachment_archive_copy set attempts = attempts + 1, last_error = ?, status = ?,
                               next_attempt_at = now() + make_interval(secs => ?)
                         where consultation_id = ? and sequence_number = ? and position = ? and status = 'pending'""")
                .params(error, giveUp ? "failed" : "pending", delay.toMillis() / 1000.0, copy.consultationId(), copy.sequenceNumber(),
                        copy.position())
                .update();
    }

    Optional<AttachmentArchiveCopy> find(long consultationId, int sequenceNumber, int position) {
        return jdbc.sql("""
                        select document_number, position, status, pdf, conversion, conversion_detail, rendered_at, last_error
                          from attachment_archive_copy where consultation_id = ? and sequence_number = ? and position = ?""")
                .params(consultationId, sequenceNumber, position).query(AttachmentArchiveCopyRepository::copy).optional();
    }

    ArchiveCopyRepository.Counts counts(long consultationId) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where status = 'pending'), count(*) filter (where status = 'failed')
                          from attachment_archive_copy where consultation_id = ?""")
                .param(consultationId).query((rs, n) -> new ArchiveCopyRepository.Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }

    /** The copies of a response's files without their PDFs, by position. */
    Map<Integer, AttachmentArchiveCopy> described(long consultationId, int sequenceNumber) {
        Map<Integer, AttachmentArchiveCopy> copies = new HashMap<>();
        jdbc.sql("""
                        select document_number, position, status, null as pdf, conversion, conversion_detail, rendered_at, last_error
                          from attachment_archive_copy where consultation_id = ? and sequence_number = ?""")
                .params(consultationId, sequenceNumber)
                .query(AttachmentArchiveCopyRepository::copy).list()
                .forEach(copy -> copies.put(copy.position(), copy));
        return copies;
    }

    private static AttachmentArchiveCopy copy(ResultSet rs, int row) throws SQLException {
        OffsetDateTime rendered = rs.getObject("rendered_at", OffsetDateTime.class);
        return new AttachmentArchiveCopy(rs.getString("document_number"), rs.getInt("position"),
                ArchiveCopy.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getBytes("pdf"),
                rs.getString("conversion"), rs.getString("conversion_detail"), rendered == null ? null : rendered.toInstant(),
                rs.getString("last_error"));
    }
}
