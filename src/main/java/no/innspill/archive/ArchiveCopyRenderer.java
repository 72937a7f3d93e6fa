package no.innspill.archive;

import java.util.Locale;
import no.innspill.archive.ArchiveCopyRepository.Due;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.document.ArchivalPdf;
import no.innspill.document.AttachmentCopies;
import no.innspill.document.ResponseDocuments;
import no.innspill.form.Forms;
import no.innspill.response.Attachments;
import no.innspill.response.Responses;
import no.innspill.response.StoredResponse;
import org.springframework.stereotype.Component;

/** One archive copy: the response as it answered its form version, with its registration, in bokmål. */
@Component
record ArchiveCopyRenderer(Consultations consultations, Responses responses, Forms forms, ResponseDocuments documents,
                           Attachments attachments, AttachmentCopies attachmentCopies) {

    private static final Locale ARCHIVE_LANGUAGE = Locale.forLanguageTag("nb");

    byte[] render(Due copy) {
        Consultation consultation = consultations.getById(copy.consultationId());
        StoredResponse response = responses.find(consultation, copy.sequenceNumber())
                .orElseThrow(() -> new IllegalStateException("No response " + copy.documentNumber()));
        return documents.responsePdf(forms.get(response.form(consultation.form())), consultation.caseDetails(), response.answers(),
                response.details(attachments.described(response.consultationId(), response.sequenceNumber())), ARCHIVE_LANGUAGE);
    }

    /** An attached file's copy, made as {@link AttachmentCopies} decides from the file as stored. */
    ArchivalPdf render(AttachmentArchiveCopyRepository.Due copy) {
        Consultation consultation = consultations.getById(copy.consultationId());
        var file = attachments.get(copy.consultationId(), copy.sequenceNumber(), copy.position())
                .orElseThrow(() -> new IllegalStateException("No attachment " + copy.position() + " of " + copy.documentNumber()));
        return attachmentCopies.convert(file.described(), file.content(), copy.documentNumber(), consultation.caseDetails().owner(),
                attachments.properties().fileLimits());
    }
}
