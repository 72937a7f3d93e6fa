package no.innspill.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What people type for a bullet becomes the stored "• " (issue 9). */
class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"- ", "* ", "\u2013 ", "• ", "  - ", "-\t"})
    void aTypedMarkerStartsABullet(String marker) {
        String text = "Innledning\n" + marker + "første\n" + marker + "andre\nSlutt";

        assertThat(AnswerValidator.normaliseText(text)).isEqualTo("Innledning\n• første\n• andre\nSlutt");
        assertThat(PlainText.blocks(text)).containsExactly(
                new PlainText.Block(false, List.of("Innledning")),
                new PlainText.Block(true, List.of("første", "andre")),
                new PlainText.Block(false, List.of("Slutt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5 grader i natt", "*viktig*", "2 - 1 = 1", "Et tankestrek \u2013 midt i", "- ", "--- ", "**"})
    void otherwiseTheLineStaysAsTyped(String line) {
        assertThat(PlainText.withBullets(line)).isEqualTo(line);
    }

    @Test
    void onlyTheStartOfALineCounts() {
        assertThat(PlainText.withBullets("a - b\n* c\n\nd * e")).isEqualTo("a - b\n• c\n\nd * e");
    }
}
