package no.innspill.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedSet;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Text no embedded font can draw is written out as its code point before rendering (PDF/A forbids .notdef glyphs). */
class DrawableTextTest {

    private static final EmbeddedFonts fonts = EmbeddedFonts.load();
    private static final DrawableText drawable = new DrawableText(fonts);

    @Test
    void norwegian_and_sami_text_ballot_boxes_and_typography_are_kept_as_they_are() {
        String text = "Høringssvar «Mål 1» – Æ Ø Å æ ø å é ü § € ☐ ☒ • … ‘’ “” \u00A0 1.1–1.4\n• punkt\ttab ŋ ŧ đ š ž á č Ŋ Ŧ Đ";
        assertThat(drawable.of(text)).isSameAs(text);
    }

    @Test
    void emoji_with_skin_tones_zwj_sequences_variation_selectors_flags_and_keycaps_are_kept() {
        String text = "Bra 👍🏽 og ❤️ 😀 🧬 👨‍👩‍👧 🏳️‍🌈 🇳🇴 🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F 1️⃣ ☺︎";
        assertThat(drawable.of(text)).isEqualTo(text);
    }

    @Test
    void symbols_arrows_mathematics_box_drawing_and_currency_are_kept() {
        String text = "→ ⇒ ↔ ∑ ∫ √ ≤ ≥ ≠ ∞ 𝔄 𝛼 ┌─┐ │ └─┘ ✓ ✔ ✗ ★ ♻ ⚠ € £ ¥ ₹ ₽ ₩ ₺ e\u0301 a\u0308";
        assertThat(drawable.of(text)).isEqualTo(text);
    }

    @Test
    void a_character_no_font_draws_is_written_as_its_code_point_and_remembered() {
        SortedSet<Integer> undrawable = new TreeSet<>();
        assertThat(drawable.of("Bra 漢字 og ₿!", undrawable)).isEqualTo("Bra [U+6F22][U+5B57] og [U+20BF]!");
        assertThat(undrawable).containsExactly(0x20BF, 0x5B57, 0x6F22);
        assertThat(drawable.of("नमस्ते")).startsWith("[U+0928][U+092E]");
    }

    @Test
    void controls_and_broken_surrogates_are_never_dropped_silently() {
        // answers with these are refused before rendering (AnswerValidator); should one get here, it still shows
        assertThat(drawable.of("a\u0007b\uD800c\uDC00d")).isEqualTo("a[U+0007]b[U+D800]c[U+DC00]d");
        assertThat(drawable.of("linje\nlinje\r\n\tinnrykk")).isEqualTo("linje\nlinje\r\n\tinnrykk");
    }

    @Test
    void every_character_that_remains_is_drawable() {
        String result = drawable.of("Bra 👍🏽 og ❤️ – 漢字 – ไทย – 한국어 – ∰ – 𝔄 – \uE000 – ok");
        result.codePoints().forEach(c -> assertThat(fonts.canDraw(c)).as("U+%04X", c).isTrue());
    }

    @Test
    void the_note_lists_each_undrawable_character_once_with_its_name_at_the_end_of_the_body() {
        Document page = Jsoup.parse("<html><head><title>漢 🧬</title></head><body><h1>T</h1>"
                + "<div id=\"innspill-pdf-undrawable\"><h2>Tegn</h2><ul></ul></div><p>漢字 漢</p><p>slutt</p></body></html>");
        drawable.applyTo(page);
        assertThat(page.title()).isEqualTo("漢 🧬");
        assertThat(page.body().child(page.body().childrenSize() - 1).id()).isEqualTo(DrawableText.NOTE_ID);
        assertThat(page.select("p").first().text()).isEqualTo("[U+6F22][U+5B57] [U+6F22]");
        assertThat(page.select("#innspill-pdf-undrawable li").eachText())
                .containsExactly("[U+5B57] CJK UNIFIED IDEOGRAPHS 5B57", "[U+6F22] CJK UNIFIED IDEOGRAPHS 6F22");
    }

    @Test
    void a_page_with_arabic_or_hebrew_in_its_body_asks_for_the_bidi_algorithm() {
        assertThat(drawable.applyTo(Jsoup.parse("<html><head><title>שלום</title></head><body><p>Hei 👍🏽 ŋ</p></body></html>")).rightToLeft()).isFalse();
        assertThat(drawable.applyTo(Jsoup.parse("<html><body><p>Hei שלום</p></body></html>")).rightToLeft()).isTrue();
        assertThat(drawable.applyTo(Jsoup.parse("<html><body><p>سلام</p></body></html>")).rightToLeft()).isTrue();
    }

    @Test
    void a_page_asks_only_for_the_fallback_families_its_characters_need() {
        assertThat(drawable.applyTo(Jsoup.parse("<html><head><title>🙂</title></head><body><p>Høring ☐ ☒ – ŋ</p></body></html>")).fallbacks()).isEmpty();
        assertThat(drawable.applyTo(Jsoup.parse("<html><body><p>Bra 👍🏽 𝔄 漢</p></body></html>")).fallbacks())
                .containsExactlyInAnyOrder("Noto Emoji", "Noto Sans Math");
    }

    @Test
    void the_note_is_removed_when_every_character_is_drawn() {
        Document page = Jsoup.parse("<html><body><div id=\"innspill-pdf-undrawable\"><ul></ul></div><p>Bra 👍🏽</p></body></html>");
        drawable.applyTo(page);
        assertThat(page.getElementById(DrawableText.NOTE_ID)).isNull();
        assertThat(page.select("p").text()).isEqualTo("Bra 👍🏽");
    }
}
