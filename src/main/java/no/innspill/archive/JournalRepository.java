package no.innspill.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code journal_counter}, {@code journal_entry}, {@code journal_party}, {@code journal_document}, {@code journal_change}, {@code journal_case}. */
@Repository
class JournalRepository {

    static final String ENTRY_COLUMNS = """
            e.id, e.system_id, e.consultation_id, e.case_number, e.entry_number, e.document_number, e.journal_year, e.journal_sequence,
            e.entry_type, e.status, e.journal_date, e.document_date, e.received_at, e.sent_at, e.title, e.public_title,
            e.screen_sender_name, e.screen_title_words, e.screening_basis, e.response_sequence, e.consultation_document_id,
            e.superseded_by, e.created_at, e.created_by""";

    private final JdbcClient jdbc;

    JournalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes {@code count} running numbers of the journal year, under the counter row's lock; returns the first. */
    int reserveSequence(int journalYear, int count) {
        return jdbc.sql("""
                        insert into journal_counter (journal_year, last_sequence) values (?, ?)
                        on conflict (journal_year) do update set last_sequence = journal_counter.last_sequence + excluded.last_sequence
                        returning last_sequence""")
                .params(journalYear, count).query(Integer.class).single() - count + 1;
    }

    /** The case's saksmappe systemID, made on first use. */
    UUID caseSystemId(long consultationId) {
        jdbc.sql("insert into journal_case (consultation_id, system_id) values (?, ?) on conflict (consultation_id) do nothing")
                .params(consultationId, UUID.randomUUID()).update();
        return jdbc.sql("select system_id from journal_case where consultation_id = ?").param(consultationId)
                .query(UUID.class).single();
    }

    /**
     * Locks the case (its saksmappe row, made on first use) until the transaction ends, so that two
     * transactions journalling the case's own documents take turns.
     */
    void lockCase(long consultationId) {
        caseSystemId(consultationId);
        jdbc.sql("select consultation_id from journal_case where consultation_id = ? for update").param(consultationId)
                .query(Long.class).single();
    }

    /** The ids of the case's own documents that have an entry already. */
    Set<Long> journalledDocuments(long consultationId) {
        return Set.copyOf(jdbc.sql("select consultation_document_id from journal_entry where consultation_id = ? and consultation_document_id is not null")
                .param(consultationId).query(Long.class).list());
    }

    /** Sets what of an entry is screened, in one statement (a basis exactly when something is screened); the caller logs it. */
    void changeScreening(JournalEntry entry, Screening screening) {
        jdbc.sql("update journal_entry set screen_sender_name = ?, screen_title_words = ?, screening_basis = ? where id = ?")
                .params(screening.senderName(), screening.titleWords(), screening.basis(), entry.id()).update();
    }

    /** Locks an entry's row until the transaction ends: two changes of one entry take turns. */
    void lockEntry(long entryId) {
        jdbc.sql("select id from journal_entry where id = ? for update").param(entryId).query(Long.class).single();
    }

    /** Sets the name of one party of an entry and logs the change, in the caller's transaction. */
    void changePartyName(JournalEntry entry, int position, String oldName, String newName, String field, String who) {
        jdbc.sql("update journal_party set name = ? where entry_id = ? and position = ?").params(newName, entry.id(), position).update();
        logChange(entry.id(), field, oldName, newName, who);
    }

    /** Which of these responses of the case have an entry already (a redelivered event finds them). */
    Set<Integer> journalledResponses(long consultationId, Collection<Integer> sequenceNumbers) {
        return Set.copyOf(jdbc.sql("select response_sequence from journal_entry where consultation_id = ? and response_sequence = any(?)")
                .params(consultationId, sequenceNumbers.toArray(Integer[]::new)).query(Integer.class).list());
    }

