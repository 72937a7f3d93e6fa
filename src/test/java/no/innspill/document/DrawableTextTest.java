package no.innspill.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text the embedded fonts cannot draw is replaced before rendering (PDF/A forbids .notdef glyphs). */
class DrawableTextTest {

    private static final EmbeddedFonts fonts = EmbeddedFonts.load();
    private static final DrawableText drawable = new DrawableText(fonts);

    @Test
    void norwegian_text_ballot_boxes_and_typography_are_kept_as_they_are() {
        String text = "Høringssvar «Mål 1» – Æ Ø Å æ ø å é ü § € ☐ ☒ • … ‘’ “” \u00A0 1.1–1.4\n• punkt\ttab";
        assertThat(drawable.of(text)).isSameAs(text);
    }

    @Test
    void each_run_of_undrawable_characters_becomes_one_replacement_character() {
        assertThat(fonts.canDraw(0xFFFD)).isTrue();
        assertThat(drawable.of("Bra 🙂🙂 og 漢字!")).isEqualTo("Bra \uFFFD og \uFFFD!");
        assertThat(drawable.of("👨‍👩‍👧 og 👍🏽")).isEqualTo("\uFFFD og \uFFFD");
        assertThat(drawable.of("ไทย 한국어 𝔄\uE000")).isEqualTo("\uFFFD \uFFFD \uFFFD");
    }

    @Test
    void emoji_the_font_has_are_kept() {
        assertThat(drawable.of("😀 ❤️")).isEqualTo("😀 ❤️");
    }

    @Test
    void invisible_characters_are_dropped_and_unknown_spaces_become_plain_ones() {
        assertThat(drawable.of("a\u0007b\u0000c\u001Bd\u0085e")).isEqualTo("abcde");
        assertThat(drawable.of("ord\u3000ord")).isEqualTo("ord ord");
        assertThat(drawable.of("linje\n\uD83E\uDD84\nlinje")).isEqualTo("linje\n\uFFFD\nlinje");
    }

    @Test
    void broken_surrogates_are_replaced() {
        assertThat(drawable.of("a\uD800b\uDC00c")).isEqualTo("a\uFFFDb\uFFFDc");
    }

    @Test
    void every_character_that_remains_is_in_all_four_faces() {
        String result = drawable.of("Bra 👍🏽 og ❤️ – 漢字 – ไทย – 한국어 – ∰ – 𝔄 – \uE000 – ok");
        result.codePoints().filter(c -> c != '\n').forEach(c -> assertThat(fonts.canDraw(c)).as("U+%04X", c).isTrue());
    }
}
