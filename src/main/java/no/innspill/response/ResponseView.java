package no.innspill.response;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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
        boolean noComments) {

    record Respondent(String name, String kind, String organisationNumber, String email) {
    }

    /** @param form the current form of the consultation: every answer id it has is shown */
    static ResponseView of(Consultation consultation, FormDefinition form, StoredResponse response) {
        var r = response.respondent();
        return new ResponseView(response.documentNumber(), consultation.caseNumber(), response.formVersion(),
                new Respondent(r.name(), r.kind().jsonName(), r.organisationNumber(), r.email()),
                AnswersJson.toJson(form, response.answers()), response.channel().jsonName(),
                oslo(response.receivedAt()), oslo(response.registeredAt()), response.late(), response.noComments());
    }

    static OffsetDateTime oslo(java.time.Instant instant) {
        return instant.atZone(DateFormats.OSLO).toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS);
    }
}
