package no.innspill.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InviteeRepository {

    private static final String COLUMNS = "id, consultation_id, name, organisation_number, email, kind, token, invited_at, reminded_at, draft_token";

    private final JdbcClient jdbc;

    InviteeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sequence numbers of the responses that answer an invitee, in order. */
    int[] answeredSequenceNumbers(long consultationId) {
        return jdbc.sql("select sequence_number from invitee_response where consultation_id = ? order by sequence_number")
                .param(consultationId).query(Integer.class).list().stream().mapToInt(Integer::intValue).toArray();
    }

    Invitees.Answered countAnswered(long consultationId) {
        return jdbc.sql("select count(*) as invited, count(*) filter (where exists (select 1 from invitee_response ir"
                        + " where ir.invitee_id = i.id)) as answered from invitee i where i.consultation_id = ?")
                .param(consultationId)
                .query((rs, row) -> new Invitees.Answered(rs.getLong("invited"), rs.getLong("answered"))).single();
    }

    /** The list sorted by name, each with its responses. */
    List<Invitee> list(long consultationId) {
        Map<Long, List<Invitee.Answer>> answers = jdbc.sql("select invitee_id, sequence_number, document_number, manual"
                        + " from invitee_response where consultation_id = ? order by sequence_number")
                .param(consultationId)
                .query((rs, row) -> Map.entry(rs.getLong("invitee_id"),
                        new Invitee.Answer(rs.getInt("sequence_number"), rs.getString("document_number"), rs.getBoolean("manual"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select " + COLUMNS + " from invitee where consultation_id = ? order by lower(name), id")
                .param(consultationId).query(this::map).list().stream()
                .map(invitee -> invitee.withResponses(answers.getOrDefault(invitee.id(), List.of())))
                .toList();
    }

    Optional<Invitee> findByToken(String token) {
        return jdbc.sql("select " + COLUMNS + " from invitee where token = ?").param(token).query(this::map).optional();
    }

    Optional<Invitee> find(long consultationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from invitee where consultation_id = ? and id = ?")
                .params(consultationId, id).query(this::map).optional();
    }

    long insert(long consultationId, InviteeEntry entry, String token) {
        return jdbc.sql("insert into invitee (consultation_id, name, organisation_number, email, kind, token) values (?, ?, ?, ?, ?, ?) returning id")
                .params(consultationId, entry.name(), entry.organisationNumber(), entry.email(), entry.kind().code(), token)
                .query(Long.class).single();
    }

    void update(long id, InviteeEntry entry) {
        jdbc.sql("update invitee set name = ?, organisation_number = ?, email = ?, kind = ? where id = ?")
                .params(entry.name(), entry.organisationNumber(), entry.email(), entry.kind().code(), id).update();
    }

    /** Frees the unique keys of rows about to be rewritten, so two rows may swap an address in one transaction. */
    void clearKeys(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update invitee set organisation_number = null, email = null where id = any(?)")
                    .param(ids.toArray(Long[]::new)).update();
        }
    }

    void deleteExcept(long consultationId, List<Long> keep) {
        jdbc.sql("delete from invitee where consultation_id = ? and not (id = any(?))")
                .params(consultationId, keep.toArray(Long[]::new)).update();
    }

    boolean delete(long consultationId, long id) {
        return jdbc.sql("delete from invitee where consultation_id = ? and id = ?").params(consultationId, id).update() == 1;
    }

    void setDraftToken(long id, String draftToken) {
        jdbc.sql("update invitee set draft_token = ? where id = ?").params(draftToken, id).update();
    }

    /** Claims the invitation: true for the one transaction that sets it, so it is sent once. */
    boolean claimInvitation(long id) {
        return jdbc.sql("update invitee set invited_at = now() where id = ? and invited_at is null").param(id).update() == 1;
    }

    /** Claims the reminder, the same way; only for an invitee invited, with an address, and not answered. */
    boolean claimReminder(long id) {
        return jdbc.sql("""
                update invitee i set reminded_at = now() where i.id = ? and i.reminded_at is null and i.invited_at is not null
                  and i.email is not null and not exists (select 1 from invitee_response r where r.invitee_id = i.id)""")
                .param(id).update() == 1;
    }

    /** Links a response to an invitee; a response answers one invitee, and a manual link overrides a match. */
    void link(long consultationId, int sequenceNumber, String documentNumber, long inviteeId, boolean manual) {
        jdbc.sql("""
                insert into invitee_response (consultation_id, sequence_number, invitee_id, document_number, manual) values (?, ?, ?, ?, ?)
                on conflict (consultation_id, sequence_number) do update set invitee_id = excluded.invitee_id, manual = excluded.manual
                  where excluded.manual""")
                .params(consultationId, sequenceNumber, inviteeId, documentNumber, manual).update();
    }

    boolean unlink(long consultationId, long inviteeId, int sequenceNumber) {
        return jdbc.sql("delete from invitee_response where consultation_id = ? and invitee_id = ? and sequence_number = ?")
                .params(consultationId, inviteeId, sequenceNumber).update() == 1;
    }

    Optional<Long> findByOrganisationNumber(long consultationId, String organisationNumber) {
        return jdbc.sql("select id from invitee where consultation_id = ? and organisation_number = ?")
                .params(consultationId, organisationNumber).query(Long.class).optional();
    }

    Optional<Long> findByEmail(long consultationId, String email) {
        return jdbc.sql("select id from invitee where consultation_id = ? and lower(email) = lower(?)")
                .params(consultationId, email).query(Long.class).optional();
    }

    Optional<Integer> reminderDays(long consultationId) {
        return jdbc.sql("select reminder_days from invitation_setting where consultation_id = ?")
                .param(consultationId).query((rs, row) -> (Integer) rs.getObject("reminder_days")).optional()
                .flatMap(Optional::ofNullable);
    }

    void setReminderDays(long consultationId, Integer days) {
        jdbc.sql("insert into invitation_setting (consultation_id, reminder_days) values (?, ?)"
                        + " on conflict (consultation_id) do update set reminder_days = excluded.reminder_days")
                .params(consultationId, days).update();
    }

    /** Consultations whose reminder moment has come: those with a setting and invitees. */
    List<Long> consultationsWithReminders() {
        return jdbc.sql("select consultation_id from invitation_setting where reminder_days is not null")
                .query(Long.class).list();
    }

    /** Invitees due a reminder: invited, with an address, not reminded, not answered. */
    List<Invitee> dueReminder(long consultationId) {
        return jdbc.sql("select " + COLUMNS + " from invitee i where consultation_id = ? and invited_at is not null and reminded_at is null"
                        + " and email is not null and not exists (select 1 from invitee_response r where r.invitee_id = i.id) order by id")
                .param(consultationId).query(this::map).list();
    }

    private Invitee map(ResultSet rs, int row) throws SQLException {
        return new Invitee(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("name"), rs.getString("organisation_number"),
                rs.getString("email"), InviteeKind.fromCode(rs.getString("kind")), rs.getString("token"),
                instant(rs.getTimestamp("invited_at")), instant(rs.getTimestamp("reminded_at")), rs.getString("draft_token"), List.of());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
