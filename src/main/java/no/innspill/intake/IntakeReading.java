package no.innspill.intake;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innspill.document.CaseDetails;
import no.innspill.document.FileLimits;
import no.innspill.document.FilledPublication;
import no.innspill.document.Notice;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one received file: what it is by its content, then the {@link Extractor} reads it against
 * the form, within the configured limits. Never throws for a bad file: what went wrong is part of
 * the result, so the rest of a batch or of a mailbox goes on.
 */
final class IntakeReading {

    private static final Logger log = LoggerFactory.getLogger(IntakeReading.class);

    private IntakeReading() {
    }

    /**
     * What was read; {@code problem} set when nothing could be.
     *
     * @param respondent        the respondent's name, or {@code null}
     * @param respondentDetails the whole respondent block as read, blank fields {@code null}; never {@code null}
     * @param publication       the publication choices as read; never {@code null}
     */
    record Read(String contentType, String respondent, Extraction.Respondent respondentDetails, FilledPublication publication,
                Map<String, Answer> answers, String unplaced, List<Notice> warnings, Double confidence, IntakeProblem problem) {

        static Read failed(String contentType, IntakeProblem problem) {
            return new Read(contentType, null, Extraction.Respondent.NONE, FilledPublication.NONE, Map.of(), null, List.of(), null, problem);
        }
    }

    static Read read(String fileName, byte[] bytes, FormDefinition form, CaseDetails caseDetails, FileLimits limits) {
        String contentType = IntakeFileType.of(bytes);
        if (IntakeFileType.namedOtherwise(fileName, contentType)) {
            // kept unread: the sender may have attached the wrong file, which a person should see first
            return Read.failed(contentType, IntakeProblem.of("type-mismatch", contentType.equals(IntakeFileType.PDF) ? "PDF" : "Word (.docx)"));
        }
        try {
            Extraction extraction = Extractor.extract(fileName, bytes, form, caseDetails, limits);
            double confidence = Math.max(0, Math.min(1, extraction.confidence()));
            String name = blankToNull(extraction.respondent());
            return new Read(contentType, name, details(extraction.respondentDetails(), name), extraction.publication(), extraction.answers(),
                    blankToNull(extraction.unplaced()), extraction.warnings(), Double.isNaN(confidence) ? null : confidence, null);
        } catch (ExtractionException e) {
            return Read.failed(contentType, e.problem());
        } catch (RuntimeException | StackOverflowError e) {
            // a reader's bug on a hostile file: logged with an id, the file kept for a person to read
            String id = UUID.randomUUID().toString();
            log.error("Could not read {} (error {})", fileName, id, e);
            return Read.failed(contentType, IntakeProblem.of("unreadable", id));
        }
    }

    /** The block with blank fields as {@code null} and the name as read for the item. */
    private static Extraction.Respondent details(Extraction.Respondent read, String name) {
        return new Extraction.Respondent(blankToNull(read.kind()), name, blankToNull(read.organisationNumber()),
                blankToNull(read.email()), blankToNull(read.contactName()), blankToNull(read.contactPhone()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
