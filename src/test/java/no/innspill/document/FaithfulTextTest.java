package no.innspill.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import no.innspill.form.Answer;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every character a respondent plausibly types, from every Unicode block they use, comes out of
 * the response's PDF/A copy as typed, or, for the scripts no embedded font covers, as its
 * {@code [U+XXXX]} with the character named in the note at the end; and the copy stays PDF/A-2a
 * and PDF/UA-1 with emoji and attachments in it.
 */
class FaithfulTextTest {

    private static final ResponseDocuments documents = TestDocuments.service();
    private static final EmbeddedFonts fonts = EmbeddedFonts.load();
    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

    /** A sample of a block; {@code drawn}: every character of it must be drawn by an embedded font, not written out. */
    private record Sample(String block, String text, boolean drawn) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("Norwegian", "Æ Ø Å æ ø å é è ê ó ò ô ü « » § ½", true),
            new Sample("Sámi", "Sámegiella: ŋ ŧ đ š ž á č Ŋ Ŧ Đ Š Ž Á Č ǯ Ǯ ǧ ǩ ʒ ä ö â ï õ", true),
            new Sample("Latin Extended", "Łódź Ærøskøbing Ő ű ą ę ż ș ț ğ ı ş ř ů ñ ç ß ẞ ỹ ạ ǆ ĳ œ Œ þ Þ ð", true),
            new Sample("combining marks", "e\u0301 o\u0308 n\u0303 a\u030A i\u0328 u\u0323\u0302", true),
            new Sample("Greek", "Ελληνικά: αβγδ ΑΒΓΔ ά έ ώ ϊ", true),
            new Sample("Cyrillic", "Русский язык: ёЁ щЩ ъ Українська ї є ґ Српски ђ ћ џ", true),
            new Sample("Arabic", "العربية سلام", true),
            new Sample("Hebrew", "עברית שלום", true),
            new Sample("punctuation", "‐ – — ‘ ’ “ ” „ ‹ › … ‰ † ‡ • · ′ ″ ¡ ¿ ¶ ‽ \u00A0 \u2009 \u202F", true),
            new Sample("currency", "€ £ ¥ ₹ ₽ ₩ ₺ ₴ ₪ ¢ $ ₫", true),
            new Sample("arrows", "← → ↑ ↓ ↔ ↕ ⇐ ⇒ ⇔ ↩ ⤴", true),
            new Sample("mathematics", "∑ ∫ √ ∞ ≤ ≥ ≠ ≈ ± × ÷ ∈ ∉ ∀ ∃ ∅ ∩ ∪ ⊂ ° ‰ 𝔄 𝛼 𝑥 𝟙 ⨁", true),
            new Sample("box drawing", "┌─┬─┐ │ ├─┼─┤ └─┴─┘ ═ ║ ╔ ╝ ▀ ▄ █ ░ ▒ ▓", true),
            new Sample("dingbats and symbols", "✓ ✔ ✗ ✘ ★ ☆ ✂ ✉ ❤ ❗ ➡ ☎ ☀ ☂ ♻ ⚠ ⚡ ⛔ ♀ ♂ ⚧ © ® ™", true),
            new Sample("emoji", "😀 😂 🙂 😍 🤔 👍 👎 🧬 🎉 🚀 🫠 🥲 🦌 🌍 🏠 💡 📎 🗳 ✅ ❌", true),
            new Sample("skin tones", "👍🏻 👍🏼 👍🏽 👍🏾 👍🏿 👋🏽 🧑🏾\u200D⚕\uFE0F", true),
            new Sample("ZWJ sequences", "👨\u200D👩\u200D👧\u200D👦 🏳\uFE0F\u200D🌈 👩\u200D💻 🧑\u200D🤝\u200D🧑 ❤\uFE0F\u200D🔥", true),
            new Sample("flags", "🇳🇴 🇸🇪 🇩🇰 🇫🇮 🇪🇺 🇺🇦 🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F", true),
            new Sample("keycaps and variation selectors", "1\uFE0F\u20E3 #\uFE0F\u20E3 ☺\uFE0E ☺\uFE0F ❤\uFE0E ✌\uFE0F", true),
            new Sample("Devanagari", "नमस्ते हिन्दी", false),
            new Sample("CJK", "漢字 中文 日本語 ひらがな カタカナ 한국어\u3000。", false),
            new Sample("Thai", "ภาษาไทย", false),
            new Sample("bitcoin", "₿", false));

    @Test
    void every_covered_block_is_drawn_by_an_embedded_font() {
        for (Sample sample : SAMPLES) {
            if (sample.drawn()) {
                sample.text().codePoints().forEach(c -> assertThat(fonts.canDraw(c))
                        .as("%s: U+%04X %s", sample.block(), c, Character.getName(c)).isTrue());
            }
        }
    }

    @Test
    void every_character_of_every_block_is_in_the_pdf_or_written_out_and_named_in_the_note() throws IOException {
        StringBuilder answer = new StringBuilder();
        for (Sample sample : SAMPLES) {
            answer.append(sample.block()).append(": ").append(sample.text()).append('\n');
        }
        Map<String, Answer> answers = new HashMap<>();
        answers.put("q3", new Answer(null, answer.toString().strip()));
        answers.put("q4", new Answer(null, "Hilsen 🦌 Sámediggi – Ŋŋ Ŧŧ Đđ"));
        List<AttachedFile> attachments = List.of(
                new AttachedFile(null, 1, "Høringsbrev signert ✍️.pdf", DocumentFormat.PDF, 48_000),
                new AttachedFile(null, 2, "Vedlegg – Sámi ŋ 漢.docx", DocumentFormat.DOCX, 1_500_000));
        ResponseDetails details = new ResponseDetails("22/414-12", "Sámediggi 🦌 Ŋ", "organisation", "974761076",
                TestDocuments.RECEIVED, attachments, false);
        byte[] pdf = documents.responsePdf(TestDocuments.form(), TestDocuments.CASE, answers, details, BOKMAL);
        Files.createDirectories(Path.of("target", "pdf-samples"));
        Files.write(Path.of("target", "pdf-samples", "unicode-response.pdf"), pdf);

        assertThat(PdfInspection.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a rules failed").isEmpty();
        assertThat(PdfInspection.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 rules failed").isEmpty();

        String text = squeeze(String.join("", PdfInspection.pages(pdf)));
        SortedSet<Integer> undrawable = new TreeSet<>();
        for (Sample sample : SAMPLES) {
            String expected = expected(sample.text(), undrawable);
            assertThat(text).as("%s as typed", sample.block()).contains(squeeze(sample.block() + ": " + expected));
            assertThat(expected.contains("[U+")).as("%s written out", sample.block()).isEqualTo(!sample.drawn());
        }
        assertThat(text).contains(squeeze("Sámediggi 🦌 Ŋ"), squeeze("Hilsen 🦌 Sámediggi – Ŋŋ Ŧŧ Đđ"),
                squeeze("Høringsbrev signert ✍️.pdf (47 kB, PDF)"), squeeze("Vedlegg – Sámi ŋ [U+6F22].docx (1,4 MB, Word)"));

        String note = text.substring(text.lastIndexOf(squeeze("Tegn som ikke kunne vises")));
        List<String> named = new ArrayList<>();
        for (int codePoint : undrawable) {
            named.add(squeeze(DrawableText.notation(codePoint) + " " + Character.getName(codePoint)));
        }
        assertThat(note).contains(named);
        assertThat(note.split("\\[U\\+", -1)).as("each character named once").hasSize(undrawable.size() + 1);
    }

    /** The text as the PDF must give it back: what a font draws as typed, the rest as [U+XXXX]. */
    private static String expected(String text, SortedSet<Integer> undrawable) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (fonts.canDraw(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(DrawableText.notation(c));
                undrawable.add(c);
            }
        });
        return out.toString();
    }

    /** Without any whitespace: extraction turns line breaks, and spaces no font marks, into its own spaces. */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2009\\u202F\\u3000]+", "");
    }
}
