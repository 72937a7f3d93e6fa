package no.innspill.response;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.document.ResponseDetails;
import no.innspill.document.ResponseDocuments;
import no.innspill.form.Forms;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The PDF/A copy of a registered response, for the receipt page, staff and the receipt e-mail. */
@Component
record ResponsePdfs(ResponseDocuments documents, Forms forms, Attachments attachments, SubmissionReader reader,
                    MessageSource messages) {

    /** The copy of a response as it answered its form version, labelled in {@code locale}. */
    byte[] render(Consultation consultation, StoredResponse response, Locale locale) {
        return documents.responsePdf(forms.get(response.form(consultation.form())), consultation.caseDetails(), response.answers(),
                response.details(attachments.described(response.consultationId(), response.sequenceNumber())), locale);
    }

    /**
     * The copy of a draft that was never sent, in the same layout as a response's: where a response has its
     * document number it says "Ikke sendt inn" (for a late draft: "– kom etter fristen"), and the time is when
     * it was tried (a late draft) or now. Its answers as typed, also those the form would refuse.
     */
    byte[] renderDraft(Consultation consultation, Drafts.Draft draft, List<Attachment> files, Locale locale) {
        var submission = reader.read(draft.data().toJson()).submission();
        var respondent = submission.respondent();
        String name = respondent == null || respondent.name() == null || respondent.name().isBlank() ? "–" : respondent.name();
        String marker = messages.getMessage(draft.late() ? "late-draft.pdf-marker" : "late-draft.pdf-marker-unsent", null, locale);
        return documents.responsePdf(forms.get(consultation.form()), consultation.caseDetails(), submission.answers(),
                new ResponseDetails(marker, name, respondent == null || respondent.kind() == null ? null : respondent.kind().jsonName(),
                        respondent == null ? null : respondent.organisationNumber(),
                        draft.lateAt() == null ? Instant.now() : draft.lateAt(),
                        files.stream().map(Attachment::described).toList(), false), locale);
    }

    ResponseEntity<byte[]> downloadDraft(Consultation consultation, Drafts.Draft draft, List<Attachment> files, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
                        "utkast-" + consultation.caseNumber().replace('/', '-') + ".pdf").build().toString())
                .body(renderDraft(consultation, draft, files, locale));
    }

    static String fileName(StoredResponse response) {
        return "horingssvar-" + response.documentNumber().replace('/', '-') + ".pdf";
    }

    ResponseEntity<byte[]> download(Consultation consultation, StoredResponse response, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName(response)).build().toString())
                .body(render(consultation, response, locale));
    }
}
