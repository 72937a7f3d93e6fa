package no.innspill.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import no.innspill.document.Notice;
import org.junit.jupiter.api.Test;

/** A notice is worded from the intake bundle in the reader's language, its arguments in their places. */
class NoticeTextsTest {

    private static final Notice TWO_TICKS = Notice.of("several-choices", 1, "Ja, Vet ikke");

    @Test
    void in_bokmal_nynorsk_and_english() {
        assertThat(NoticeTexts.text(TWO_TICKS, Locale.forLanguageTag("nb")))
                .isEqualTo("Spørsmål 1: flere valg er krysset av (Ja, Vet ikke); valget er ikke registrert.");
        assertThat(NoticeTexts.text(TWO_TICKS, Locale.forLanguageTag("nn")))
                .isEqualTo("Spørsmål 1: fleire val er kryssa av (Ja, Vet ikke); valet er ikkje registrert.");
        assertThat(NoticeTexts.text(TWO_TICKS, Locale.ENGLISH))
                .isEqualTo("Question 1: more than one option is ticked (Ja, Vet ikke); no choice was recorded.");
    }

    @Test
    void bokmal_for_other_languages_whatever_the_machine_speaks() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(NoticeTexts.text(Notice.of("question-not-found", 3), Locale.GERMAN))
                    .isEqualTo("Spørsmål 3 ble ikke funnet i dokumentet; svaret kan stå under et annet spørsmål.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_sentence_from_before_notices_had_codes_reads_as_it_was() {
        assertThat(NoticeTexts.text(Notice.of("text", "Et gammelt varsel med {0} og 'fnutter'."), Locale.ENGLISH))
                .isEqualTo("Et gammelt varsel med {0} og 'fnutter'.");
    }
}
