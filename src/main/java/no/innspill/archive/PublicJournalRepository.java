package no.innspill.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public journal's reading of {@code journal_entry} and {@code journal_party}: a page in SQL by the journal's order
 * (journal date, journal year, sequence; newest first), with keyset paging. It selects only what the public may see:
 * never the title (only the public title), and a screened name not at all.
 */
@Repository
class PublicJournalRepository {

    private final JdbcClient jdbc;

    PublicJournalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The entries of these consultations that the search finds, from the cursor's place in the order (or the newest), at
     * most {@code limit}, newest first.
     *
     * @param nameCutoff a private person's name found by a name search only on entries journalled on this day or later
     */
    List<PublicJournalEntry> page(List<Long> consultationIds, PublicJournalQuery query, LocalDate nameCutoff, int limit) {
        Statement page = pageStatement(consultationIds, query, nameCutoff, limit);
        List<PublicJournalEntry> entries = new ArrayList<>(jdbc.sql(page.sql()).params(page.params())
                .query(PublicJournalRepository::entry).list());
        if (query.cursor() != null && !query.cursor().older()) {
            Collections.reverse(entries);
        }
        return entries;
    }

    /** How many entries the search finds in all, wherever the page is. */
    long count(List<Long> consultationIds, PublicJournalQuery query, LocalDate nameCutoff) {
        Statement count = countStatement(consultationIds, query, nameCutoff);
        return jdbc.sql(count.sql()).params(count.params()).query(Long.class).single();
    }

    /** Whether the search finds anything beyond this place in the order (older, or newer, than the cursor's entry). */
    boolean any(List<Long> consultationIds, PublicJournalQuery query, LocalDate nameCutoff, PublicJournalQuery.Cursor beyond) {
        Where where = where(consultationIds, query, nameCutoff, beyond);
        return jdbc.sql("select exists (select 1 from journal_entry e " + where.sql + ")").params(where.params)
                .query(Boolean.class).single();
    }

    /** A statement with its parameters; the page's and the count's are open to a test of their query plans. */
    record Statement(String sql, List<Object> params) {
    }

    /** The page's entries in the order of the page's direction: newest first, or oldest first from a "newer" cursor. */
    static Statement pageStatement(List<Long> consultationIds, PublicJournalQuery query, LocalDate nameCutoff, int limit) {
        boolean newer = query.cursor() != null && !query.cursor().older();
        Where where = where(consultationIds, query, nameCutoff, query.cursor());
        String direction = newer ? "asc" : "desc";
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit);
        return new Statement("""
                select e.consultation_id, e.case_number, e.document_number, e.journal_date, e.journal_year, e.journal_sequence,
                       e.entry_type, e.public_title, p.party_type,
                       case when e.screen_sender_name then null else p.name end as party_name,
                       (select count(*) from journal_party o where o.entry_id = e.id) as parties
                  from journal_entry e
                  left join journal_party p on p.entry_id = e.id and p.position = 1
                """ + where.sql + " order by e.journal_date " + direction + ", e.journal_year " + direction
                + ", e.journal_sequence " + direction + " limit ?", params);
    }

    static Statement countStatement(List<Long> consultationIds, PublicJournalQuery query, LocalDate nameCutoff) {
        Where where = where(consultationIds, query, nameCutoff, null);
        return new Statement("select count(*) from journal_entry e " + where.sql, where.params);
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(List<Long> consultationIds, PublicJournalQuery query, LocalDate nameCutoff, PublicJournalQuery.Cursor cursor) {
        StringBuilder sql = new StringBuilder(" where ");
        List<Object> params = new ArrayList<>();
        if (consultationIds.size() == 1) {
            // one case: equality, so that the index on (consultation_id, journal_date, …) gives the order too
            sql.append("e.consultation_id = ?");
            params.add(consultationIds.get(0));
        } else {
            sql.append("e.consultation_id = any(?)");
            params.add(consultationIds.toArray(Long[]::new));
        }
        if (query.from() != null) {
            sql.append(" and e.journal_date >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            sql.append(" and e.journal_date <= ?");
            params.add(query.to());
        }
        if (query.name() != null) {
            // a screened name is never found (a hit would tell it), nor a private person's after a year (offentlegforskrifta § 6)
            sql.append(" and not e.screen_sender_name and exists (select 1 from journal_party n where n.entry_id = e.id")
                    .append(" and lower(n.name) like lower(?) escape '\\' and (not n.private_person or e.journal_date >= ?))");
            params.add("%" + likeEscaped(query.name()) + "%");
            params.add(nameCutoff);
        }
        if (cursor != null) {
            sql.append(" and (e.journal_date, e.journal_year, e.journal_sequence) ").append(cursor.older() ? "<" : ">").append(" (?, ?, ?)");
            params.add(cursor.journalDate());
            params.add(cursor.journalYear());
            params.add(cursor.journalSequence());
        }
        return new Where(sql.toString(), params);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static PublicJournalEntry entry(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("party_type");
        String name = rs.getString("party_name");
        int parties = rs.getInt("parties");
        return new PublicJournalEntry(rs.getLong("consultation_id"), rs.getString("case_number"), null, null,
                rs.getString("document_number"), rs.getObject("journal_date", LocalDate.class), rs.getInt("journal_year"),
                rs.getInt("journal_sequence"), JournalEntryType.fromDb(rs.getString("entry_type")).orElseThrow(),
                rs.getString("public_title"), role == null ? null : name == null ? Screening.MASK : name,
                role == null ? null : JournalParty.Type.fromDb(role), Math.max(0, parties - 1));
    }
}
