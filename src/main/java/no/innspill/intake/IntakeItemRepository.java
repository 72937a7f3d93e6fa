package no.innspill.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.innspill.document.FilledPublication;
import no.innspill.document.Notice;
import no.innspill.form.Answer;
import no.innspill.intake.IntakeItem.Mail;
import no.innspill.intake.IntakeItem.Source;
import no.innspill.intake.IntakeItem.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tables {@code intake_item} and {@code intake_message}. */
@Repository
class IntakeItemRepository {

    private static final String COLUMNS = """
            i.id, i.consultation_id, i.source, i.file_name, i.content_type, i.size_bytes, i.sha256, i.duplicate_of,
            i.status, i.respondent, i.respondent_kind, i.respondent_organisation_number, i.respondent_email, i.contact_name,
            i.contact_phone, i.publication_name, i.publish_online, i.publication_reason, i.answers::text as answers, i.unplaced, i.warnings::text as warnings, i.confidence,
            i.error_code, i.error_detail, i.rejection_reason, i.received_at, i.document_number, i.registered_at,
            m.message_id as mail_message_id, m.sender, m.subject, m.sent_at, m.body_text
            from intake_item i left join intake_message m on m.id = i.message_id""";
    private static final TypeReference<LinkedHashMap<String, Answer>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<List<Notice>> WARNINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IntakeItemRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What to store for one file. */
    record NewItem(long consultationId, Source source, Long messageRowId, String fileName, String contentType,
                   long size, byte[] content, String sha256, Status status, IntakeReading.Read read,
                   String rejectionReason) {
    }

    /** Stores a message unless one with its Message-ID is stored already; empty then. */
    Optional<Long> insertMessage(long consultationId, Mail mail) {
        return jdbc.sql("""
                        insert into intake_message (consultation_id, message_id, sender, subject, sent_at, body_text)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (message_id) do nothing
                        returning id""")
                .params(consultationId, mail.messageId(), mail.sender(), mail.subject(), offset(mail.sentAt()), mail.bodyText())
                .query(Long.class).optional();
    }

    boolean messageExists(String messageId) {
        return jdbc.sql("select exists (select 1 from intake_message where message_id = ?)").param(messageId)
                .query(Boolean.class).single();
    }

    long insert(NewItem item) {
        Long duplicateOf = item.sha256() == null ? null : jdbc.sql(
                        "select id from intake_item where sha256 = ? and content is not null order by id limit 1")
                .param(item.sha256()).query(Long.class).optional().orElse(null);
        var read = item.read();
        var details = read.respondentDetails();
        var publication = read.publication();
        return jdbc.sql("""
                        insert into intake_item (consultation_id, source, message_id, file_name, content_type, size_bytes, content,
                                                 sha256, duplicate_of, status, respondent, respondent_kind,
                                                 respondent_organisation_number, respondent_email, contact_name, contact_phone,
                                                 publication_name, publish_online, publication_reason, answers, unplaced, warnings, confidence, error_code, error_detail, rejection_reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?)
                        returning id""")
                .params(item.consultationId(), item.source().dbValue(), item.messageRowId(), item.fileName(), item.contentType(),
                        item.size(), item.content(), item.sha256(), duplicateOf, item.status().dbValue(),
                        read.respondent(), details.kind(), details.organisationNumber(), details.email(), details.contactName(),
                        details.contactPhone(), publication.name(), publication.notOnline() ? Boolean.FALSE : null, publication.reason(),
                        read.answers().isEmpty() ? null : json.writeValueAsString(read.answers()),
                        read.unplaced(), json.writeValueAsString(read.warnings()), read.confidence(),
                        read.problem() == null ? null : read.problem().code(),
                        read.problem() == null ? null : read.problem().detail(), item.rejectionReason())
                .query(Long.class).single();
    }

    List<IntakeItem> findByConsultation(long consultationId) {
        return jdbc.sql("select " + COLUMNS + " where i.consultation_id = ? order by i.id desc").param(consultationId)
                .query(this::item).list();
    }

    Optional<IntakeItem> find(long consultationId, long id) {
        return jdbc.sql("select " + COLUMNS + " where i.consultation_id = ? and i.id = ?").params(consultationId, id)
                .query(this::item).optional();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("select content from intake_item where id = ? and content is not null").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Marks an item registered unless it is already; false when it was not waiting for review. */
    boolean markRegistered(long id, String documentNumber) {
        return jdbc.sql("""
                        update intake_item
                           set status = 'registered', document_number = ?, registered_at = now()
                         where id = ? and status = 'needs_review'""")
                .params(documentNumber, id).update() == 1;
    }

    boolean isRegistered(long id, String documentNumber) {
        return jdbc.sql("select exists (select 1 from intake_item where id = ? and status = 'registered' and document_number = ?)")
                .params(id, documentNumber).query(Boolean.class).single();
    }

    boolean reject(long id, String reason) {
        return jdbc.sql("update intake_item set status = 'rejected', rejection_reason = ? where id = ? and status = 'needs_review'")
                .params(reason, id).update() == 1;
    }

    private IntakeItem item(ResultSet rs, int row) throws SQLException {
        String answers = rs.getString("answers");
        String warnings = rs.getString("warnings");
        String errorCode = rs.getString("error_code");
        String messageId = rs.getString("mail_message_id");
        Double confidence = rs.getObject("confidence", Double.class);
        Long duplicateOf = rs.getObject("duplicate_of", Long.class);
        Map<String, Answer> read = answers == null ? Map.of() : json.readValue(answers, ANSWERS);
        return new IntakeItem(rs.getLong("id"), rs.getLong("consultation_id"),
                Source.valueOf(rs.getString("source").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                duplicateOf, Status.of(rs.getString("status")), rs.getString("respondent"),
                new Extraction.Respondent(rs.getString("respondent_kind"), rs.getString("respondent"),
                        rs.getString("respondent_organisation_number"), rs.getString("respondent_email"),
                        rs.getString("contact_name"), rs.getString("contact_phone")),
                new FilledPublication(rs.getString("publication_name"), Boolean.FALSE.equals(rs.getObject("publish_online", Boolean.class)),
                        rs.getString("publication_reason")),
                read,
                rs.getString("unplaced"), warnings == null ? List.of() : json.readValue(warnings, WARNINGS),
                confidence,
                errorCode == null ? null : new IntakeProblem(errorCode, rs.getString("error_detail")),
                rs.getString("rejection_reason"), instant(rs, "received_at"), rs.getString("document_number"),
                instant(rs, "registered_at"),
                messageId == null ? null : new Mail(messageId, rs.getString("sender"), rs.getString("subject"),
                        instant(rs, "sent_at"), rs.getString("body_text")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
