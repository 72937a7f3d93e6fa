package no.innspill.archive.noark5;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.security.Principal;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Staff download a closed case's Noark 5 extract, through the API and from the case's staff page. Everything
 * that can refuse is checked before the first byte ({@link Noark5Extract#prepare}); then the zip is written to
 * the response as it is made, on the request's own thread (an async StreamingResponseBody would be cut off by the
 * container's async timeout, 30 s by default, long before a case of 10,000 responses is written).
 */
@Controller
@Tag(name = "Archive")
class Noark5Controller {

    private final Consultations consultations;
    private final Noark5Extract extract;

    Noark5Controller(Consultations consultations, Noark5Extract extract) {
        this.consultations = consultations;
        this.extract = extract;
    }

    @GetMapping(path = "/api/v1/consultations/{slug}/noark5.zip", produces = {"application/zip", MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "The Noark 5 v5.0 extract (arkivuttrekk) of a closed consultation's case, as a zip (staff)",
            description = "arkivuttrekk.xml, arkivstruktur.xml, loependeJournal.xml, offentligJournal.xml, endringslogg.xml, "
                    + "Arkivverket's XSDs and dokumenter/ with one PDF/A per document, at the zip's root. Sets every journal entry "
                    + "«Arkivert» (logged in the change log). 409 when the consultation is not closed, or archive copies are still "
                    + "being made or failed; 503 when innspill.archive.noark5-schemas does not point at Arkivverket's schemas.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/zip"))
    @ApiResponse(responseCode = "409", description = "Not closed, copies not made yet or failed, nothing journalled",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The schemas are not configured; the detail says where to get them",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    void download(@PathVariable String slug, Principal staff, HttpServletResponse response) throws IOException {
        write(slug, staff, response);
    }

    /** The same from the case's staff page, behind the staff login; a refusal is a page that says why. */
    @GetMapping("/saksbehandler/horinger/{slug}/noark5.zip")
    void page(@PathVariable String slug, Principal staff, HttpServletResponse response) throws IOException {
        write(slug, staff, response);
    }

    private void write(String slug, Principal staff, HttpServletResponse response) throws IOException {
        Consultation consultation = consultations.getBySlug(slug);
        try (Noark5Extract.Prepared prepared = extract.prepare(consultation, staff.getName())) {
            response.setContentType("application/zip");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("noark5-" + consultation.slug() + ".zip").build().toString());
            OutputStream out = response.getOutputStream();
            extract.write(prepared, out);
            out.flush();
        }
    }

    @ExceptionHandler(Noark5Refusal.class)
    Object refused(Noark5Refusal refusal, HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.getMessage());
            problem.setTitle(refusal.title());
            problem.setProperty("code", refusal.code());
            return ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("archive/noark5-refused");
        page.setStatus(refusal.status());
        page.addObject("code", refusal.code());
        page.addObject("args", refusal.args());
        page.addObject("slug", request.getRequestURI().replaceAll(".*/horinger/([^/]+)/.*", "$1"));
        return page;
    }
}
