package no.innspill.archive;

import java.time.Instant;

/**
 * The archive copy of one registered response.
 *
 * @param pdf        PDF/A-2a + PDF/UA-1; {@code null} until it is rendered
 * @param renderedAt {@code null} until it is rendered
 * @param lastError  why the last rendering failed, for operators; {@code null} when none did
 */
public record ArchiveCopy(String documentNumber, Status status, byte[] pdf, int attempts, Instant renderedAt, String lastError) {

    /** Waiting to be rendered, stored, or given up on after repeated failures. */
    public enum Status { PENDING, STORED, FAILED }
}
