package no.innspill.response;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attached file as a download: its own name (RFC 6266, UTF-8), its type, never rendered inline. */
final class AttachmentDownload {

    private AttachmentDownload() {
    }

    static ResponseEntity<byte[]> of(Attachment file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
