package no.innspill.response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.innspill.document.DocumentFormat;
import no.innspill.document.FileLimits;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.QuestionKind;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The files respondents attach: checked by content (PDF, Word, OpenDocument, as the consultation's own
 * documents are), counted against the question's {@code maxFiles} and {@code innspill.attachments.max-files},
 * and stored in {@code response_attachment} in the transaction that stores the response.
 * Errors name the question's field, {@code answers.q3.attachments}, or {@code attachments} for files of
 * the response as a whole, with the file's name as the first argument.
 */
@Service
@EnableConfigurationProperties(AttachmentProperties.class)
public class Attachments {

    static final int MAX_NAME = 255;

    private final JdbcClient jdbc;
    private final AttachmentProperties properties;
    private final FileLimits limits;

    Attachments(JdbcClient jdbc, AttachmentProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.limits = properties.fileLimits();
    }

    public AttachmentProperties properties() {
        return properties;
    }

    /** The error field of a question's files, or of the response's own with {@code questionId} null. */
    public static String field(String questionId) {
        return questionId == null ? "attachments" : "answers." + questionId + ".attachments";
    }

    /**
     * Checks files against the form, numbering them 1, 2, … after {@code kept} (those stored with a draft before).
     *
     * @param errors receives every problem; the files with problems are left out of the result
     */
    List<Attachment> check(FormDefinition form, List<Attachment> kept, List<Upload> uploads, List<FieldError> errors) {
        boolean formHasQuestion = form.questions().stream().anyMatch(q -> q.kind() == QuestionKind.ATTACHMENTS);
        Map<String, Integer> counts = new HashMap<>();
        kept.forEach(a -> counts.merge(String.valueOf(a.questionId()), 1, Integer::sum));
        int total = kept.size();
        int position = kept.stream().mapToInt(Attachment::position).max().orElse(0);
        List<Attachment> checked = new ArrayList<>();
        for (Upload upload : uploads) {
            String field = field(upload.questionId());
            String name = displayName(upload.fileName());
            Integer max = maxFiles(form, formHasQuestion, upload.questionId(), field, errors);
            if (max == null) {
                continue;
            }
            int count = counts.merge(String.valueOf(upload.questionId()), 1, Integer::sum);
            total++;
            if (count > max || total > properties.maxFiles()) {
                int limit = count > max ? max : properties.maxFiles();
                if (errors.stream().noneMatch(e -> e.field().equals(field) && "too-many-files".equals(e.code()))) {
                    errors.add(FieldError.of(field, "has more than " + limit + " files").withCode("too-many-files", name, limit));
                }
                continue;
            }
            try {
                DocumentFormat format = DocumentFormat.of(upload.bytes(), limits, field);
                checked.add(new Attachment(upload.questionId(), ++position, name.isEmpty() ? "vedlegg-" + position + "." + format.extension() : name,
                        format, upload.bytes().length, DigestUtils.sha256Hex(upload.bytes()), upload.bytes()));
            } catch (InvalidInputException e) {
                for (FieldError error : e.errors()) {
                    List<Object> args = new ArrayList<>();
                    args.add(name.isEmpty() ? "?" : name);
                    args.addAll(error.args());
                    errors.add(FieldError.of(field, "\"" + (name.isEmpty() ? "(no name)" : name) + "\" " + error.message())
                            .withCode(error.code(), args.toArray()));
                }
            }
        }
        return checked;
    }

    private static Integer maxFiles(FormDefinition form, boolean formHasQuestion, String questionId, String field, List<FieldError> errors) {
        if (questionId == null) {
            if (formHasQuestion) {
                addOnce(errors, FieldError.of(field, "this form asks for files under its attachments question; send them as "
                        + form.questions().stream().filter(q -> q.kind() == QuestionKind.ATTACHMENTS).map(Question::id).findFirst().orElseThrow())
                        .withCode("attachments-question"));
                return null;
            }
            return Question.MAX_FILES;
        }
        Optional<Question> question = form.questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
        if (question.isEmpty() || question.get().kind() != QuestionKind.ATTACHMENTS) {
            addOnce(errors, FieldError.of(field, questionId + " is no attachments question of this form").withCode("not-attachments"));
            return null;
        }
        return question.get().maxFiles();
    }

    private static void addOnce(List<FieldError> errors, FieldError error) {
        if (errors.stream().noneMatch(e -> e.field().equals(error.field()) && java.util.Objects.equals(e.code(), error.code()))) {
            errors.add(error);
        }
    }

    /** The name without a path, control or direction-changing characters, at most 255 characters; may be empty. */
    static String displayName(String uploaded) {
        if (uploaded == null) {
            return "";
        }
        String name = uploaded.replaceAll(".*[/\\\\]", "")
                .replaceAll("[\\p{Cntrl}\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]", "").strip();
        if (name.equals(".") || name.equals("..")) {
            return "";
        }
        return name.codePointCount(0, name.length()) > MAX_NAME ? name.substring(0, name.offsetByCodePoints(0, MAX_NAME)) : name;
    }

    /** Stores the files of a response just inserted, in the caller's transaction. */
    void store(long consultationId, int sequenceNumber, List<Attachment> attachments) {
        for (Attachment a : attachments) {
            jdbc.sql("""
                    insert into response_attachment (response_id, position, question_id, name, content_type, format, size_bytes, sha256, content)
                    select id, ?, ?, ?, ?, ?, ?, ?, ? from response where consultation_id = ? and sequence_number = ?""")
                    .params(a.position(), a.questionId(), a.name(), a.contentType(), a.format().jsonName(), a.size(), a.sha256(),
                            a.content(), consultationId, sequenceNumber)
                    .update();
        }
    }

