package no.innspill.consultation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.innspill.document.CaseDetails;
import no.innspill.form.FormRef;

/**
 * A consultation: its case, its lifecycle and the form version it asks respondents to fill in.
 *
 * @param deadline      when the public may no longer answer
 * @param responseEmail the receiving address (postmottak) for answers by e-mail
 * @param form          the form version new responses answer; the form module holds it
 */
public record Consultation(
        long id,
        String caseNumber,
        String title,
        String owner,
        ConsultationStatus status,
        Instant deadline,
        String responseEmail,
        String emailInstructions,
        FormRef form,
        Instant createdAt) {

    /** The case number as used in URLs: 22/414 → 22-414. */
    public String slug() {
        return toSlug(caseNumber);
    }

    public static String toSlug(String caseNumber) {
        return caseNumber.replace('/', '-');
    }

    /** What the form's documents print about this consultation. */
    public CaseDetails caseDetails() {
        return new CaseDetails(caseNumber, title, owner, emailInstructions);
    }

    /** A response received at this time comes after the deadline (compared to the second). */
    public boolean isLate(Instant receivedAt) {
        return receivedAt.truncatedTo(ChronoUnit.SECONDS).isAfter(deadline);
    }

    public boolean acceptsPublicResponses(Instant receivedAt) {
        return status == ConsultationStatus.OPEN && !isLate(receivedAt);
    }
}
