package no.innspill.archive;

import java.time.Instant;
import java.util.UUID;

/**
 * One logged change of a journal field (an endring of the endringslogg).
 *
 * @param field    the Noark element changed: {@code tittel}, {@code offentligTittel}, {@code journalstatus}, …
 * @param oldValue {@code null} when the field had none
 * @param newValue {@code null} when the field was cleared
 */
public record JournalChange(long id, UUID systemId, long entryId, String field, String oldValue, String newValue, Instant changedAt,
                            String changedBy) {
}
