package no.innspill.consultation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultation's documents: staff add, replace and order them on their page; everyone downloads
 * them from the public consultation page (a draft's only staff).
 */
@Controller
record ConsultationDocumentsController(Consultations consultations, ConsultationDocuments documents) {

    private static final String STAFF = "STAFF";

    @GetMapping("/saksbehandler/horinger/{slug}/dokumenter")
    String page(@PathVariable String slug, Model model) {
        return page(consultations.getBySlug(slug), "", "", Map.of(), model);
    }

    @PostMapping("/saksbehandler/horinger/{slug}/dokumenter")
    String add(@PathVariable String slug, @RequestParam(required = false) MultipartFile file,
               @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String kind,
               Model model, RedirectAttributes flash, HttpServletResponse response) throws IOException {
        Consultation consultation = consultations.getBySlug(slug);
        try {
            ConsultationDocument added = documents.add(consultation, kind, title, file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes());
            flash.addFlashAttribute("added", added.title());
            return redirect(consultation);
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent("document-" + error.field(), "staff.documents.error." + error.code());
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(consultation, title, kind, errors, model);
        }
    }

    @PostMapping("/saksbehandler/horinger/{slug}/dokumenter/{id}/erstatt")
    String replace(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
                   RedirectAttributes flash) throws IOException {
        Consultation consultation = consultations.getBySlug(slug);
        try {
            ConsultationDocument replaced = documents.replace(consultation, id, file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes());
            flash.addFlashAttribute("replaced", replaced.title());
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("replaceError", "staff.documents.error." + e.errors().get(0).code());
            flash.addFlashAttribute("replaceErrorFor", id);
        }
        return redirect(consultation);
    }

    @PostMapping("/saksbehandler/horinger/{slug}/dokumenter/{id}/flytt")
    String move(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String direction) {
        Consultation consultation = consultations.getBySlug(slug);
        if (direction.equals("up") || direction.equals("down")) {
            documents.move(consultation, id, direction.equals("up"));
        }
        return redirect(consultation);
    }

    @GetMapping("/horinger/{slug}/dokumenter/{id}/{name}")
    ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable long id, HttpServletRequest request) {
        Consultation consultation = consultations.getBySlug(slug);
        if (!consultation.isPublic() && !request.isUserInRole(STAFF)) {
            throw new NotFoundException("There is no consultation " + slug);
        }
        ConsultationDocument document = documents.get(consultation, id);
        byte[] content = documents.content(consultation, document).orElseThrow(() -> new NotFoundException("There is no document " + id));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, document.format().contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.downloadName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private String page(Consultation consultation, String title, String kind, Map<String, String> errors, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("documents", documents.list(consultation));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("documentTitle", title);
        model.addAttribute("documentKind", kind);
        model.addAttribute("errors", errors);
        model.addAttribute("maxTitle", ConsultationDocuments.MAX_TITLE);
        return "consultation/documents";
    }

    private static String redirect(Consultation consultation) {
        return "redirect:/saksbehandler/horinger/" + consultation.slug() + "/dokumenter";
    }
}
