package no.innspill.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import no.innspill.consultation.ConsultationDefinition;
import no.innspill.consultation.ConsultationDefinitions;
import no.innspill.document.FileLimits;
import no.innspill.document.Notice;
import no.innspill.document.ResponseDocuments;
import no.innspill.document.TestDocuments;
import no.innspill.testing.EveryKindForm;
import no.innspill.testing.PdfFormFilling;
import org.junit.jupiter.api.Test;

/**
 * Our fillable blank PDF, filled in with a PDF viewer (PDFBox here) and e-mailed or uploaded: intake
 * reads the answers and the respondent block from its fields, exactly, not from its text.
 */
class FillablePdfIntakeTest {

    private static final ResponseDocuments documents = TestDocuments.service();
    private static final ConsultationDefinition EVERY_KIND = ConsultationDefinitions.parse(EveryKindForm.yaml("26/1234"));
    private static final byte[] FILLED = PdfFormFilling.fill(
            documents.blankFormPdf(EVERY_KIND.form(), EVERY_KIND.caseDetails(), Locale.forLanguageTag("nb")), EveryKindForm.filledIn());

    @Test
    void a_filled_in_fillable_pdf_is_read_from_its_fields_exactly_with_a_note_and_full_confidence() {
        IntakeReading.Read read = IntakeReading.read("høringssvar.pdf", FILLED, EVERY_KIND.form(), EVERY_KIND.caseDetails(), FileLimits.DEFAULTS);

        assertThat(read.problem()).isNull();
        assertThat(read.contentType()).isEqualTo(IntakeFileType.PDF);
        assertThat(read.answers()).containsExactlyEntriesOf(EveryKindForm.answers());
        assertThat(read.respondent()).isEqualTo("Skoleveien vel");
        assertThat(read.unplaced()).isNull();
        assertThat(read.warnings()).containsExactly(Notice.of("read-from-form-fields"));
        assertThat(read.confidence()).isEqualTo(1.0);
    }

    @Test
    void the_whole_respondent_block_comes_from_the_fields() throws ExtractionException {
        Extraction extraction = Extractor.extract("høringssvar.pdf", FILLED, EVERY_KIND.form(), EVERY_KIND.caseDetails(), FileLimits.DEFAULTS);
        assertThat(extraction.respondentDetails()).isEqualTo(new Extraction.Respondent("organisation", "Skoleveien vel", "974 761 076",
                "post@skoleveien.example", "Åse Ødegård", "+47 22 33 44 55"));
        assertThat(extraction.answers()).containsExactlyEntriesOf(EveryKindForm.answers());
    }

    @Test
    void a_person_who_answers_only_one_part_gets_exactly_that() throws ExtractionException {
        byte[] blank = documents.blankFormPdf(EVERY_KIND.form(), EVERY_KIND.caseDetails(), Locale.forLanguageTag("nb"));
        byte[] filled = PdfFormFilling.fill(blank, java.util.Map.of("respondent.kind", "person", "respondent.name", "Kari Nordmann",
                "goals.part.goal1", "- fortau hele veien\n- lavere fart"));
        Extraction extraction = Extractor.extract("svar.pdf", filled, EVERY_KIND.form(), EVERY_KIND.caseDetails(), FileLimits.DEFAULTS);
        assertThat(extraction.respondentDetails().kind()).isEqualTo("person");
        assertThat(extraction.respondent()).isEqualTo("Kari Nordmann");
        // typed bullets become "• " as in the web form
        assertThat(extraction.answers().get("goals.goal1").text()).isEqualTo("• fortau hele veien\n• lavere fart");
        assertThat(extraction.answers().entrySet()).filteredOn(entry -> !entry.getKey().equals("goals.goal1"))
                .allSatisfy(entry -> assertThat(entry.getValue().isEmpty()).as(entry.getKey()).isTrue());
        assertThat(extraction.warnings()).extracting(Notice::code).containsExactly("read-from-form-fields");
    }

    @Test
    void a_pdf_without_our_fields_is_still_read_from_its_text() throws ExtractionException {
        byte[] letter = documents.letterPdf(EVERY_KIND.form(), EVERY_KIND.caseDetails(), EVERY_KIND.deadlineInstant(),
                "postmottak@kommune.example", "https://innspill.example/horinger/26-1234", Locale.forLanguageTag("nb"));
        Extraction extraction = Extractor.extract("brev.pdf", letter, EVERY_KIND.form(), EVERY_KIND.caseDetails(), FileLimits.DEFAULTS);
        assertThat(extraction.warnings()).extracting(Notice::code).doesNotContain("read-from-form-fields");
        assertThat(List.of(extraction.respondentDetails().kind() == null)).containsExactly(true);
    }
}
