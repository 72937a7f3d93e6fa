package no.innspill.consultation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.innspill.form.FormDefinition;
import no.innspill.platform.DateFormats;

/** A consultation as the API shows it; times in Europe/Oslo. */
record ConsultationView(
        String caseNumber,
        String slug,
        String title,
        String owner,
        String status,
        OffsetDateTime deadline,
        boolean acceptingResponses,
        String responseEmail,
        List<String> themes,
        int formVersion,
        Links links) {

    record Links(String self, String form, String responses) {
    }

    static ConsultationView of(Consultation consultation, FormDefinition form, Instant now) {
        String base = "/api/v1/consultations/" + consultation.slug();
        return new ConsultationView(consultation.caseNumber(), consultation.slug(), consultation.title(),
                consultation.owner(), consultation.status().dbValue(),
                consultation.deadline().atZone(DateFormats.OSLO).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS),
                consultation.acceptsPublicResponses(now), consultation.responseEmail(),
                form.themes(), consultation.form().version(), new Links(base, base + "/form", base + "/responses"));
    }
}
