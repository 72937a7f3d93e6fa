package no.innspill.archive;

import java.time.Instant;

/**
 * The PDF/A archive copy of one attached file of a registered response.
 *
 * @param documentNumber the response's (22/414-7)
 * @param pdf            {@code null} until it is made
 * @param conversion     how it was made ({@link no.innspill.document.ArchivalPdf}); {@code null} until it is made
 * @param detail         the PDF/A flavour a kept file claims ("2b"), or {@code null}
 */
public record AttachmentArchiveCopy(String documentNumber, int position, ArchiveCopy.Status status, byte[] pdf, String conversion,
                                    String detail, Instant renderedAt, String lastError) {

    /** "22-414-7-vedlegg-1" for the file's name. */
    String fileName() {
        return "arkivkopi-" + documentNumber.replace('/', '-') + "-vedlegg-" + position + ".pdf";
    }
}
