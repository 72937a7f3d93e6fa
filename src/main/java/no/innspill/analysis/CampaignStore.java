package no.innspill.analysis;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored campaigns, their members, the senders seen and the batch runs (tables of V47). */
@Repository
class CampaignStore {

    private static final String SUMMARY = "select c.id, c.kind, c.template, c.found_at, count(m.sequence_number) as size,"
            + " count(m.added_text) as own_text, min(m.sequence_number) as first_member"
            + " from campaign c join campaign_member m on m.campaign_id = c.id";

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored campaign as lists show it. */
    record Summary(long id, Campaign.Kind kind, String template, Instant foundAt, int size, int withOwnText, int firstMember) {
    }

    /** One member: the response's sequence number, the text its sender added (null when none), and how it joined. */
    record Member(int sequenceNumber, String addedText, Joined joined) {
    }

    enum Joined { BATCH, ARRIVED }

    /** The last batch run of a consultation; all null when none was asked for. */
    record Run(Instant requestedAt, Instant startedAt, Instant finishedAt, Integer analysed, boolean failed) {

        static final Run NONE = new Run(null, null, null, null, false);

        public boolean waiting() {
            return requestedAt != null && (finishedAt == null || requestedAt.isAfter(finishedAt));
        }
    }

    /** A campaign's fingerprint, for testing an arriving response against it. */
    record Fingerprint(long id, long[] shingles) {
    }

    /**
     * Takes the consultation's row lock for the rest of the transaction: a run's replacement of the campaigns and the
     * arrivals that add to them take turns, so no arrival adds to a campaign being replaced.
     */
    void lock(long consultationId) {
        jdbc.sql("insert into campaign_run (consultation_id) values (?) on conflict do nothing").param(consultationId).update();
        jdbc.sql("select consultation_id from campaign_run where consultation_id = ? for update").param(consultationId)
                .query(Long.class).single();
    }

    void deleteAll(long consultationId) {
        jdbc.sql("delete from campaign where consultation_id = ?").param(consultationId).update();
    }

    long insert(long consultationId, Campaign campaign, Instant foundAt, Joined joined) {
        long id = jdbc.sql("insert into campaign (consultation_id, kind, template, fingerprint, found_at) values (?, ?, ?, ?, ?) returning id")
                .params(consultationId, campaign.kind().name().toLowerCase(java.util.Locale.ROOT), campaign.template(),
                        campaign.fingerprint(), java.sql.Timestamp.from(foundAt))
                .query(Long.class).single();
        // one statement for all members: a run stores tens of thousands
        Integer[] numbers = campaign.members().stream().map(Integer::valueOf).toArray(Integer[]::new);
        String[] added = campaign.members().stream().map(member -> blankToNull(campaign.added().get(member))).toArray(String[]::new);
        jdbc.sql("insert into campaign_member (campaign_id, consultation_id, sequence_number, added_text, joined)"
                        + " select ?, ?, n, a, ? from unnest(?::integer[], ?::text[]) as m(n, a) on conflict do nothing")
                .params(id, consultationId, joined.name().toLowerCase(java.util.Locale.ROOT), numbers, added).update();
        return id;
    }

