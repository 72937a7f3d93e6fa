package no.innspill.intake.review;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.document.ResponseDetails;
import no.innspill.document.ResponseDocuments;
import no.innspill.form.Forms;
import no.innspill.intake.IntakeFileType;
import no.innspill.intake.IntakeItem;
import no.innspill.intake.IntakeItems;
import no.innspill.platform.ConflictException;
import no.innspill.response.Channel;
import no.innspill.response.ResponseSubmission;
import no.innspill.response.StoredResponse;
import no.innspill.response.SubmitResponse;
import no.innspill.response.SubmitResponse.Submitter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Service;

/**
 * Registers a reviewed item as a response, once: the idempotency key is derived from the item, so a
 * second confirmation (a double click, a retry after a crash between registering and marking the
 * item) gets the response the first one registered. When the original is not PDF/A, a PDF/A copy
 * of the confirmed answers is kept with the item for the archive.
 */
@Service
class ConfirmIntake {

    private static final Locale ARCHIVE_LANGUAGE = Locale.forLanguageTag("nb");

    private final SubmitResponse submitResponse;
    private final IntakeItems items;
    private final ResponseDocuments documents;
    private final Forms forms;

    ConfirmIntake(SubmitResponse submitResponse, IntakeItems items, ResponseDocuments documents, Forms forms) {
        this.submitResponse = submitResponse;
        this.items = items;
        this.documents = documents;
        this.forms = forms;
    }

    /** @return the document number of the registered response */
    String confirm(Consultation consultation, IntakeItem item, ResponseSubmission submission, Channel channel, Instant receivedAt) {
        if (item.status() == IntakeItem.Status.REGISTERED) {
            return item.documentNumber();
        }
        if (item.status() == IntakeItem.Status.REJECTED) {
            throw new ConflictException("Item rejected", "Intake item " + item.id() + " was rejected and cannot be registered");
        }
        // no request hash: whatever a second confirmation says, the first registration stands
        var accepted = submitResponse.submit(consultation, submission, channel, receivedAt, Submitter.STAFF,
                "intake-" + item.id(), null);
        StoredResponse response = accepted.response();
        byte[] archiveCopy = null;
        if (needsArchiveCopy(item)) {
            var r = response.respondent();
            archiveCopy = documents.responsePdf(forms.get(response.form(consultation.form())), consultation.caseDetails(), response.answers(), new ResponseDetails(
                    response.documentNumber(), r.name(), r.kind().jsonName(), r.organisationNumber(), response.receivedAt()),
                    ARCHIVE_LANGUAGE);
        }
        items.markRegistered(item, response.documentNumber(), archiveCopy);
        return response.documentNumber();
    }

    /** Every original but a PDF/A one; the page says what the copy was made from (IntakeItem.archiveCopyNote). */
    private boolean needsArchiveCopy(IntakeItem item) {
        byte[] original = item.isPdf() ? items.content(item).orElse(null) : null;
        if (original == null) {
            return true;
        }
        try (PDDocument pdf = Loader.loadPDF(original)) {
            return !IntakeFileType.isPdfA(pdf);
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
