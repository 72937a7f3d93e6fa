package no.innspill.intake.review;

import java.nio.charset.StandardCharsets;
import no.innspill.consultation.Consultations;
import no.innspill.intake.IntakeItem;
import no.innspill.intake.IntakeItems;
import no.innspill.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A received file as it came, and a PDF's pages as images for the review screen. The archive copy of
 * the registered response is the archive module's ({@code …/svar/{n}/arkivkopi.pdf}).
 */
@Controller
record IntakeFilesController(Consultations consultations, IntakeItems items) {

    @GetMapping(IntakePaths.BASE + "/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable String slug, @PathVariable long id) {
        IntakeItem item = item(slug, id);
        byte[] bytes = items.content(item).orElseThrow(() -> new NotFoundException("Item " + id + " has no file"));
        MediaType type = item.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(item.contentType());
        return download(bytes, type, item.fileName());
    }

    @GetMapping(path = IntakePaths.BASE + "/{id}/side/{page}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> page(@PathVariable String slug, @PathVariable long id, @PathVariable int page) {
        IntakeItem item = item(slug, id);
        byte[] pdf = item.isPdf() ? items.content(item).orElse(null) : null;
        byte[] png = pdf == null ? null : Previews.pagePng(pdf, page).orElse(null);
        if (png == null) {
            throw new NotFoundException("Item " + id + " has no page " + page);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600").body(png);
    }

    private IntakeItem item(String slug, long id) {
        return items.get(consultations.getBySlug(slug), id);
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
