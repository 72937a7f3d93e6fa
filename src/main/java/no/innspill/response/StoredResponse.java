package no.innspill.response;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.innspill.document.AttachedFile;
import no.innspill.document.ResponseDetails;
import no.innspill.form.Answer;
import no.innspill.form.FormRef;

/**
 * A registered response: a journal document in its case.
 *
 * @param sequenceNumber the number after the dash in the document number (7 in 22/414-7)
 * @param formVersion    the version of the consultation's form it answered
 * @param answers        one entry per answer id of the form, in form order
 * @param source         what registered it, and from what
 * @param receivedAt     when it reached the consulting body (for a letter: its date of arrival)
 * @param registeredAt   when Innspill stored it
 * @param late           received after the deadline (only staff can register such)
 * @param receiptToken   unguessable; opens the receipt page and PDF copy without a login
 * @param noComments     the respondent said "ingen merknader" (no comments); the answers may all be empty
 * @param publication    what the respondent said about publication when sending
 * @param revises        the sequence number of the earlier response of the case this one revises; {@code null} when none
 * @param supersededBy   the sequence number of the revision that replaces this one; {@code null} while it is the latest
 */
public record StoredResponse(
        long consultationId,
        int sequenceNumber,
        String documentNumber,
        int formVersion,
        Respondent respondent,
        Map<String, Answer> answers,
        Channel channel,
        ResponseSource source,
        Instant receivedAt,
        Instant registeredAt,
        boolean late,
        String receiptToken,
        boolean noComments,
        Publication publication,
        Integer revises,
        Integer supersededBy) {

    public StoredResponse {
        publication = publication == null ? Publication.DEFAULT : publication;
    }

    /** A response that revises none and is superseded by none. */
    public StoredResponse(long consultationId, int sequenceNumber, String documentNumber, int formVersion, Respondent respondent,
                          Map<String, Answer> answers, Channel channel, ResponseSource source, Instant receivedAt, Instant registeredAt,
                          boolean late, String receiptToken, boolean noComments, Publication publication) {
        this(consultationId, sequenceNumber, documentNumber, formVersion, respondent, answers, channel, source, receivedAt, registeredAt,
                late, receiptToken, noComments, publication, null, null);
    }

    public boolean isSuperseded() {
        return supersededBy != null;
    }

    /** "22/414-3" when this one revises 22/414-3; {@code null} when it revises none. */
    public String revisesDocumentNumber() {
        return revises == null ? null : caseNumber() + "-" + revises;
    }

    /** "22/414-9" when 22/414-9 replaces this one; {@code null} while this is the latest. */
    public String supersededByDocumentNumber() {
        return supersededBy == null ? null : caseNumber() + "-" + supersededBy;
    }

    private String caseNumber() {
        return documentNumber.substring(0, documentNumber.lastIndexOf('-'));
    }

    /** What the PDF copy says about this response on its first page, with its files ({@code attachments}). */
    public ResponseDetails details(List<AttachedFile> attachments) {
        ContactPerson contact = respondent.contactPerson();
        return new ResponseDetails(documentNumber, respondent.name(), respondent.kind().jsonName(), respondent.organisationNumber(),
                receivedAt, attachments, noComments, contact == null ? null : new ResponseDetails.Contact(contact.name(), contact.phone()),
                new ResponseDetails.Publication(publication.withholdName(), publication.online(), publication.reason()));
    }

    /** The form version this response answered, of the consultation's form. */
    public FormRef form(FormRef consultationForm) {
        return consultationForm.withVersion(formVersion);
    }
}
