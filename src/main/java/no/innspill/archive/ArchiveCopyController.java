package no.innspill.archive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.http.ProblemDetail;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Staff download a response's archive copy, and those of its attached files, on its page and through the API. A copy not rendered
 * yet answers 503 with Retry-After, as a page that says so for people and as problem+json for
 * programs: it is on its way.
 */
@Controller
@Tag(name = "Archive")
record ArchiveCopyController(Consultations consultations, ArchiveCopies copies) {

    private static final String RETRY_SECONDS = "10";

    /** Writes the PDF itself when there is one (and returns no view), else shows why not. */
    @GetMapping("/saksbehandler/horinger/{slug}/svar/{number}/arkivkopi.pdf")
    String page(@PathVariable String slug, @PathVariable int number, Model model, HttpServletResponse response) throws IOException {
        ArchiveCopy copy = find(slug, number);
        return writeOrExplain(copy.status(), copy.pdf(), disposition(copy), copy, null, slug, number, model, response);
    }

    @GetMapping(path = "/api/v1/consultations/{slug}/responses/{number}/archive-copy.pdf",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @ResponseBody
    @Operation(summary = "The archive copy (PDF/A-2a) of a response, by the number after the dash in its document number;"
            + " 503 with Retry-After while it is being made (staff)")
    ResponseEntity<?> download(@PathVariable String slug, @PathVariable int number) {
        ArchiveCopy copy = find(slug, number);
        if (copy.status() != ArchiveCopy.Status.STORED) {
            return notStored(copy.documentNumber(), copy.status());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION, disposition(copy))
                .body(copy.pdf());
    }

    /** An attached file's archive copy, as {@link #page} for the response's own. */
    @GetMapping("/saksbehandler/horinger/{slug}/svar/{number}/vedlegg/{position}/arkivkopi.pdf")
    String attachmentPage(@PathVariable String slug, @PathVariable int number, @PathVariable int position, Model model,
                          HttpServletResponse response) throws IOException {
        AttachmentArchiveCopy copy = findAttachment(slug, number, position);
        return writeOrExplain(copy.status(), copy.pdf(), ContentDisposition.inline().filename(copy.fileName()).build().toString(), copy,
                position, slug, number, model, response);
    }

    /** Writes the PDF when it is stored (and returns no view), else answers 503 with the page that says why. */
    private static String writeOrExplain(ArchiveCopy.Status status, byte[] pdf, String disposition, Object copy, Integer position,
                                         String slug, int number, Model model, HttpServletResponse response) throws IOException {
        if (status == ArchiveCopy.Status.STORED) {
            response.setContentType(MediaType.APPLICATION_PDF_VALUE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
            return null;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_SECONDS);
        model.addAttribute("copy", copy);
        model.addAttribute("slug", slug);
        model.addAttribute("number", number);
        model.addAttribute("position", position);
        return "archive/not-ready";
    }

    @GetMapping(path = "/api/v1/consultations/{slug}/responses/{number}/attachments/{position}/archive-copy.pdf",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @ResponseBody
    @Operation(summary = "The archive copy (PDF/A) of one attached file of a response, by its position (1, 2, …): the file itself"
            + " when it is PDF/A already, else made from it (the staff page notes how); 503 with Retry-After while it is being made (staff)")
    ResponseEntity<?> downloadAttachment(@PathVariable String slug, @PathVariable int number, @PathVariable int position) {
        AttachmentArchiveCopy copy = findAttachment(slug, number, position);
        if (copy.status() != ArchiveCopy.Status.STORED) {
            return notStored(copy.documentNumber() + ", attachment " + position, copy.status());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(copy.fileName()).build().toString())
                .header("X-Archive-Conversion", copy.conversion())
                .body(copy.pdf());
    }

    private static ResponseEntity<ProblemDetail> notStored(String what, ArchiveCopy.Status status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The archive copy of "
                + what + " is " + (status == ArchiveCopy.Status.PENDING ? "not made yet; try again shortly" : "failed; see the log"));
        problem.setTitle(status == ArchiveCopy.Status.PENDING ? "Archive copy not made yet" : "Archive copy failed");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private AttachmentArchiveCopy findAttachment(String slug, int number, int position) {
        Consultation consultation = consultations.getBySlug(slug);
        return copies.findAttachment(consultation, number, position)
                .orElseThrow(() -> new NotFoundException("Document " + consultation.caseNumber() + "-" + number + " has no attachment " + position));
    }

    private ArchiveCopy find(String slug, int number) {
        Consultation consultation = consultations.getBySlug(slug);
        return copies.find(consultation, number)
                .orElseThrow(() -> new NotFoundException("There is no document " + consultation.caseNumber() + "-" + number));
    }

    private static String disposition(ArchiveCopy copy) {
        return ContentDisposition.inline().filename("arkivkopi-" + copy.documentNumber().replace('/', '-') + ".pdf").build().toString();
    }
}
