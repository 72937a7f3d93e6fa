package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Forms;
import no.innspill.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The receipt behind its unguessable link: the document number, the answers, and a PDF/A copy of them; and the way to
 * send a revised response in its place while the consultation takes responses.
 */
@Controller
record ReceiptController(Responses responses, Consultations consultations, Forms forms, ResponsePdfs pdfs, Attachments attachments,
                         RevisionDrafts revisions) {

    /** The receipt page of a response, by its receipt token. */
    static String path(String token) {
        return "/kvittering/" + token;
    }

    /** The receipt's PDF/A copy. */
    static String pdfPath(String token) {
        return path(token) + "/horingssvar.pdf";
    }

    /** Where «Send et revidert svar» posts: a draft made from the response, which the respondent changes and sends. */
    static String revisePath(String token) {
        return path(token) + "/revider";
    }

    @GetMapping("/kvittering/{token}")
    String receipt(@PathVariable String token, Model model) {
        StoredResponse stored = find(token);
        return show(stored, consultations.findById(stored.consultationId()).orElseThrow(), token, model);
    }

    /**
     * Starts a revised response: while the consultation takes responses, a draft filled in from this one (its files
     * too) that remembers it revises it; once it takes none, or when this one was revised already, the receipt again
     * (409) saying why, and where a revision goes now.
     */
    @PostMapping("/kvittering/{token}/revider")
    String revise(@PathVariable String token, Model model, HttpServletResponse http) {
        StoredResponse stored = find(token);
        Consultation consultation = consultations.findById(stored.consultationId()).orElseThrow();
        if (stored.isSuperseded() || !consultation.acceptsPublicResponses(Instant.now())) {
            http.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("reviseRefused", true);
            return show(stored, consultation, token, model);
        }
        return "redirect:" + PrefilledDrafts.path(consultation, revisions.start(consultation, stored));
    }

    private String show(StoredResponse stored, Consultation consultation, String token, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", forms.get(stored.form(consultation.form())));
        model.addAttribute("response", stored);
        model.addAttribute("answers", stored.answers());
        model.addAttribute("receiptToken", token);
        model.addAttribute("attachedFiles", attachments.list(stored.consultationId(), stored.sequenceNumber()).stream()
                .map(Attachment::described).toList());
        // a revision only while the consultation takes responses from the public, and only of the latest version
        model.addAttribute("revisable", !stored.isSuperseded() && consultation.acceptsPublicResponses(Instant.now()));
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
