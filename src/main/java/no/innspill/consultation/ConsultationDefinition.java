package no.innspill.consultation;

import java.time.Instant;
import java.time.LocalDate;
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
 * @param contact           whom respondents may ask; {@link Contact#NONE} when nobody is named
 * @param publicationDate   the day it is to open or opened; may be {@code null}
 * @param nynorsk           title and introduction in nynorsk; {@link Translation#NONE} when none
 * @param english           title and introduction in English; {@link Translation#NONE} when none
 */
public record ConsultationDefinition(
        String caseNumber,
        String title,
        String owner,
        LocalDateTime deadline,
        String responseEmail,
        String emailInstructions,
        FormDefinition form,
        Contact contact,
        LocalDate publicationDate,
        Translation nynorsk,
        Translation english) {

    public ConsultationDefinition {
        contact = contact == null ? Contact.NONE : contact;
        nynorsk = nynorsk == null ? Translation.NONE : nynorsk;
        english = english == null ? Translation.NONE : english;
    }

    /** A definition with the case fields only, and no contact person, publication date or translations. */
    public ConsultationDefinition(String caseNumber, String title, String owner, LocalDateTime deadline, String responseEmail,
                                  String emailInstructions, FormDefinition form) {
        this(caseNumber, title, owner, deadline, responseEmail, emailInstructions, form, Contact.NONE, null,
                Translation.NONE, Translation.NONE);
    }

    /** What the form's documents print about this consultation. */
    public CaseDetails caseDetails() {
        return new CaseDetails(caseNumber, title, owner, emailInstructions, deadline == null ? null : deadlineInstant(), responseEmail);
    }

    public Instant deadlineInstant() {
        return deadline.atZone(DateFormats.OSLO).toInstant();
    }
}
