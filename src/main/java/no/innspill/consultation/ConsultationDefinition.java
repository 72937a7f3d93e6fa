package no.innspill.consultation;

import java.time.Instant;
import java.time.LocalDateTime;
import no.innspill.document.CaseDetails;
import no.innspill.form.FormDefinition;
import no.innspill.platform.DateFormats;

/**
 * A consultation as its YAML definition describes it (docs/forms.md): the case data, which this
 * module keeps, and the form, which the form module keeps.
 *
 * @param deadline          local time in Europe/Oslo; a definition that gives a date means the end of that day
 * @param responseEmail     the receiving address (postmottak) for answers by e-mail
 * @param emailInstructions how to answer by e-mail, printed on the blank forms; may be {@code null}
 */
public record ConsultationDefinition(
        String caseNumber,
        String title,
        String owner,
        LocalDateTime deadline,
        String responseEmail,
        String emailInstructions,
        FormDefinition form) {

    /** What the form's documents print about this consultation. */
    public CaseDetails caseDetails() {
        return new CaseDetails(caseNumber, title, owner, emailInstructions);
    }

    public Instant deadlineInstant() {
        return deadline.atZone(DateFormats.OSLO).toInstant();
    }
}
