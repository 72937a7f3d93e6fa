package no.innspill.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.innspill.form.FormRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code consultation}. */
@Repository
class ConsultationRepository {

    private static final String COLUMNS = """
            id, case_number, title, owner, status, deadline, response_email, email_instructions, form_id, form_version,
            created_at, contact_name, contact_email, contact_phone, publication_date, title_nn, intro_nn, title_en, intro_en, private_names""";

    private final JdbcClient jdbc;

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Consultation> findAll() {
        return jdbc.sql("select " + COLUMNS + " from consultation order by created_at desc, id desc")
                .query(this::map).list();
    }

    /** The consultation of this case, however its number was written when it was created (22/414, 2022/414). */
    Optional<Consultation> findByCaseNumber(CaseNumber caseNumber) {
        return jdbc.sql("select " + COLUMNS + " from consultation where case_year = ? and case_sequence = ?")
                .params(caseNumber.year(), caseNumber.sequence()).query(this::map).optional();
    }

    Optional<Consultation> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from consultation where id = ?").param(id).query(this::map).optional();
    }

    boolean caseNumberTaken(CaseNumber caseNumber) {
        return jdbc.sql("select exists (select 1 from consultation where case_year = ? and case_sequence = ?)")
                .params(caseNumber.year(), caseNumber.sequence()).query(Boolean.class).single();
    }

    /** @return the new consultation, or empty when the case number is taken */
    Optional<Consultation> insert(CaseNumber caseNumber, ConsultationDefinition definition, FormRef form, ConsultationStatus status,
                                  Instant deadline) {
        return jdbc.sql("""
                        insert into consultation (case_number, case_year, case_sequence, title, owner, status, deadline, response_email,
                                                  email_instructions, form_id, form_version, contact_name, contact_email,
                                                  contact_phone, publication_date, title_nn, intro_nn, title_en, intro_en)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (case_year, case_sequence) do nothing
                        returning """ + " " + COLUMNS)
                .params(caseNumber.shortForm(), caseNumber.year(), caseNumber.sequence(), definition.title(), definition.owner(), status.dbValue(), Timestamp.from(deadline),
                        definition.responseEmail(), definition.emailInstructions(), form.formId(), form.version(),
                        definition.contact().name(), definition.contact().email(), definition.contact().phone(),
                        definition.publicationDate(), definition.nynorsk().title(), definition.nynorsk().intro(),
                        definition.english().title(), definition.english().intro())
                .query(this::map).optional();
    }

    /** Writes every detail a case worker edits; the caller checked them. {@code spelling}: the case number as stored. */
    void updateDetails(long id, String spelling, CaseNumber caseNumber, ConsultationDetails.Checked details) {
        jdbc.sql("""
                        update consultation set case_number = ?, case_year = ?, case_sequence = ?, title = ?, owner = ?,
                               contact_name = ?, contact_email = ?, contact_phone = ?, response_email = ?, email_instructions = ?,
                               publication_date = ?, title_nn = ?, intro_nn = ?, title_en = ?, intro_en = ?, private_names = ?
                         where id = ?""")
                .params(spelling, caseNumber.year(), caseNumber.sequence(), details.title(), details.owner(),
                        details.contact().name(), details.contact().email(), details.contact().phone(), details.responseEmail(),
                        details.emailInstructions(), details.publicationDate(), details.nynorsk().title(), details.nynorsk().intro(),
                        details.english().title(), details.english().intro(), details.privateNames().dbValue(), id)
                .update();
    }

    /** Opens it, and its publication date becomes the day it opened; false when it was not in status {@code from}. */
    boolean open(long id, ConsultationStatus from, LocalDate today) {
        return jdbc.sql("""
                        update consultation set status = 'open', status_changed_at = now(), publication_date = ?
                         where id = ? and status = ?""")
                .params(today, id, from.dbValue()).update() == 1;
    }

    /**
     * Opens each scheduled consultation whose publication date has come by {@code today} (its deadline still
     * ahead of {@code now}); with several nodes, the row lock lets one of them open each.
     */
    List<Consultation> openScheduled(LocalDate today, Instant now) {
        return jdbc.sql("update consultation set status = 'open', status_changed_at = ? where status = 'scheduled'"
                        + " and publication_date <= ? and deadline > ? returning " + COLUMNS)
                .params(Timestamp.from(now), today, Timestamp.from(now)).query(this::map).list();
    }

    boolean updateStatus(long id, ConsultationStatus from, ConsultationStatus to) {
        return jdbc.sql("update consultation set status = ?, status_changed_at = now() where id = ? and status = ?")
                .params(to.dbValue(), id, from.dbValue()).update() == 1;
    }

    void updateDeadline(long id, Instant deadline) {
        jdbc.sql("update consultation set deadline = ?, deadline_passed_at = null where id = ?")
                .params(Timestamp.from(deadline), id).update();
    }

    /** @return false when another change moved the consultation to another form version first */
    boolean updateForm(long id, FormRef from, FormRef to) {
        return jdbc.sql("update consultation set form_version = ? where id = ? and form_id = ? and form_version = ?")
                .params(to.version(), id, from.formId(), from.version()).update() == 1;
    }

    /** @return false when it is no longer a draft */
    boolean deleteDraft(long id) {
        return jdbc.sql("delete from consultation where id = ? and status = 'draft'").param(id).update() == 1;
    }

    void logChange(long consultationId, String changedBy, String field, String oldValue, String newValue, String reason) {
        jdbc.sql("""
                        insert into consultation_change (consultation_id, changed_by, field, old_value, new_value, reason)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(consultationId, changedBy, field, oldValue, newValue, reason).update();
    }

    /** The latest changes first, at most {@code limit}. */
    List<ConsultationChange> changes(long consultationId, int limit) {
        return jdbc.sql("""
                        select changed_at, changed_by, field, old_value, new_value, reason from consultation_change
                         where consultation_id = ? order by changed_at desc, id desc limit ?""")
                .params(consultationId, limit)
                .query((rs, row) -> new ConsultationChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                        rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason")))
                .list();
    }

    /**
     * Marks each open consultation whose deadline has passed by {@code now} and was not marked before;
     * with several nodes, the row lock lets one of them win each.
     */
    List<Consultation> markDeadlinesPassed(Instant now) {
        return jdbc.sql("update consultation set deadline_passed_at = ? where status = 'open' and deadline < ?"
                        + " and deadline_passed_at is null returning " + COLUMNS)
                .params(Timestamp.from(now), Timestamp.from(now)).query(this::map).list();
    }

    private Consultation map(ResultSet rs, int row) throws SQLException {
        return new Consultation(rs.getLong("id"), rs.getString("case_number"), rs.getString("title"), rs.getString("owner"),
                ConsultationStatus.fromDb(rs.getString("status")), rs.getTimestamp("deadline").toInstant(),
                rs.getString("response_email"), rs.getString("email_instructions"),
                new FormRef(rs.getLong("form_id"), rs.getInt("form_version")), rs.getTimestamp("created_at").toInstant(),
                new Contact(rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone")),
                rs.getObject("publication_date", LocalDate.class),
                new Translation(rs.getString("title_nn"), rs.getString("intro_nn")),
                new Translation(rs.getString("title_en"), rs.getString("intro_en")),
                PrivateNames.fromDb(rs.getString("private_names")).orElseThrow());
    }
}
