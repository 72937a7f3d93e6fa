package no.innspill.consultation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.innspill.form.FormDefinition;

/**
 * A consultation and its form.
 *
 * @param deadline when the public may no longer answer; starts as the form's deadline, but may be
 *                 set apart from it (the demo moves it into the future)
 */
public record Consultation(
        long id,
        String caseNumber,
        String title,
        String owner,
        ConsultationStatus status,
        Instant deadline,
        FormDefinition form,
        Instant createdAt) {

    /** The case number as used in URLs: 22/414 → 22-414. */
    public String slug() {
        return toSlug(caseNumber);
    }

    public static String toSlug(String caseNumber) {
        return caseNumber.replace('/', '-');
    }

    /** A response received at this time comes after the deadline (compared to the second). */
    public boolean isLate(Instant receivedAt) {
        return receivedAt.truncatedTo(ChronoUnit.SECONDS).isAfter(deadline);
    }

    public boolean acceptsPublicResponses(Instant receivedAt) {
        return status == ConsultationStatus.OPEN && !isLate(receivedAt);
    }
}
