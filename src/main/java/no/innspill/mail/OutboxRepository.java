package no.innspill.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code outbox_mail} table. Times come from the database's clock, the same for every node. */
@Repository
class OutboxRepository {

    private static final String COLUMNS = """
            id, recipient, subject, text_body, attachments::text as attachments, status, attempts, created_at,
            next_attempt_at, sent_at, last_error""";
    private static final TypeReference<List<AttachmentRef>> ATTACHMENTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OutboxRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(OutgoingMail mail, String status) {
        return jdbc.sql("""
                        insert into outbox_mail (recipient, subject, text_body, attachments, status, next_attempt_at)
                        values (?, ?, ?, ?::jsonb, ?, now())
                        returning id""")
                .params(mail.to(), mail.subject(), mail.textBody(), json.writeValueAsString(mail.attachments()), status)
                .query(Long.class).single();
    }

    List<OutboxEntry> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from outbox_mail order by id desc limit ?")
                .param(limit).query(this::entry).list();
    }

    Optional<OutboxEntry> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from outbox_mail where id = ?").param(id).query(this::entry).optional();
    }

    /**
     * Locks the next mail that is due, skipping mails other deliverers hold locked, so any number of
     * threads and nodes can deliver at once without sending a mail twice. The lock lasts until the
     * caller's transaction ends.
     */
    Optional<OutboxEntry> lockNextDue() {
        return jdbc.sql("select " + COLUMNS + """
                         from outbox_mail
                        where status in ('pending', 'held') and next_attempt_at <= now()
                        order by next_attempt_at, id
                        limit 1
                          for update skip locked""")
                .query(this::entry).optional();
    }

    void markSent(long id) {
        jdbc.sql("""
                        update outbox_mail
                           set status = 'sent', attempts = attempts + 1, sent_at = now(), next_attempt_at = null,
                               last_error = null
                         where id = ?""")
                .param(id).update();
    }

    void markRetry(long id, int attempts, String error, Duration delay) {
        jdbc.sql("""
                        update outbox_mail
                           set status = 'pending', attempts = ?, last_error = ?,
                               next_attempt_at = now() + make_interval(secs => ?)
                         where id = ?""")
                .params(attempts, error, delay.toMillis() / 1000.0, id).update();
    }

    void markFailed(long id, int attempts, String error) {
        jdbc.sql("""
                        update outbox_mail
                           set status = 'failed', attempts = ?, last_error = ?, next_attempt_at = null
                         where id = ?""")
                .params(attempts, error, id).update();
    }

    /** Marks mail waiting to be sent as held, where no SMTP server is configured; returns how many. */
    int holdPending() {
        return jdbc.sql("update outbox_mail set status = 'held' where status = 'pending'").update();
    }

    private OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("text_body"), json.readValue(rs.getString("attachments"), ATTACHMENTS),
                rs.getString("status"), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "next_attempt_at"), instant(rs, "sent_at"), rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
