package no.innspill.response;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;
import no.innspill.platform.DateFormats;
import no.innspill.consultation.Consultation;
import no.innspill.form.FormDefinition;

/** A stored response as the API and the JSON export show it: the PRODUCT.md shape plus its registration. */
record ResponseView(
        String documentNumber,
        String consultation,
        int formVersion,
        Respondent respondent,
        Map<String, Object> answers,
        String channel,
        OffsetDateTime receivedAt,
        OffsetDateTime registeredAt,
        boolean late,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Map<String, Object>> attachments,
        boolean noComments,
        PublicationView publication,
        @JsonInclude(JsonInclude.Include.NON_NULL) String revises,
        @JsonInclude(JsonInclude.Include.NON_NULL) String supersededBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String excerpt) {

    /** The same with a search's excerpt (plain text; null for none), as a searched list shows each response. */
    ResponseView withExcerpt(String text) {
        return new ResponseView(documentNumber, consultation, formVersion, respondent, answers, channel, receivedAt, registeredAt,
                late, attachments, noComments, publication, revises, supersededBy, text);
    }

    record Respondent(String name, String kind, String organisationNumber, String email, ContactPerson contactPerson) {
    }

    /** {@code {"name": "publish"|"withhold", "online": true|false, "reason": …}} */
    record PublicationView(String name, boolean online, String reason) {

        static PublicationView of(Publication publication) {
            return new PublicationView(publication.nameValue(), publication.online(), publication.reason());
        }
    }

    /** @param form the current form of the consultation: every answer id it has is shown */
    static ResponseView of(Consultation consultation, FormDefinition form, StoredResponse response) {
        return of(consultation, form, response, List.of());
    }

    /**
     * @param attachments the response's files: in the answer of their question, or, when the form has no
     *                    attachments question, as a top-level {@code "attachments"} (absent when there is none)
     */
    static ResponseView of(Consultation consultation, FormDefinition form, StoredResponse response, List<Attachment> attachments) {
        var r = response.respondent();
        List<Map<String, Object>> topLevel = AnswersJson.files(attachments, null);
        return new ResponseView(response.documentNumber(), consultation.caseNumber(), response.formVersion(),
                new Respondent(r.name(), r.kind().jsonName(), r.organisationNumber(), r.email(), r.contactPerson()),
                AnswersJson.toJson(form, response.answers(), attachments), response.channel().jsonName(),
                oslo(response.receivedAt()), oslo(response.registeredAt()), response.late(), topLevel.isEmpty() ? null : topLevel,
                response.noComments(), PublicationView.of(response.publication()), response.revisesDocumentNumber(),
                response.supersededByDocumentNumber(), null);
    }

    static OffsetDateTime oslo(java.time.Instant instant) {
        return instant.atZone(DateFormats.OSLO).toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS);
    }
}
