package no.innspill.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.innspill.document.FileLimits;
import no.innspill.intake.review.IntakeFixtures;
import no.innspill.testing.DemoDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** One received file read the way intake reads it: what it is, then extracted against the form, within the configured limits. */
class IntakeReadingTest {

    @Test
    void a_word_document_with_macros_is_read_with_one_warning_about_them() {
        byte[] docm = IntakeFixtures.macroDocx("Vi viser til høringen og har ingen merknader.");
        IntakeReading.Read read = read("svar.docm", docm, FileLimits.DEFAULTS);
        assertThat(read.problem()).isNull();
        assertThat(read.unplaced()).isEqualTo("Vi viser til høringen og har ingen merknader.");
        assertThat(read.warnings()).filteredOn(warning -> warning.code().equals("macros")).hasSize(1);
    }

    @Test
    void a_file_over_a_configured_smaller_size_is_refused_with_that_size() {
        byte[] pdf = IntakeFixtures.plainPdf("Høringsinstans: PDF-etaten", "Vi støtter forslaget.");
        assertThat(read("svar.pdf", pdf, configured(Map.of())).problem()).isNull();
        IntakeReading.Read read = read("svar.pdf", pdf, configured(Map.of("innspill.intake.max-file-size", "500B")));
        assertThat(read.problem()).isEqualTo(IntakeProblem.of("too-large", "500"));
        assertThat(read.contentType()).isEqualTo(IntakeFileType.PDF);
    }

    @Test
    void a_word_document_that_unpacks_to_more_than_configured_is_refused() {
        byte[] docx = IntakeFixtures.paddedDocx(30, 60_000, "Vi støtter forslaget.");
        assertThat(read("svar.docx", docx, configured(Map.of())).problem()).isNull();
        assertThat(read("svar.docx", docx, configured(Map.of("innspill.intake.max-unpacked-size", "1MB"))).problem())
                .isEqualTo(IntakeProblem.of("too-large-unpacked"));
        assertThat(read("svar.docx", docx, configured(Map.of("innspill.intake.max-package-parts", "20"))).problem())
                .isEqualTo(IntakeProblem.of("too-large-unpacked"));
    }

    @Test
    void unset_limits_are_the_command_lines() {
        assertThat(configured(Map.of())).isEqualTo(FileLimits.DEFAULTS);
    }

    @Test
    void a_file_whose_name_says_another_type_is_kept_unread() {
        byte[] docx = IntakeFixtures.letterDocx("Vi støtter forslaget.");
        IntakeReading.Read read = read("svar.pdf", docx, FileLimits.DEFAULTS);
        assertThat(read.problem()).isEqualTo(IntakeProblem.of("type-mismatch", "Word (.docx)"));
        assertThat(read.contentType()).isEqualTo(IntakeFileType.DOCX);
    }

    @Test
    void a_pdf_with_bytes_before_its_header_is_read_as_a_pdf() {
        byte[] pdf = IntakeFixtures.plainPdf("Høringsinstans: Skanner-etaten", "Vi støtter forslaget.");
        byte[] prefixed = new byte[pdf.length + 600];
        java.util.Arrays.fill(prefixed, 0, 600, (byte) 'x'); // what some mail gateways and scanners put first
        System.arraycopy(pdf, 0, prefixed, 600, pdf.length);

        assertThat(IntakeFileType.of(prefixed)).isEqualTo(IntakeFileType.PDF);
        IntakeReading.Read read = read("skannet.pdf", prefixed, FileLimits.DEFAULTS);
        assertThat(read.problem()).isNull();
        assertThat(read.respondent()).startsWith("Skanner-etaten"); // its lines are 18 pt apart, one paragraph

        byte[] tooFar = new byte[pdf.length + 1100];
        System.arraycopy(pdf, 0, tooFar, 1100, pdf.length);
        assertThat(IntakeFileType.of(tooFar)).as("the header must come within the first 1024 bytes").isNull();
    }

    private static IntakeReading.Read read(String name, byte[] bytes, FileLimits limits) {
        return IntakeReading.read(name, bytes, DemoDefinition.FORM, DemoDefinition.CASE, limits);
    }

    /** The limits intake reads with, bound from these settings as the application binds its configuration. */
    private static FileLimits configured(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("innspill.intake", IntakeProperties.class).fileLimits();
    }
}
