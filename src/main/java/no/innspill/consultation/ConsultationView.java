package no.innspill.consultation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        String emailInstructions,
        ContactView contact,
        LocalDate publicationDate,
        Map<String, TranslationView> translations,
        List<String> themes,
        int formVersion,
        String privateNames,
        Links links) {

    record Links(String self, String form, String responses) {
    }

    /** Whom to ask; {@code null} parts are absent. */
    record ContactView(String name, String email, String phone) {
    }

    /** The title and introduction in one language (nn, en); either may be {@code null}. */
    record TranslationView(String title, String intro) {
    }

    static ConsultationView of(Consultation consultation, FormDefinition form, Instant now) {
        String base = "/api/v1/consultations/" + consultation.slug();
        return new ConsultationView(consultation.caseNumber(), consultation.slug(), consultation.title(),
                consultation.owner(), consultation.status().dbValue(),
                consultation.deadline().atZone(DateFormats.OSLO).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS),
                consultation.acceptsPublicResponses(now), consultation.responseEmail(), consultation.emailInstructions(),
                consultation.contact().isEmpty() ? null : new ContactView(consultation.contact().name(),
                        consultation.contact().email(), consultation.contact().phone()),
                consultation.publicationDate(), translations(consultation),
                form.themes(), consultation.form().version(), consultation.privateNames().dbValue(), new Links(base, base + "/form", base + "/responses"));
    }

    private static Map<String, TranslationView> translations(Consultation consultation) {
        Map<String, TranslationView> translations = new LinkedHashMap<>();
        if (!consultation.nynorsk().isEmpty()) {
            translations.put("nn", new TranslationView(consultation.nynorsk().title(), consultation.nynorsk().intro()));
        }
        if (!consultation.english().isEmpty()) {
            translations.put("en", new TranslationView(consultation.english().title(), consultation.english().intro()));
        }
        return translations;
    }
}
