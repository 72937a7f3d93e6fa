package no.innspill.response;

import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.document.ResponseDocuments;
import no.innspill.form.Forms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The PDF/A copy of a registered response, for the receipt page, staff and the receipt e-mail. */
@Component
record ResponsePdfs(ResponseDocuments documents, Forms forms, Attachments attachments) {

    /** The copy of a response as it answered its form version, labelled in {@code locale}. */
    byte[] render(Consultation consultation, StoredResponse response, Locale locale) {
        return documents.responsePdf(forms.get(response.form(consultation.form())), consultation.caseDetails(), response.answers(),
                response.details(attachments.described(response.consultationId(), response.sequenceNumber())), locale);
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
