package no.innspill.response;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.innspill.consultation.Consultation;
import no.innspill.response.answerform.AnswerFormData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts: what a respondent saved to finish later, or is reading over before sending (the preview is a
 * page of its draft), behind an unguessable link. A draft is never a response: it has no document number
 * and is counted among the responses nowhere. One tried after the deadline is kept and marked late; staff
 * see those (counted apart) and may register one as a late response.
 */
@Service
class Drafts {

    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final DraftMail draftMail;
    private final Attachments attachments;

    Drafts(JdbcClient jdbc, JsonMapper mapper, DraftMail draftMail, Attachments attachments) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.draftMail = draftMail;
        this.attachments = attachments;
    }

    /**
     * A saved draft; {@code submittedReceiptToken} is set once it was sent in, {@code lateAt} when its
     * respondent tried to send it after the deadline (it is kept, and staff see it).
     */
    record Draft(String token, long consultationId, AnswerFormData data, String email, String submittedReceiptToken,
                 Instant lateAt, Integer revises) {

        Draft(String token, long consultationId, AnswerFormData data, String email, String submittedReceiptToken) {
            this(token, consultationId, data, email, submittedReceiptToken, null, null);
        }

        Draft(String token, long consultationId, AnswerFormData data, String email, String submittedReceiptToken, Instant lateAt) {
            this(token, consultationId, data, email, submittedReceiptToken, lateAt, null);
        }

        /** The document number of the response this draft revises (22/414-3), or {@code null}. */
        String revisesDocumentNumber(Consultation consultation) {
            return revises == null ? null : consultation.caseNumber() + "-" + revises;
        }

        boolean sent() {
            return submittedReceiptToken != null;
        }

        boolean late() {
            return lateAt != null && submittedReceiptToken == null;
        }
    }

    /** One late draft in the staff list: when it was tried, who it is from (as typed, may be blank). */
    record LateDraft(String token, Instant lateAt, String respondentName) {
    }

    /**
     * Saves a new draft, or updates the one behind {@code token}. The resume link is e-mailed (in
     * the same transaction, through the outbox) when an address is given for the first time or changed.
     *
     * @return the draft's token
     */
    @Transactional
    String save(Consultation consultation, String token, AnswerFormData data) {
        String content = mapper.writeValueAsString(data.toJson());
        String email = data.email();
        if (token != null) {
            String before = jdbc.sql("select email from draft where token = ? and consultation_id = ? and submitted_receipt_token is null for update")
                    .params(token, consultation.id()).query(String.class).optional().orElse(null);
            int updated = jdbc.sql("update draft set content = ?::jsonb, email = ?, updated_at = now() where token = ? and consultation_id = ? and submitted_receipt_token is null")
                    .params(content, email, token, consultation.id()).update();
            if (updated == 1) {
                if (email != null && !email.equalsIgnoreCase(before == null ? "" : before)) {
                    draftMail.sendResumeLink(consultation, token, email);
                }
                return token;
            }
        }
        String newToken = Tokens.newToken();
        jdbc.sql("insert into draft (token, consultation_id, content, email) values (?, ?, ?::jsonb, ?)")
                .params(newToken, consultation.id(), content, email).update();
        if (email != null) {
            draftMail.sendResumeLink(consultation, newToken, email);
        }
        return newToken;
    }

    /** Saves the draft as {@link #save} does, with files added and removed in the same transaction. */
    @Transactional
    String saveWithFiles(Consultation consultation, String token, AnswerFormData data, List<Attachment> added, Set<Integer> removed) {
        String saved = save(consultation, token, data);
        if (saved.equals(token)) { // else the old draft was sent or is gone, and the new one starts without files
            removed.forEach(position -> attachments.removeFromDraft(saved, position));
        }
        attachments.storeWithDraft(saved, added);
        return saved;
    }

    /** The files kept with an unsent draft of this consultation; none for any other token. */
    List<Attachment> files(Consultation consultation, String token) {
        if (token == null || find(consultation, token).filter(d -> d.submittedReceiptToken() == null).isEmpty()) {
            return List.of();
        }
        return attachments.draftFiles(token);
    }

    Optional<Draft> find(Consultation consultation, String token) {
        if (!Tokens.looksValid(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select token, consultation_id, content::text as content, email, submitted_receipt_token, late_at, revises from draft where token = ? and consultation_id = ?")
                .params(token, consultation.id())
                .query((rs, row) -> new Draft(rs.getString("token"), rs.getLong("consultation_id"),
                        AnswerFormData.fromJson(parse(rs.getString("content"))), rs.getString("email"),
                        rs.getString("submitted_receipt_token"),
                        rs.getTimestamp("late_at") == null ? null : rs.getTimestamp("late_at").toInstant(),
                        (Integer) rs.getObject("revises")))
                .optional();
    }

    /** Sending found the consultation closed: the draft is kept, marked late (the first try counts), for staff to see. */
    @Transactional
    void markLate(Consultation consultation, String token) {
        jdbc.sql("update draft set late_at = coalesce(late_at, now()) where token = ? and consultation_id = ? and submitted_receipt_token is null")
                .params(token, consultation.id()).update();
    }

    /** How many unsent drafts of this consultation were tried after its deadline. */
    int countLate(Consultation consultation) {
        return jdbc.sql("select count(*) from draft where consultation_id = ? and late_at is not null and submitted_receipt_token is null")
                .param(consultation.id()).query(Integer.class).single();
    }

    /** One page of the late drafts, the earliest tried first. */
    List<LateDraft> late(Consultation consultation, int offset, int limit) {
        return jdbc.sql("""
                        select token, late_at, content -> 'respondent' ->> 'name' as name from draft
                        where consultation_id = ? and late_at is not null and submitted_receipt_token is null
                        order by late_at, token offset ? limit ?""")
                .params(consultation.id(), offset, limit)
                .query((rs, row) -> new LateDraft(rs.getString("token"), rs.getTimestamp("late_at").toInstant(), rs.getString("name")))
                .list();
    }

    /** The draft's files went with the response, so the draft lets go of its copies. */
    @Transactional
    void markSubmitted(String token, String receiptToken) {
        if (Tokens.looksValid(token)) {
            jdbc.sql("update draft set submitted_receipt_token = ?, updated_at = now() where token = ?")
                    .params(receiptToken, token).update();
            jdbc.sql("delete from draft_attachment where draft_token = ?").param(token).update();
        }
    }

    private JsonNode parse(String json) {
        return mapper.readTree(json);
    }
}
