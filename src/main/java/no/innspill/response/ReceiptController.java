package no.innspill.response;

import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Forms;
import no.innspill.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The receipt behind its unguessable link: the document number, the answers, and a PDF/A copy of them. */
@Controller
record ReceiptController(Responses responses, Consultations consultations, Forms forms, ResponsePdfs pdfs, Attachments attachments) {

    /** The receipt page of a response, by its receipt token. */
    static String path(String token) {
        return "/kvittering/" + token;
    }

    /** The receipt's PDF/A copy. */
    static String pdfPath(String token) {
        return path(token) + "/horingssvar.pdf";
    }

    @GetMapping("/kvittering/{token}")
    String receipt(@PathVariable String token, Model model) {
        StoredResponse stored = find(token);
        Consultation consultation = consultations.findById(stored.consultationId()).orElseThrow();
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", forms.get(stored.form(consultation.form())));
        model.addAttribute("response", stored);
        model.addAttribute("answers", stored.answers());
        model.addAttribute("receiptToken", token);
        model.addAttribute("attachedFiles", attachments.list(stored.consultationId(), stored.sequenceNumber()).stream()
                .map(Attachment::described).toList());
        return "response/receipt";
    }

    @GetMapping("/kvittering/{token}/horingssvar.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token, Locale locale) {
        StoredResponse stored = find(token);
        return pdfs.download(consultations.findById(stored.consultationId()).orElseThrow(), stored, locale);
    }

    private StoredResponse find(String token) {
        return responses.findByReceiptToken(token).orElseThrow(() -> new NotFoundException("There is no such receipt"));
    }
}