    long insert(JournalEntry entry) {
        long id = jdbc.sql("""
                        insert into journal_entry (system_id, consultation_id, case_number, entry_number, document_number, journal_year,
                               journal_sequence, entry_type, status, journal_date, document_date, received_at, sent_at, title, public_title,
                               screen_sender_name, screen_title_words, screening_basis, response_sequence, consultation_document_id,
                               superseded_by, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(entry.systemId(), entry.consultationId(), entry.caseNumber(), entry.entryNumber(), entry.documentNumber(),
                        entry.journalYear(), entry.journalSequence(), entry.type().dbValue(), entry.status().dbValue(), entry.journalDate(),
                        entry.documentDate(), timestamp(entry.receivedAt()), timestamp(entry.sentAt()), entry.title(), entry.publicTitle(),
                        entry.screening().senderName(), entry.screening().titleWords(), entry.screening().basis(), entry.responseSequence(),
                        entry.consultationDocumentId(), entry.supersededBy(), entry.createdBy())
                .query(Long.class).single();
        for (JournalParty party : entry.parties()) {
            jdbc.sql("""
                            insert into journal_party (entry_id, position, party_type, name, organisation_number, email, private_person)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, party.position(), party.type().dbValue(), party.name(), party.organisationNumber(), party.email(),
                            party.privatePerson())
                    .update();
        }
        for (JournalDocument document : entry.documents()) {
            jdbc.sql("""
                            insert into journal_document (entry_id, document_number, role, title, source, source_ref, description_system_id,
                                   object_system_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, document.documentNumber(), document.role().dbValue(), document.title(), document.source().dbValue(),
                            document.sourceRef(), document.descriptionSystemId(), document.objectSystemId())
                    .update();
        }
        return id;
    }

    Optional<JournalEntry> find(long consultationId, int entryNumber) {
        return withDetails(jdbc.sql("select " + ENTRY_COLUMNS + " from journal_entry e where e.consultation_id = ? and e.entry_number = ?")
                .params(consultationId, entryNumber).query(JournalRepository::entry).list()).stream().findFirst();
    }

    Optional<JournalEntry> findByResponse(long consultationId, int responseSequence) {
        return withDetails(jdbc.sql("select " + ENTRY_COLUMNS + " from journal_entry e where e.consultation_id = ? and e.response_sequence = ?")
                .params(consultationId, responseSequence).query(JournalRepository::entry).list()).stream().findFirst();
    }

    /** The case's entries in entry-number order after {@code afterEntry}, at most {@code limit}, with parties and documents. */
    List<JournalEntry> page(long consultationId, int afterEntry, int limit) {
        return withDetails(jdbc.sql("select " + ENTRY_COLUMNS
                        + " from journal_entry e where e.consultation_id = ? and e.entry_number > ? order by e.entry_number limit ?")
                .params(consultationId, afterEntry, limit).query(JournalRepository::entry).list());
    }

    int countIncoming(long consultationId) {
        return jdbc.sql("select count(*) from journal_entry where consultation_id = ? and entry_type = 'incoming'").param(consultationId)
                .query(Integer.class).single();
    }

    int count(long consultationId) {
        return jdbc.sql("select count(*) from journal_entry where consultation_id = ?").param(consultationId).query(Integer.class).single();
    }

    /** Sets one column of an entry and logs the change, in the caller's transaction. */
    void change(JournalEntry entry, String column, Object value, String field, String oldValue, String newValue, String who) {
        jdbc.sql("update journal_entry set " + column + " = ? where id = ?").params(value, entry.id()).update();
        logChange(entry.id(), field, oldValue, newValue, who);
    }

    /**
     * Sets {@code superseded_by} of the case's entry {@code entryNumber} to {@code revision} unless it has a value; the
     * entry's id when it was set now, empty when it had one already (a redelivered event) or there is no such entry.
     */
    Optional<Long> markSuperseded(long consultationId, int entryNumber, int revision) {
        return jdbc.sql("update journal_entry set superseded_by = ? where consultation_id = ? and entry_number = ? and superseded_by is null"
                        + " returning id")
                .params(revision, consultationId, entryNumber).query(Long.class).optional();
    }

    void logChange(long entryId, String field, String oldValue, String newValue, String who) {
        jdbc.sql("insert into journal_change (system_id, entry_id, field, old_value, new_value, changed_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), entryId, field, oldValue, newValue, who).update();
    }

    List<JournalChange> changes(long entryId) {
        return jdbc.sql("""
                        select id, system_id, entry_id, field, old_value, new_value, changed_at, changed_by
                          from journal_change where entry_id = ? order by id""")
                .param(entryId).query(JournalRepository::change).list();
    }

    /** The changes of a case's entries in the order they were made, after change {@code afterId}, at most {@code limit}. */
    List<JournalChange> changesOfCase(long consultationId, long afterId, int limit) {
        return jdbc.sql("""
                        select c.id, c.system_id, c.entry_id, c.field, c.old_value, c.new_value, c.changed_at, c.changed_by
                          from journal_change c join journal_entry e on e.id = c.entry_id
                         where e.consultation_id = ? and c.id > ? order by c.id limit ?""")
                .params(consultationId, afterId, limit).query(JournalRepository::change).list();
    }

    /** The case's entries summed up in SQL: the highest entry number, counts, first and last journal date, any screening. */
    Journal.Extent extent(long consultationId) {
        return jdbc.sql("""
                        select coalesce(max(e.entry_number), 0), count(*), min(e.journal_date), max(e.journal_date),
                               coalesce(bool_or(e.screen_sender_name or e.screen_title_words), false),
                               count(*) filter (where e.entry_type = 'incoming'),
                               (select count(*) from journal_document d join journal_entry de on de.id = d.entry_id
                                 where de.consultation_id = ?)
                          from journal_entry e where e.consultation_id = ?""")
                .params(consultationId, consultationId)
                .query((rs, n) -> new Journal.Extent(rs.getInt(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getInt(6), rs.getInt(7)))
                .single();
    }

    /**
     * Sets every entry of the case up to {@code upToEntry} that is neither «Arkivert» nor «Utgår» to «Arkivert», logging each
     * change (journalstatus, old → new) in one statement; returns how many changed.
     */
    int archiveAll(long consultationId, int upToEntry, String who) {
        return jdbc.sql("""
                        with due as (
                            select id, status from journal_entry
                             where consultation_id = ? and entry_number <= ? and status not in ('arkivert', 'utgaar')
                             for update),
                        changed as (
                            update journal_entry e set status = 'arkivert' from due where e.id = due.id returning e.id, due.status as old)
                        insert into journal_change (system_id, entry_id, field, old_value, new_value, changed_by)
                        select gen_random_uuid(), id, 'journalstatus',
                               case old when 'journalfoert' then 'Journalført' when 'ekspedert' then 'Ekspedert' else old end, 'Arkivert', ?
                          from changed order by id""")
                .params(consultationId, upToEntry, who).update();
    }

    /** The case's entries up to entry {@code upToEntry} in journal order (year, running number) after the given one. */
    List<JournalEntry> pageInJournalOrder(long consultationId, int afterYear, int afterSequence, int upToEntry, int limit) {
        return withDetails(jdbc.sql("select " + ENTRY_COLUMNS + """
                         from journal_entry e where e.consultation_id = ? and e.entry_number <= ?
                          and (e.journal_year, e.journal_sequence) > (?, ?)
                        order by e.journal_year, e.journal_sequence limit ?""")
                .params(consultationId, upToEntry, afterYear, afterSequence, limit).query(JournalRepository::entry).list());
    }

    /** The changes of the case's entries up to entry {@code upToEntry}, with each entry's systemID, after change {@code afterId}. */
    List<Journal.EntryChange> changesUpTo(long consultationId, long afterId, int upToEntry, int limit) {
        return jdbc.sql("""
                        select c.id, c.system_id, c.entry_id, c.field, c.old_value, c.new_value, c.changed_at, c.changed_by, e.system_id
                          from journal_change c join journal_entry e on e.id = c.entry_id
                         where e.consultation_id = ? and e.entry_number <= ? and c.id > ? order by c.id limit ?""")
                .params(consultationId, upToEntry, afterId, limit)
                .query((rs, n) -> new Journal.EntryChange(rs.getObject(9, UUID.class), change(rs, n))).list();
    }

    /** Adds the parties and documents of a page of entries: two queries for the page. */
    List<JournalEntry> withDetails(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Long[] ids = entries.stream().map(JournalEntry::id).toArray(Long[]::new);
        Map<Long, List<JournalParty>> parties = new LinkedHashMap<>();
        jdbc.sql("""
                        select entry_id, position, party_type, name, organisation_number, email, private_person
                          from journal_party where entry_id = any(?) order by entry_id, position""")
                .param(ids)
                .query(rs -> {
                    parties.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new JournalParty(rs.getInt(2),
                            JournalParty.Type.fromDb(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7)));
                });
        Map<Long, List<JournalDocument>> documents = new LinkedHashMap<>();
        jdbc.sql("""
                        select entry_id, document_number, role, title, source, source_ref, description_system_id, object_system_id
                          from journal_document where entry_id = any(?) order by entry_id, document_number""")
                .param(ids)
                .query(rs -> {
                    long ref = rs.getLong(6);
                    Long sourceRef = rs.wasNull() ? null : ref;
                    documents.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new JournalDocument(rs.getInt(2),
                            JournalDocument.Role.fromDb(rs.getString(3)), rs.getString(4), JournalDocument.Source.fromDb(rs.getString(5)),
                            sourceRef, rs.getObject(7, UUID.class), rs.getObject(8, UUID.class)));
                });
        return entries.stream().map(entry -> entry.with(parties.getOrDefault(entry.id(), List.of()),
                documents.getOrDefault(entry.id(), List.of()))).toList();
    }

    static JournalEntry entry(ResultSet rs, int row) throws SQLException {
        return new JournalEntry(rs.getLong("id"), rs.getObject("system_id", UUID.class), rs.getLong("consultation_id"),
                rs.getString("case_number"), rs.getInt("entry_number"), rs.getString("document_number"), rs.getInt("journal_year"),
                rs.getInt("journal_sequence"), JournalEntryType.fromDb(rs.getString("entry_type")).orElseThrow(),
                JournalStatus.fromDb(rs.getString("status")).orElseThrow(), rs.getObject("journal_date", LocalDate.class),
                rs.getObject("document_date", LocalDate.class), instant(rs, "received_at"), instant(rs, "sent_at"), rs.getString("title"),
                rs.getString("public_title"), new Screening(rs.getBoolean("screen_sender_name"), rs.getBoolean("screen_title_words"),
                rs.getString("screening_basis")), (Integer) rs.getObject("response_sequence"),
                (Long) rs.getObject("consultation_document_id"), (Integer) rs.getObject("superseded_by"), instant(rs, "created_at"),
                rs.getString("created_by"), List.of(), List.of());
    }

    private static JournalChange change(ResultSet rs, int row) throws SQLException {
        return new JournalChange(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), instant(rs, "changed_at"), rs.getString(8));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
