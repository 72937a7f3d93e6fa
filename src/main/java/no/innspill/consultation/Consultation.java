package no.innspill.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import no.innspill.document.CaseDetails;
import no.innspill.form.FormRef;

/**
 * A consultation: its case, its lifecycle and the form version it asks respondents to fill in.
 *
 * @param deadline      when the public may no longer answer
 * @param responseEmail the receiving address (postmottak) for answers by e-mail
 * @param form          the form version new responses answer; the form module holds it
 * @param contact         whom respondents may ask; {@link Contact#NONE} when nobody is named
 * @param publicationDate the day it opens (scheduled) or opened, in Europe/Oslo; {@code null} for a draft without one
 * @param nynorsk         title and introduction in nynorsk, each optional
 * @param english         title and introduction in English, each optional
 * @param privateNames    what a private person may choose about their name when responses are published
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
        Instant createdAt,
        Contact contact,
        LocalDate publicationDate,
        Translation nynorsk,
        Translation english,
        PrivateNames privateNames) {

    public Consultation {
        contact = contact == null ? Contact.NONE : contact;
        nynorsk = nynorsk == null ? Translation.NONE : nynorsk;
        english = english == null ? Translation.NONE : english;
        privateNames = privateNames == null ? PrivateNames.CHOICE : privateNames;
    }

    /** A consultation that lets private persons choose about their name. */
    public Consultation(long id, String caseNumber, String title, String owner, ConsultationStatus status, Instant deadline,
                        String responseEmail, String emailInstructions, FormRef form, Instant createdAt, Contact contact,
                        LocalDate publicationDate, Translation nynorsk, Translation english) {
        this(id, caseNumber, title, owner, status, deadline, responseEmail, emailInstructions, form, createdAt, contact,
                publicationDate, nynorsk, english, PrivateNames.CHOICE);
    }

    /** A consultation without contact person, publication date or translations. */
    public Consultation(long id, String caseNumber, String title, String owner, ConsultationStatus status, Instant deadline,
                        String responseEmail, String emailInstructions, FormRef form, Instant createdAt) {
        this(id, caseNumber, title, owner, status, deadline, responseEmail, emailInstructions, form, createdAt,
                Contact.NONE, null, Translation.NONE, Translation.NONE, PrivateNames.CHOICE);
    }

    /** The title in the reader's language (nn, en), bokmål when there is none in it. */
    public String title(Locale locale) {
        String translated = translation(locale).title();
        return translated == null ? title : translated;
    }

    /** The introduction in the reader's language (nn, en), else the form's bokmål one ({@code bokmal}, may be {@code null}). */
    public String intro(Locale locale, String bokmal) {
        String translated = translation(locale).intro();
        return translated == null ? bokmal : translated;
    }

    /** The translation for the reader's language; {@link Translation#NONE} for bokmål and any other language. */
    public Translation translation(Locale locale) {
        return switch (locale == null ? "" : locale.getLanguage()) {
            case "nn" -> nynorsk;
            case "en" -> english;
            default -> Translation.NONE;
        };
    }

    /** Whether the public sees it: once it is open (a scheduled one waits hidden for its date). */
    public boolean isPublic() {
        return status == ConsultationStatus.OPEN || status == ConsultationStatus.CLOSED;
    }

    /** The case number as used in URLs: 22/414 → 22-414. */
    public String slug() {
        return toSlug(caseNumber);
    }

    public static String toSlug(String caseNumber) {
        return caseNumber.replace('/', '-');
    }

    /** What the form's documents print about this consultation. */
    public CaseDetails caseDetails() {
        return new CaseDetails(caseNumber, title, owner, emailInstructions, deadline, responseEmail, privateNames.dbValue());
    }

    /** A response received at this time comes after the deadline (compared to the second). */
    public boolean isLate(Instant receivedAt) {
        return receivedAt.truncatedTo(ChronoUnit.SECONDS).isAfter(deadline);
    }

    public boolean acceptsPublicResponses(Instant receivedAt) {
        return status == ConsultationStatus.OPEN && !isLate(receivedAt);
    }
}
