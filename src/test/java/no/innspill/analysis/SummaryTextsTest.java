package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The caps and the line breaks of the report's texts, and how a list's cells are escaped into the DOCX. */
class SummaryTextsTest {

    @Test
    void a_text_over_its_cap_is_named_with_its_length_and_the_cap() {
        var errors = SummaryTexts.check(Map.of("title", "t".repeat(501), "intro", "i".repeat(50_000), "closing", "c".repeat(50_001)));
        assertThat(errors).extracting(error -> error.field() + " " + error.code() + " " + error.args())
                .containsExactlyInAnyOrder("title too-long [501, 500]", "closing too-long [50001, 50000]");
    }

    @Test
    void line_breaks_are_one_newline_and_blank_is_none() {
        assertThat(SummaryTexts.normalise("  Første\r\nAndre\rTredje \n")).isEqualTo("Første\nAndre\nTredje");
        assertThat(SummaryTexts.normalise(" \r\n ")).isNull();
        assertThat(SummaryTexts.normalise(null)).isNull();
        // the cap counts the text as stored: a browser's \r\n counts once
        assertThat(SummaryTexts.check(Map.of("intro", "a\r\n".repeat(25_000)))).isEmpty();
    }

    @Test
    void cells_are_escaped_and_characters_xml_cannot_hold_left_out() {
        assertThat(DocxRows.escape("A & B <\"AS\"> \u0001x\uFFFE😀")).isEqualTo("A &amp; B &lt;&quot;AS&quot;&gt; x😀");
        assertThat(DocxRows.escape(null)).isEmpty();
    }
}