    /** Adds a member unless it is one already (a replayed event adds nothing). */
    void addMember(long campaignId, long consultationId, int sequenceNumber, String addedText, Joined joined) {
        jdbc.sql("insert into campaign_member (campaign_id, consultation_id, sequence_number, added_text, joined) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(campaignId, consultationId, sequenceNumber, blankToNull(addedText), joined.name().toLowerCase(java.util.Locale.ROOT))
                .update();
    }

    /**
     * A superseded response leaves its campaigns and duplicate groups (its revision is taken in on its own); a duplicate
     * group left with one member, or a campaign left with none, goes.
     */
    void forget(long consultationId, int sequenceNumber) {
        int left = jdbc.sql("delete from campaign_member where consultation_id = ? and sequence_number = ?")
                .params(consultationId, sequenceNumber).update();
        if (left > 0) {
            jdbc.sql("delete from campaign c where c.consultation_id = ? and (select count(*) from campaign_member m where m.campaign_id = c.id)"
                    + " < case when c.kind = 'duplicate' then 2 else 1 end").param(consultationId).update();
        }
    }

    boolean isMember(long consultationId, int sequenceNumber) {
        return jdbc.sql("select exists (select 1 from campaign_member where consultation_id = ? and sequence_number = ?)")
                .params(consultationId, sequenceNumber).query(Boolean.class).single();
    }

    /** The fingerprints of the consultation's campaigns (not duplicates), largest campaign first. */
    List<Fingerprint> campaignFingerprints(long consultationId) {
        return jdbc.sql("select c.id, c.fingerprint from campaign c where c.consultation_id = ? and c.kind = 'campaign'"
                        + " order by (select count(*) from campaign_member m where m.campaign_id = c.id) desc, c.id")
                .param(consultationId)
                .query((rs, row) -> new Fingerprint(rs.getLong("id"), longs(rs.getArray("fingerprint")))).list();
    }

    /** The duplicate group one of these responses is in, if any. */
    Optional<Long> duplicateHolding(long consultationId, List<Integer> sequenceNumbers) {
        return jdbc.sql("select c.id from campaign c join campaign_member m on m.campaign_id = c.id where c.consultation_id = ?"
                        + " and c.kind = 'duplicate' and m.sequence_number = any(?) order by c.id limit 1")
                .params(consultationId, sequenceNumbers.toArray(Integer[]::new)).query(Long.class).optional();
    }

    /** Records who sent each response (sequence number to the hash of its sender); a response sent again is updated. */
    void saveSenders(long consultationId, Map<Integer, String> senderHashes) {
        if (senderHashes.isEmpty()) {
            return;
        }
        jdbc.sql("insert into campaign_sender (consultation_id, sequence_number, sender_hash)"
                        + " select ?, n, h from unnest(?::integer[], ?::text[]) as s(n, h)"
                        + " on conflict (consultation_id, sequence_number) do update set sender_hash = excluded.sender_hash")
                .params(consultationId, senderHashes.keySet().toArray(Integer[]::new), senderHashes.values().toArray(String[]::new))
                .update();
    }

    /** The latest responses before this one from the same sender, newest first. */
    List<Integer> earlierFromSender(long consultationId, String senderHash, int before, int limit) {
        return jdbc.sql("select sequence_number from campaign_sender where consultation_id = ? and sender_hash = ? and sequence_number < ?"
                        + " order by sequence_number desc limit ?")
                .params(consultationId, senderHash, before, limit).query(Integer.class).list();
    }

    void requested(long consultationId) {
        jdbc.sql("insert into campaign_run (consultation_id, requested_at) values (?, now())"
                + " on conflict (consultation_id) do update set requested_at = now()").param(consultationId).update();
    }

    void started(long consultationId) {
        jdbc.sql("insert into campaign_run (consultation_id, started_at) values (?, now())"
                + " on conflict (consultation_id) do update set started_at = now()").param(consultationId).update();
    }

    void finished(long consultationId, int analysed, boolean failed) {
        jdbc.sql("update campaign_run set finished_at = now(), analysed = ?, failed = ? where consultation_id = ?")
                .params(analysed, failed, consultationId).update();
    }

    Run run(long consultationId) {
        return jdbc.sql("select requested_at, started_at, finished_at, analysed, failed from campaign_run where consultation_id = ?")
                .param(consultationId)
                .query((rs, row) -> new Run(instant(rs, "requested_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
                        (Integer) rs.getObject("analysed"), rs.getBoolean("failed")))
                .optional().orElse(Run.NONE);
    }

    /** A page of the consultation's campaigns or duplicates, largest first. */
    List<Summary> list(long consultationId, Campaign.Kind kind, int offset, int limit) {
        return jdbc.sql(SUMMARY + " where c.consultation_id = ? and c.kind = ? group by c.id order by size desc, first_member, c.id"
                        + " offset ? limit ?")
                .params(consultationId, kind.name().toLowerCase(java.util.Locale.ROOT), offset, limit).query(this::summary).list();
    }

    /** How many groups of a kind there are, and how many responses are in them. */
    record Totals(int groups, int members) {
    }

    Totals totals(long consultationId, Campaign.Kind kind) {
        return jdbc.sql("select count(distinct c.id) as groups, count(m.sequence_number) as members from campaign c"
                        + " join campaign_member m on m.campaign_id = c.id where c.consultation_id = ? and c.kind = ?")
                .params(consultationId, kind.name().toLowerCase(java.util.Locale.ROOT))
                .query((rs, row) -> new Totals(rs.getInt("groups"), rs.getInt("members"))).single();
    }

    Optional<Summary> find(long consultationId, long id) {
        return jdbc.sql(SUMMARY + " where c.consultation_id = ? and c.id = ? group by c.id")
                .params(consultationId, id).query(this::summary).optional();
    }

    /** Members in document-number order after the given sequence number. */
    List<Member> members(long campaignId, int after, int limit) {
        return jdbc.sql("select sequence_number, added_text, joined from campaign_member where campaign_id = ? and sequence_number > ?"
                        + " order by sequence_number limit ?")
                .params(campaignId, after, limit)
                .query((rs, row) -> new Member(rs.getInt("sequence_number"), rs.getString("added_text"),
                        Joined.valueOf(rs.getString("joined").toUpperCase(java.util.Locale.ROOT))))
                .list();
    }

    /** The campaigns and duplicate groups a response is in. */
    List<Summary> holding(long consultationId, int sequenceNumber) {
        return jdbc.sql(SUMMARY + " where c.id in (select campaign_id from campaign_member where consultation_id = ? and sequence_number = ?)"
                        + " group by c.id order by c.id")
                .params(consultationId, sequenceNumber).query(this::summary).list();
    }

    private Summary summary(ResultSet rs, int row) throws SQLException {
        return new Summary(rs.getLong("id"), Campaign.Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("template"), instant(rs, "found_at"), rs.getInt("size"), rs.getInt("own_text"), rs.getInt("first_member"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static long[] longs(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = ((Number) values[i]).longValue();
        }
        return longs;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
