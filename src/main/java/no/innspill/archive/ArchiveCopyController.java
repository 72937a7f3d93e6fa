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
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff download a response's archive copy, on its page and through the API. A copy not rendered
 * yet answers 503 with Retry-After: it is on its way.
 */
@RestController
@Tag(name = "Archive")
record ArchiveCopyController(Consultations consultations, ArchiveCopies copies) {

    @GetMapping({"/saksbehandler/horinger/{slug}/svar/{number}/arkivkopi.pdf",
            "/api/v1/consultations/{slug}/responses/{number}/archive-copy.pdf"})
    @Operation(summary = "The archive copy (PDF/A-2a) of a response, by the number after the dash in its document number (staff)")
    ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable int number) {
        Consultation consultation = consultations.getBySlug(slug);
        ArchiveCopy copy = copies.find(consultation, number)
                .orElseThrow(() -> new NotFoundException("There is no document " + consultation.caseNumber() + "-" + number));
        if (copy.status() != ArchiveCopy.Status.STORED) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                    .contentType(MediaType.TEXT_PLAIN).body(("The archive copy of " + copy.documentNumber() + " is "
                            + (copy.status() == ArchiveCopy.Status.PENDING ? "not made yet; try again shortly" : "failed; see the log"))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("arkivkopi-" + copy.documentNumber().replace('/', '-') + ".pdf").build().toString())
                .body(copy.pdf());
    }
}