    /** The files of a response, described, without their bytes. */
    public List<Attachment> list(long consultationId, int sequenceNumber) {
        return jdbc.sql("""
                select a.position, a.question_id, a.name, a.format, a.size_bytes, a.sha256 from response_attachment a
                join response r on r.id = a.response_id where r.consultation_id = ? and r.sequence_number = ? order by a.position""")
                .params(consultationId, sequenceNumber)
                .query((rs, row) -> new Attachment(rs.getString("question_id"), rs.getInt("position"), rs.getString("name"),
                        DocumentFormat.fromJson(rs.getString("format")), rs.getLong("size_bytes"), rs.getString("sha256"), null))
                .list();
    }

    /** The files of several responses of a consultation, by sequence number, described; one query for a page of responses. */
    public Map<Integer, List<Attachment>> list(long consultationId, List<Integer> sequenceNumbers) {
        Map<Integer, List<Attachment>> files = new HashMap<>();
        if (sequenceNumbers.isEmpty()) {
            return files;
        }
        jdbc.sql("""
                select r.sequence_number, a.position, a.question_id, a.name, a.format, a.size_bytes, a.sha256 from response_attachment a
                join response r on r.id = a.response_id where r.consultation_id = ? and r.sequence_number = any(?)
                order by r.sequence_number, a.position""")
                .params(consultationId, sequenceNumbers.toArray(Integer[]::new))
                .query(rs -> {
                    files.computeIfAbsent(rs.getInt("sequence_number"), n -> new ArrayList<>())
                            .add(new Attachment(rs.getString("question_id"), rs.getInt("position"), rs.getString("name"),
                                    DocumentFormat.fromJson(rs.getString("format")), rs.getLong("size_bytes"), rs.getString("sha256"), null));
                });
        return files;
    }

    /** The files of a response as documents list them. */
    public List<no.innspill.document.AttachedFile> described(long consultationId, int sequenceNumber) {
        return list(consultationId, sequenceNumber).stream().map(Attachment::described).toList();
    }

    /** One file of a response, with its bytes. */
    public Optional<Attachment> get(long consultationId, int sequenceNumber, int position) {
        return jdbc.sql("""
                select a.position, a.question_id, a.name, a.format, a.size_bytes, a.sha256, a.content from response_attachment a
                join response r on r.id = a.response_id where r.consultation_id = ? and r.sequence_number = ? and a.position = ?""")
                .params(consultationId, sequenceNumber, position)
                .query((rs, row) -> new Attachment(rs.getString("question_id"), rs.getInt("position"), rs.getString("name"),
                        DocumentFormat.fromJson(rs.getString("format")), rs.getLong("size_bytes"), rs.getString("sha256"),
                        rs.getBytes("content")))
                .optional();
    }

    /** The extracted text of one file of a response, or that it is still due; empty when there is no such file. */
    public Optional<AttachmentText> text(long consultationId, int sequenceNumber, int position) {
        return jdbc.sql("""
                select a.position, a.text, a.text_method, a.text_notes, a.text_extracted_at from response_attachment a
                join response r on r.id = a.response_id where r.consultation_id = ? and r.sequence_number = ? and a.position = ?""")
                .params(consultationId, sequenceNumber, position)
                .query(Attachments::text).optional();
    }

    /** What was extracted from each file of a response, without the text itself, in position order. */
    public List<AttachmentText> textNotes(long consultationId, int sequenceNumber) {
        return jdbc.sql("""
                select a.position, null as text, a.text_method, a.text_notes, a.text_extracted_at from response_attachment a
                join response r on r.id = a.response_id where r.consultation_id = ? and r.sequence_number = ? order by a.position""")
                .params(consultationId, sequenceNumber)
                .query(Attachments::text).list();
    }

    private static AttachmentText text(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Array notes = rs.getArray("text_notes");
        java.time.OffsetDateTime extracted = rs.getObject("text_extracted_at", java.time.OffsetDateTime.class);
        return new AttachmentText(rs.getInt("position"), rs.getString("text"), rs.getString("text_method"),
                notes == null ? List.of() : List.of((String[]) notes.getArray()), extracted == null ? null : extracted.toInstant());
    }

    /** A draft's files, with their bytes: they go with the response when the draft is sent. */
    List<Attachment> draftFiles(String draftToken) {
        return jdbc.sql("select position, question_id, name, format, size_bytes, sha256, content from draft_attachment"
                        + " where draft_token = ? order by position")
                .param(draftToken)
                .query((rs, row) -> new Attachment(rs.getString("question_id"), rs.getInt("position"), rs.getString("name"),
                        DocumentFormat.fromJson(rs.getString("format")), rs.getLong("size_bytes"), rs.getString("sha256"),
                        rs.getBytes("content")))
                .list();
    }

    /** Adds files to a draft, in the caller's transaction. */
    void storeWithDraft(String draftToken, List<Attachment> attachments) {
        for (Attachment a : attachments) {
            jdbc.sql("insert into draft_attachment (draft_token, position, question_id, name, format, size_bytes, sha256, content)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(draftToken, a.position(), a.questionId(), a.name(), a.format().jsonName(), a.size(), a.sha256(), a.content())
                    .update();
        }
    }

    void removeFromDraft(String draftToken, int position) {
        jdbc.sql("delete from draft_attachment where draft_token = ? and position = ?").params(draftToken, position).update();
    }
}
