package no.innspill.response;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ResponseRepository {

    private static final String COLUMNS = """
            r.consultation_id, r.sequence_number, r.document_number, r.form_version, r.respondent_name, r.respondent_kind,
            r.organisation_number, r.email, r.answers::text as answers, r.channel, r.source, r.source_reference, r.received_at, r.registered_at,
            r.late, r.idempotency_key, r.request_hash, r.receipt_token, r.no_comments,
            r.publication_name, r.publish_online, r.publication_reason, r.contact_name, r.contact_phone, r.revises, r.superseded_by""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper mapper;

    ResponseRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.template = template;
        this.mapper = mapper;
    }

    /**
     * A response with the idempotency key and request hash it was stored under, and (when it is
     * about to be stored) its answers already as JSON, made on the request's thread.
     */
    record Keyed(StoredResponse response, String idempotencyKey, String requestHash, String answersJson) {
    }

    /** Takes the next {@code count} numbers of the case in one statement; returns the last of them. */
    int reserveNumbers(long consultationId, int count) {
        return jdbc.sql("insert into document_counter (consultation_id, last_number) values (?, ?) "
                        + "on conflict (consultation_id) do update set last_number = document_counter.last_number + excluded.last_number "
                        + "returning last_number")
                .params(consultationId, count).query(Integer.class).single();
    }

    /** Locks the case's counter row (creating it on first use) and returns the last number used. */
    int lockCounter(long consultationId) {
        // one statement: the upsert's update takes the row lock that serialises numbering in a case
        return jdbc.sql("insert into document_counter (consultation_id) values (?) on conflict (consultation_id) "
                        + "do update set last_number = document_counter.last_number returning last_number")
                .param(consultationId).query(Integer.class).single();
    }

    void setCounter(long consultationId, int lastNumber) {
        jdbc.sql("update document_counter set last_number = ? where consultation_id = ?")
                .params(lastNumber, consultationId).update();
    }

    Map<String, Keyed> findByIdempotencyKeys(long consultationId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS + " from response r where r.consultation_id = ? and r.idempotency_key = any(?)")
                .params(consultationId, keys.toArray(String[]::new))
                .query(this::mapKeyed).list().stream()
                .collect(Collectors.toMap(Keyed::idempotencyKey, Function.identity()));
    }

    Optional<Keyed> findByIdempotencyKey(long consultationId, String key) {
        return jdbc.sql("select " + COLUMNS + " from response r where r.consultation_id = ? and r.idempotency_key = ?")
                .params(consultationId, key).query(this::mapKeyed).optional();
    }

    void insertAll(List<Keyed> rows) {
        template.batchUpdate("""
                insert into response (consultation_id, sequence_number, document_number, respondent_name, respondent_kind,
                    organisation_number, email, answers, channel, received_at, registered_at, late, idempotency_key, request_hash,
                    receipt_token, form_version, source, source_reference, no_comments,
                    publication_name, publish_online, publication_reason, contact_name, contact_phone, revises)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (ps, row) -> {
            StoredResponse r = row.response();
            ps.setLong(1, r.consultationId());
            ps.setInt(2, r.sequenceNumber());
            ps.setString(3, r.documentNumber());
            ps.setString(4, r.respondent().name());
            ps.setString(5, r.respondent().kind().jsonName());
            ps.setString(6, r.respondent().organisationNumber());
            ps.setString(7, r.respondent().email());
            ps.setString(8, row.answersJson() != null ? row.answersJson() : AnswersJson.toStoredJson(mapper, r.answers()));
            ps.setString(9, r.channel().jsonName());
            ps.setTimestamp(10, Timestamp.from(r.receivedAt()));
            ps.setTimestamp(11, Timestamp.from(r.registeredAt()));
            ps.setBoolean(12, r.late());
            ps.setString(13, row.idempotencyKey());
            ps.setString(14, row.requestHash());
            ps.setString(15, r.receiptToken());
            ps.setInt(16, r.formVersion());
            ps.setString(17, r.source().kind().dbValue());
            ps.setString(18, r.source().reference());
            ps.setBoolean(19, r.noComments());
            ps.setString(20, r.publication().nameValue());
            ps.setBoolean(21, r.publication().online());
            ps.setString(22, r.publication().reason());
            ContactPerson contact = r.respondent().contactPerson();
            ps.setString(23, contact == null ? null : contact.name());
            ps.setString(24, contact == null ? null : contact.phone());
            ps.setObject(25, r.revises(), java.sql.Types.INTEGER);
        });
    }

    List<StoredResponse> findByConsultation(long consultationId, int afterSequence, int limit) {
        return jdbc.sql("select " + COLUMNS + " from response r where r.consultation_id = ? and r.sequence_number > ?"
                        + " order by r.sequence_number limit ?")
                .params(consultationId, afterSequence, limit)
                .query((rs, row) -> mapKeyed(rs, row).response()).list();
    }

    /** As {@link #findByConsultation}, with only the latest versions: responses no revision has superseded. */
    List<StoredResponse> findLatestByConsultation(long consultationId, int afterSequence, int limit) {
        return jdbc.sql("select " + COLUMNS + " from response r where r.consultation_id = ? and r.sequence_number > ?"
                        + " and r.superseded_by is null order by r.sequence_number limit ?")
                .params(consultationId, afterSequence, limit)
                .query((rs, row) -> mapKeyed(rs, row).response()).list();
    }

    /**
     * Marks response {@code sequenceNumber} as superseded by {@code revision}, in the caller's transaction;
     * false when it is gone or was superseded before (a response is superseded once).
     */
    boolean markSuperseded(long consultationId, int sequenceNumber, int revision) {
        return jdbc.sql("update response set superseded_by = ? where consultation_id = ? and sequence_number = ? and superseded_by is null")
                .params(revision, consultationId, sequenceNumber).update() == 1;
    }

    int countLatest(long consultationId) {
        return jdbc.sql("select count(*) from response where consultation_id = ? and superseded_by is null")
                .param(consultationId).query(Integer.class).single();
    }

    Optional<StoredResponse> findOne(long consultationId, int sequenceNumber) {
        return jdbc.sql("select " + COLUMNS + " from response r where r.consultation_id = ? and r.sequence_number = ?")
                .params(consultationId, sequenceNumber)
                .query((rs, row) -> mapKeyed(rs, row).response()).optional();
    }

    List<StoredResponse> findSome(long consultationId, int[] sequenceNumbers) {
        return jdbc.sql("select " + COLUMNS + " from response r where r.consultation_id = ? and r.sequence_number = any(?)"
                        + " order by r.sequence_number")
                .params(consultationId, sequenceNumbers)
                .query((rs, row) -> mapKeyed(rs, row).response()).list();
    }

    Optional<StoredResponse> findByReceiptToken(String token) {
        return jdbc.sql("select " + COLUMNS + " from response r where r.receipt_token = ?")
                .param(token).query((rs, row) -> mapKeyed(rs, row).response()).optional();
    }

    Optional<StoredResponse> findBySource(long consultationId, ResponseSource source) {
        return jdbc.sql("select " + COLUMNS + " from response r where r.consultation_id = ? and r.source = ? and r.source_reference = ?"
                        + " order by r.sequence_number limit 1")
                .params(consultationId, source.kind().dbValue(), source.reference())
                .query((rs, row) -> mapKeyed(rs, row).response()).optional();
    }

    /** Marks the receipt as put in the outbox; false when it was before (a redelivered event). */
    boolean markReceiptEnqueued(long consultationId, int sequenceNumber) {
        return jdbc.sql("update response set receipt_enqueued_at = now() where consultation_id = ? and sequence_number = ?"
                        + " and receipt_enqueued_at is null")
                .params(consultationId, sequenceNumber).update() == 1;
    }

    /** A row of a list: the response and, when the list is searched, its rank. */
    record Listed(StoredResponse response, float rank) {
    }

    /**
     * One page of the filtered list in the sort's order, keyset after (or before) the cursor; limit + 1 rows to tell if
     * more follow. The filter's query is an inner select PostgreSQL pulls up, so the sort's index still serves it.
     */
    List<Listed> page(long consultationId, ResponseFilter filter, int[] invited, ResponseSort sort, ResponseSort.Cursor cursor, int limit) {
        ResponseFilter.Where where = filter.where(consultationId, () -> invited);
        List<Object> params = new java.util.ArrayList<>();
        String rank = "0::real";
        if (filter.search() != null) {
            ResponseFilter.Where ranked = filter.search().rank();
            rank = ranked.sql();
            params.addAll(ranked.params());
        }
        params.addAll(where.params());
        String sql = "select * from (select " + COLUMNS + ", " + rank + " as rank from response r where " + where.sql() + ") r";
        boolean reversed = cursor != null && cursor.backwards();
        if (cursor != null) {
            ResponseFilter.Where after = sort.after(cursor, reversed);
            sql += " where " + after.sql();
            params.addAll(after.params());
        }
        params.add(limit);
        return jdbc.sql(sql + " order by " + sort.orderBy(reversed) + " limit ?").params(params)
                .query((rs, row) -> new Listed(mapKeyed(rs, row).response(), rs.getFloat("rank"))).list();
    }

    int count(long consultationId, ResponseFilter filter, int[] invited) {
        ResponseFilter.Where where = filter.where(consultationId, () -> invited);
        return jdbc.sql("select count(*) from response r where " + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /** As {@link #count}, but counting no further than {@code cap}: a search's count stays fast however common the words. */
    int countUpTo(long consultationId, ResponseFilter filter, int[] invited, int cap) {
        ResponseFilter.Where where = filter.where(consultationId, () -> invited);
        List<Object> params = new java.util.ArrayList<>(where.params());
        params.add(cap);
        return jdbc.sql("select count(*) from (select 1 from response r where " + where.sql() + " limit ?) hits").params(params)
                .query(Integer.class).single();
    }

    /**
     * How many of the filtered responses chose each option, keyed "question:option", and how many chose anything in
     * each question, keyed by its id: from the narrow generated column (V44), not the answers' JSON.
     */
    Map<String, Long> choiceCounts(long consultationId, ResponseFilter filter, int[] invited) {
        ResponseFilter.Where where = filter.where(consultationId, () -> invited);
        Map<String, Long> counts = new java.util.HashMap<>();
        // one pass, hashed: each response's option keys ("q1:yes") and, once each, the questions it chose in ("q1");
        // question ids hold no colon, so the two kinds of key cannot meet (count(distinct) sorted and spilled at 100,000)
        jdbc.sql("select k.key, count(*) as n from response r,"
                        + " unnest(r.choice_keys || array(select distinct split_part(c, ':', 1) from unnest(r.choice_keys) c)) k(key)"
                        + " where " + where.sql() + " group by k.key")
                .params(where.params())
                .query(rs -> {
                    counts.put(rs.getString("key"), rs.getLong("n"));
                });
        return counts;
    }

    /** How many of the filtered responses gave each answer (a choice, choices or a text that is not blank), by answer id. */
    Map<String, Long> answeredCounts(long consultationId, ResponseFilter filter, int[] invited) {
        return keyCounts("answered_keys", consultationId, filter, invited);
    }

    private Map<String, Long> keyCounts(String column, long consultationId, ResponseFilter filter, int[] invited) {
        ResponseFilter.Where where = filter.where(consultationId, () -> invited);
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select k.key, count(*) as n from response r, unnest(r." + column + ") k(key) where " + where.sql() + " group by k.key")
                .params(where.params())
                .query(rs -> {
                    counts.put(rs.getString("key"), rs.getLong("n"));
                });
        return counts;
    }

    /** The case's generation (V44): grows with every response stored; 0 before the first. */
    long generation(long consultationId) {
        return jdbc.sql("select generation from document_counter where consultation_id = ?").param(consultationId)
                .query(Long.class).optional().orElse(0L);
    }

    /** The search as PostgreSQL reads it ("'pasientjournal' & 'hels':*"); empty when only stop words remain. */
    String searchTerms(ResponseSearch search) {
        ResponseFilter.Where query = search.tsquery();
        return jdbc.sql("select " + query.sql() + "::text").params(query.params()).query(String.class).single();
    }

    /**
     * Highlighted excerpts of the given responses for the search: from the scoped question's text, else the answers',
     * else the attached files' (ts_headline); the hits marked with U+0002 … U+0003, which no stored text holds.
     */
    Map<Integer, String> excerpts(long consultationId, ResponseSearch search, int[] sequenceNumbers) {
        ResponseFilter.Where query = search.tsquery();
        List<Object> params = new java.util.ArrayList<>();
        String text = search.question() == null ? "innspill_answer_text(r.answers)" : "innspill_question_text(r.answers, ?)";
        String options = "StartSel=\u0002, StopSel=\u0003, MaxWords=35, MinWords=12, MaxFragments=3, FragmentDelimiter=\" … \"";
        String sql = "select r.sequence_number, case when to_tsvector('norwegian', t.text) @@ q.query"
                + " then ts_headline('norwegian', t.text, q.query, ?)"
                + " else ts_headline('norwegian', coalesce((select string_agg(a.text, chr(10) order by a.position)"
                + " from response_attachment a where a.response_id = r.id), ''), q.query, ?) end as excerpt"
                + " from response r, lateral (select " + text + " as text) t, (select " + query.sql() + " as query) q"
                + " where r.consultation_id = ? and r.sequence_number = any(?)";
        params.add(options);
        params.add(options);
        if (search.question() != null) {
            params.add(search.question());
        }
        params.addAll(query.params());
        params.add(consultationId);
        params.add(sequenceNumbers);
        Map<Integer, String> excerpts = new java.util.HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            excerpts.put(rs.getInt("sequence_number"), rs.getString("excerpt"));
        });
        return excerpts;
    }

    int count(long consultationId) {
        return jdbc.sql("select count(*) from response where consultation_id = ?")
                .param(consultationId).query(Integer.class).single();
    }

    // --- streaming exports (issue 13) ---

    /**
     * Every filtered response in document-number order, handed to {@code each} as the rows arrive from a server-side
     * cursor: pgjdbc streams only with a fetch size and autocommit off, so the caller holds a transaction open
     * (Responses#forEachChunk); without them the driver would read the whole result into memory first.
     */
    void stream(long consultationId, ResponseFilter filter, int[] invited, int fetchSize, java.util.function.Consumer<StoredResponse> each) {
        ResponseFilter.Where where = filter.where(consultationId, () -> invited);
        JdbcTemplate cursor = new JdbcTemplate(java.util.Objects.requireNonNull(template.getDataSource()));
        cursor.setFetchSize(fetchSize);
        cursor.query("select " + COLUMNS + " from response r where " + where.sql() + " order by r.sequence_number",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(mapKeyed(rs, 0).response()),
                where.params().toArray());
    }

    private Keyed mapKeyed(ResultSet rs, int row) throws SQLException {
        var respondent = new Respondent(rs.getString("respondent_name"),
                RespondentKind.fromJson(rs.getString("respondent_kind")).orElseThrow(),
                rs.getString("organisation_number"), rs.getString("email"), contactPerson(rs));
        var response = new StoredResponse(rs.getLong("consultation_id"), rs.getInt("sequence_number"),
                rs.getString("document_number"), rs.getInt("form_version"), respondent, AnswersJson.fromStoredJson(mapper, rs.getString("answers")),
                Channel.fromJson(rs.getString("channel")).orElseThrow(),
                new ResponseSource(ResponseSource.Kind.fromDb(rs.getString("source")).orElseThrow(), rs.getString("source_reference")),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("registered_at").toInstant(), rs.getBoolean("late"), rs.getString("receipt_token"),
                rs.getBoolean("no_comments"),
                new Publication("withhold".equals(rs.getString("publication_name")), rs.getBoolean("publish_online"),
                        rs.getString("publication_reason")),
                (Integer) rs.getObject("revises"), (Integer) rs.getObject("superseded_by"));
        return new Keyed(response, rs.getString("idempotency_key"), rs.getString("request_hash"), null);
    }

    private static ContactPerson contactPerson(ResultSet rs) throws SQLException {
        String name = rs.getString("contact_name");
        String phone = rs.getString("contact_phone");
        return name == null && phone == null ? null : new ContactPerson(name, phone);
    }
}
