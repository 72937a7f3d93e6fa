package no.innspill.response;

import java.util.Map;

/**
 * What the archive made of a response's attached files, for the staff page beside each file.
 * Implemented by the archive module, which depends on this one; absent, the page shows no copies.
 */
public interface AttachmentArchiveStatus {

    /** The copies of the response's files, by position. */
    Map<Integer, Copy> copies(long consultationId, int sequenceNumber);

    /**
     * @param status     pending, stored or failed
     * @param conversion kept, page-images or from-text ({@link no.innspill.document.ArchivalPdf}); {@code null} until stored
     * @param detail     the PDF/A flavour a kept file claims ("2b"), or {@code null}
     */
    record Copy(String status, String conversion, String detail) {
    }
}
