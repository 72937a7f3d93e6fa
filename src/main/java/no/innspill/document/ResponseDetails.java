package no.innspill.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the response copy says about the response itself, on its first page.
 *
 * @param documentNumber     the response's document in the case, {@code 22/414-7}
 * @param respondentKind     {@code "organisation"} or {@code "person"}
 * @param organisationNumber nine digits, or {@code null}
 * @param receivedAt         shown in Europe/Oslo time
 * @param attachments        the files attached, listed under their question or, without one, after the answers
 * @param noComments         the respondent answered "ingen merknader" (no comments)
 * @param contact            an organisation's contact person, or {@code null}
 * @param publication        what the respondent said about publication, or {@code null} to say nothing of it
 */
public record ResponseDetails(
        String documentNumber,
        String respondentName,
        String respondentKind,
        String organisationNumber,
        Instant receivedAt,
        List<AttachedFile> attachments,
        boolean noComments,
        Contact contact,
        Publication publication) {

    /** A contact person; either may be {@code null}. */
    public record Contact(String name, String phone) {
    }

    /**
     * @param withholdName shown as "Privatperson" when published
     * @param online       {@code false}: asked not to be published online, for {@code reason}
     */
    public record Publication(boolean withholdName, boolean online, String reason) {
    }

    public ResponseDetails {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(respondentName, "respondentName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public ResponseDetails(String documentNumber, String respondentName, String respondentKind, String organisationNumber,
                           Instant receivedAt, List<AttachedFile> attachments, boolean noComments) {
        this(documentNumber, respondentName, respondentKind, organisationNumber, receivedAt, attachments, noComments, null, null);
    }

    public ResponseDetails(String documentNumber, String respondentName, String respondentKind, String organisationNumber,
                           Instant receivedAt) {
        this(documentNumber, respondentName, respondentKind, organisationNumber, receivedAt, List.of(), false);
    }
}
