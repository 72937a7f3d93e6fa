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
 * Staff download a response's archive copy, on its page and through the API. A copy not rendered
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
        if (copy.status() == ArchiveCopy.Status.STORED) {
            response.setContentType(MediaType.APPLICATION_PDF_VALUE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(copy));
            response.setContentLength(copy.pdf().length);
            response.getOutputStream().write(copy.pdf());
            return null;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_SECONDS);
        model.addAttribute("copy", copy);
        model.addAttribute("slug", slug);
        model.addAttribute("number", number);
        return "archive/not-ready";
    }

    @GetMapping(path = "/api/v1/consultations/{slug}/responses/{number}/archive-copy.pdf",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @ResponseBody
    @Operation(summary = "The archive copy (PDF/A-2a) of a response, by the number after the dash in its document number;"
            + " 503 with Retry-After while it is being made (staff)")
    ResponseEntity<?> download(@PathVariable String slug, @PathVariable int number) {
        ArchiveCopy copy = find(slug, number);
        if (copy.status() != ArchiveCopy.Status.STORED) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The archive copy of "
                    + copy.documentNumber() + " is " + (copy.status() == ArchiveCopy.Status.PENDING
                    ? "not made yet; try again shortly" : "failed; see the log"));
            problem.setTitle(copy.status() == ArchiveCopy.Status.PENDING ? "Archive copy not made yet" : "Archive copy failed");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_SECONDS)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION, disposition(copy))
                .body(copy.pdf());
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
