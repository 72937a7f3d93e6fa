package no.innspill.response;

import java.util.Locale;
import no.innspill.consultation.Consultations;
import no.innspill.mail.AttachmentSource;
import org.springframework.stereotype.Component;

/** Renders a response's PDF copy when the outbox sends the mail it is attached to; the reference is the receipt token. */
@Component
record ResponsePdfAttachments(ResponseRepository repository, Consultations consultations, ResponsePdfs pdfs) implements AttachmentSource {

    static final String SOURCE = "response-pdf";

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public byte[] load(String receiptToken) {
        StoredResponse response = repository.findByReceiptToken(receiptToken)
                .orElseThrow(() -> new IllegalStateException("No response with this receipt token"));
        var consultation = consultations.findById(response.consultationId()).orElseThrow();
        return pdfs.render(consultation, response, Locale.forLanguageTag("nb"));
    }
}
