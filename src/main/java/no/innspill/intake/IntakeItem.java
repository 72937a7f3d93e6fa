package no.innspill.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innspill.document.FilledPublication;
import no.innspill.document.Notice;
import no.innspill.form.Answer;

/**
 * One received file and what became of it. The bytes are not part of it; {@link IntakeItems#content}
 * reads them.
 *
 * @param respondent   the respondent's name as read, or {@code null}
 * @param respondentDetails the whole respondent block as read (the name again, kind, organisation number,
 *                     e-mail, contact person), {@code null} where the file said nothing; never {@code null} itself
 * @param publication  what the file's fields say about publication, {@link FilledPublication#NONE} when nothing
 * @param answers      what the extraction read, by answer id; empty when it read nothing
 * @param warnings     what the extraction found for the reviewer to check
 * @param problem      why the file could not be read, or {@code null}
 * @param duplicateOf  the earliest item with the same bytes, or {@code null}
 * @param mail         the e-mail it came with, or {@code null} for an upload
 */
public record IntakeItem(
        long id,
        long consultationId,
        Source source,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Long duplicateOf,
        Status status,
        String respondent,
        Extraction.Respondent respondentDetails,
        FilledPublication publication,
        Map<String, Answer> answers,
        String unplaced,
        List<Notice> warnings,
        Double confidence,
        IntakeProblem problem,
        String rejectionReason,
        Instant receivedAt,
        String documentNumber,
        Instant registeredAt,
        Mail mail) {

    /** The note (kept with the warnings) on answers read from a fillable PDF's fields. */
    static final String READ_FROM_FORM_FIELDS = no.innspill.intake.extraction.Extractions.READ_FROM_FIELDS;

    /** Problems of a PDF that could not be opened at all. */
    private static final Set<String> UNOPENED_PDF = Set.of("corrupt-pdf", "encrypted-pdf");

    public enum Source {
        UPLOAD, MAILBOX;

        public String dbValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Status {
        NEEDS_REVIEW, REGISTERED, REJECTED;

        public String dbValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status of(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The e-mail an attachment came with. */
    public record Mail(String messageId, String sender, String subject, Instant sentAt, String bodyText) {
    }

    /** The warnings that need a person's eye: all but the note that the answers were read from a fillable PDF's fields. */
    public List<Notice> warningsToCheck() {
        return warnings.stream().filter(warning -> !READ_FROM_FORM_FIELDS.equals(warning.code())).toList();
    }

    /** The answers were read from our fillable PDF's fields, exactly, not from its text. */
    public boolean readFromFormFields() {
        return warnings.stream().anyMatch(warning -> READ_FROM_FORM_FIELDS.equals(warning.code()));
    }

    public boolean isPdf() {
        return IntakeFileType.PDF.equals(contentType);
    }

    public boolean isDocx() {
        return IntakeFileType.DOCX.equals(contentType);
    }

    /**
     * What the archive copy of a registered item's response was made from, when the original is no
     * PDF/A that could stand in the archive itself: worded from the item when shown, never stored as text.
     *
     * @param originalIsPdfA the original is a PDF that says it is PDF/A
     */
    public Notice archiveCopyNote(boolean originalIsPdfA) {
        if (status != Status.REGISTERED) {
            return null;
        }
        if (isDocx()) {
            return Notice.of("archive-copy-of-word");
        }
        if (isPdf()) {
            boolean opened = problem == null || !UNOPENED_PDF.contains(problem.code());
            return originalIsPdfA ? null : Notice.of(opened ? "archive-copy-of-pdf" : "archive-copy-of-damaged-pdf");
        }
        return Notice.of("archive-copy-of-unreadable", fileName);
    }

    /** When the response reached the body: the mail's date, or when the file was taken in. */
    public Instant arrivedAt() {
        return mail != null && mail.sentAt() != null ? mail.sentAt() : receivedAt;
    }
}
