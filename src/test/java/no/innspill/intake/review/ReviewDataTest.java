package no.innspill.intake.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.innspill.consultation.ConsultationDefinitions;
import no.innspill.form.FormDefinition;
import no.innspill.intake.Extraction;
import no.innspill.intake.IntakeItem;
import no.innspill.testing.EveryKindForm;
import org.junit.jupiter.api.Test;

/** The review form starts from the respondent block intake read; the mail's sender fills only what the file left out. */
class ReviewDataTest {

    static final FormDefinition FORM = ConsultationDefinitions.parse(EveryKindForm.yaml("26/1234")).form();
    static final IntakeItem.Mail MAIL = new IntakeItem.Mail("<1@example>", "Kari Avsender <kari@avsender.example>", "Svar",
            Instant.parse("2026-05-04T08:00:00Z"), null);

    @Test
    void theWholeBlockReadIsPrefilledAndTheFormsEmailWinsOverTheSenders() {
        var read = new Extraction.Respondent("person", "Ola Nordmann", null, "ola@example.no", null, null);
        var data = ReviewData.fromItem(FORM, item(read, MAIL)).answers();
        assertThat(data.respondent("kind")).isEqualTo("person");
        assertThat(data.respondent("name")).isEqualTo("Ola Nordmann");
        assertThat(data.respondent("email")).isEqualTo("ola@example.no");
        assertThat(data.respondent("organisationNumber")).isNull();
    }

    @Test
    void anOrganisationsNumberAndContactPersonArePrefilled() {
        var read = new Extraction.Respondent("organisation", "Skoleveien vel", "974 761 076", null, "Åse Ødegård", "+47 22 33 44 55");
        var data = ReviewData.fromItem(FORM, item(read, null)).answers();
        assertThat(List.of(data.respondent("kind"), data.respondent("organisationNumber"), data.respondent("contactName"),
                data.respondent("contactPhone"))).containsExactly("organisation", "974 761 076", "Åse Ødegård", "+47 22 33 44 55");
        assertThat(data.respondent("email")).isNull();
    }

    @Test
    void withoutAnEmailOnTheFormTheSendersIsTakenAndWithoutAKindAnOrganisation() {
        var data = ReviewData.fromItem(FORM, item(new Extraction.Respondent(null, "Brevskriveren", null, null, null, null), MAIL)).answers();
        assertThat(data.respondent("email")).isEqualTo("kari@avsender.example");
        assertThat(data.respondent("kind")).isEqualTo("organisation");
        assertThat(data.respondent("name")).isEqualTo("Brevskriveren");
    }

    private static IntakeItem item(Extraction.Respondent read, IntakeItem.Mail mail) {
        return new IntakeItem(7, 1, mail == null ? IntakeItem.Source.UPLOAD : IntakeItem.Source.MAILBOX, "svar.pdf", "application/pdf",
                100, "abc", null, IntakeItem.Status.NEEDS_REVIEW, read.name(), read, no.innspill.document.FilledPublication.NONE, Map.of(), null, List.of(), 1.0, null, null,
                Instant.parse("2026-05-04T09:00:00Z"), null, null, mail);
    }
}
