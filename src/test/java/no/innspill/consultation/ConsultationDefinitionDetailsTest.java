package no.innspill.consultation;

import static no.innspill.consultation.ConsultationDefinitionsTest.HEADER;
import static no.innspill.consultation.ConsultationDefinitionsTest.TEXT_QUESTION;
import static no.innspill.consultation.ConsultationDefinitionsTest.VALID;
import static no.innspill.consultation.ConsultationDefinitionsTest.errorsOf;
import static no.innspill.consultation.ConsultationDefinitionsTest.singleError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.innspill.platform.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The definition's contact person, publication date and nynorsk/English texts: read, checked, exported and read back. */
class ConsultationDefinitionDetailsTest {

    static final String DETAILS = """
            contact:
              name: "Kari Nordmann"
              email: "kari@example.no"
              phone: "+47 22 24 20 00"
            publicationDate: "2027-03-01"
            translations:
              nn:
                title: "Høyring om testskjema"
                intro: |-
                  Vi ber om innspel.
                  • Eitt punkt
              en:
                title: "Consultation on a test form"
            """;

    @Test
    void theDetailsAreRead() {
        ConsultationDefinition definition = ConsultationDefinitions.parse(DETAILS + VALID);

        assertThat(definition.contact()).isEqualTo(new Contact("Kari Nordmann", "kari@example.no", "+47 22 24 20 00"));
        assertThat(definition.publicationDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(definition.nynorsk()).isEqualTo(new Translation("Høyring om testskjema", "Vi ber om innspel.\n• Eitt punkt"));
        assertThat(definition.english()).isEqualTo(new Translation("Consultation on a test form", null));
    }

    @Test
    void withoutThemTheDefinitionIsAsBefore() {
        ConsultationDefinition definition = ConsultationDefinitions.parse(VALID);

        assertThat(definition.contact()).isEqualTo(Contact.NONE);
        assertThat(definition.publicationDate()).isNull();
        assertThat(definition.nynorsk()).isEqualTo(Translation.NONE);
        assertThat(ConsultationDefinitions.toYaml(definition)).doesNotContain("contact", "publicationDate", "translations");
    }

    @Test
    void theyAreExportedAndReadBackTheSame() {
        ConsultationDefinition definition = ConsultationDefinitions.parse(DETAILS + VALID);

        String yaml = ConsultationDefinitions.toYaml(definition);

        assertThat(ConsultationDefinitions.parse(yaml)).isEqualTo(definition);
        assertThat(yaml).contains("publicationDate: '2027-03-01'", "  nn:\n", "    title: Høyring om testskjema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1. mars 2027", "2027-02-30", "2027-03-01T12:00"})
    void aPublicationDateThatIsNoDay(String date) {
        FieldError error = singleError("publicationDate: \"" + date + "\"\n" + VALID, "publicationDate", 1, "is not a date");
        assertThat(error.code()).isEqualTo("not-a-day");
    }

    @Test
    void aContactThatIsNoMapping() {
        singleError("contact: \"Kari\"\n" + VALID, "contact", 1, "must be a mapping");
    }

    @Test
    void aContactsBadEmailAndPhoneAndUnknownField() {
        List<FieldError> errors = errorsOf("""
                contact:
                  email: "kari(at)example.no"
                  phone: "ring meg"
                  fax: "22"
                """ + VALID);

        assertThat(errors).extracting(FieldError::field, FieldError::line, FieldError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("contact.fax", 4, "unknown-field"),
                org.assertj.core.groups.Tuple.tuple("contact.email", 2, "not-an-email"),
                org.assertj.core.groups.Tuple.tuple("contact.phone", 3, "not-a-phone"));
    }

    @Test
    void aTranslationInAnotherLanguageOrWithAnUnknownField() {
        List<FieldError> errors = errorsOf("""
                translations:
                  se:
                    title: "Gulahallan"
                  nn:
                    tittel: "Høyring"
                """ + HEADER + TEXT_QUESTION);

        assertThat(errors).extracting(FieldError::field, FieldError::line, FieldError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("translations.se", 2, "unknown-field"),
                org.assertj.core.groups.Tuple.tuple("translations.nn.tittel", 5, "unknown-field"));
    }

    @Test
    void translationsThatAreAList() {
        singleError("translations:\n  - nn\n" + VALID, "translations", 2, "must be a mapping");
    }
}
