package no.innspill.consultation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The consultation's documents through the API (staff). */
@RestController
@RequestMapping("/api/v1/consultations/{slug}/documents")
@Tag(name = "Consultations")
record ConsultationDocumentsApiController(Consultations consultations, ConsultationDocuments documents) {

    /** A document as the API shows it; {@code url} downloads the file. */
    record DocumentView(long id, int position, String kind, String title, String fileName, String format, String contentType,
                        int size, String sha256, String url) {

        static DocumentView of(Consultation consultation, ConsultationDocument d) {
            return new DocumentView(d.id(), d.position(), d.kind().jsonName(), d.title(), d.fileName(), d.format().jsonName(),
                    d.format().contentType(), d.sizeBytes(), d.sha256(),
                    "/horinger/" + consultation.slug() + "/dokumenter/" + d.id() + "/" + d.downloadName());
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a document: multipart fields file (PDF, DOCX or ODT, at most 20 MB), title and kind"
            + " (horingsbrev, horingsnotat, horingsliste, other); it is listed last (staff)")
    ResponseEntity<DocumentView> add(@PathVariable String slug, @RequestParam(required = false) MultipartFile file,
                                     @RequestParam(required = false) String title, @RequestParam(required = false) String kind)
            throws IOException {
        Consultation consultation = consultations.getBySlug(slug);
        ConsultationDocument added = documents.add(consultation, kind, title, file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes());
        DocumentView view = DocumentView.of(consultation, added);
        return ResponseEntity.created(URI.create(view.url())).body(view);
    }

    @GetMapping
    @Operation(summary = "The consultation's documents in the order they are listed (staff)")
    List<DocumentView> list(@PathVariable String slug) {
        Consultation consultation = consultations.getBySlug(slug);
        return documents.list(consultation).stream().map(d -> DocumentView.of(consultation, d)).toList();
    }
}
