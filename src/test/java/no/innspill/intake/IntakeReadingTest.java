package no.innspill.intake;

import static org.assertj.core.api.Assertions.assertThat;

import no.innspill.intake.review.IntakeFixtures;
import no.innspill.testing.DemoDefinition;
import org.junit.jupiter.api.Test;

/** One received file read the way intake reads it: checked, then extracted against the form. */
class IntakeReadingTest {

    @Test
    void a_word_document_with_macros_is_read_with_one_warning_about_them() {
        byte[] docm = IntakeFixtures.macroDocx("Vi viser til høringen og har ingen merknader.");
        IntakeReading.Read read = IntakeReading.read("svar.docm", docm, DemoDefinition.FORM, DemoDefinition.CASE);
        assertThat(read.problem()).isNull();
        assertThat(read.unplaced()).isEqualTo("Vi viser til høringen og har ingen merknader.");
        assertThat(read.warnings()).filteredOn(warning -> warning.code().equals("macros")).hasSize(1);
    }
}
