package no.innspill.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The faces draw text the way openhtmltopdf measured it: one glyph per character, no ligatures;
 * the fallback faces are used per character and embedded once each, as subsets.
 */
class EmbeddedFontsTest {

    @Test
    void the_documents_style_sheet_tries_the_families_in_the_order_the_fonts_know() throws IOException {
        try (InputStream in = EmbeddedFontsTest.class.getResourceAsStream("/templates/document/layout.html")) {
            String layout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(layout.split("font-family: " + EmbeddedFonts.CSS_FAMILIES + ";", -1)).hasSize(3);
        }
    }

    @Test
    void each_fallback_face_a_text_needs_is_embedded_once_as_a_subset() throws IOException {
        byte[] pdf = new PdfRenderer().render("<html lang=\"nb\"><head><title>t</title></head><body style=\"font-family: "
                + EmbeddedFonts.CSS_FAMILIES.replace('"', '\'') + "\"><p>Hei 🙂 🜁 𝔄 🯰 سلام 🙂 <i>سلام 🙂</i></p><p>🙂 ⚧</p></body></html>");
        try (PDDocument document = PdfInspection.load(pdf)) {
            List<String> fonts = new ArrayList<>();
            var resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName());
            }
            assertThat(fonts).allMatch(font -> font.matches("[A-Z]{6}\\+.+"), "subset");
            assertThat(fonts.stream().map(font -> font.substring(7)).toList()).containsExactlyInAnyOrder(
                    "DejaVuSans", "NotoEmoji-Regular", "NotoSansSymbols-Regular", "NotoSansMath-Regular",
                    "NotoSansSymbols2-Regular", "NotoSansArabic-Regular", "DejaVuSans-Oblique");
        }
    }

    @Test
    void text_is_drawn_without_glyph_substitution() throws IOException {
        // DejaVu Sans's GSUB has an "fi" ligature, which PDFBox would draw as one glyph
        byte[] pdf = new PdfRenderer().render("<html lang=\"nb\"><head><title>fi</title></head><body style=\"font-family: 'DejaVu Sans'\"><p>fifi</p></body></html>");
        try (PDDocument document = PdfInspection.load(pdf)) {
            assertThat(drawnBytes(document)).as("two bytes per glyph (Identity-H)").isEqualTo(2 * "fifi".length());
        }
    }

    /** The bytes of every string shown on the first page; a Type 0 font with Identity-H encoding uses two per glyph. */
    private static int drawnBytes(PDDocument document) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(document.getPage(0));
        List<Object> tokens = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            tokens.add(token);
        }
        int bytes = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator operator && (operator.getName().equals("Tj") || operator.getName().equals("TJ"))) {
                bytes += stringBytes(tokens.get(i - 1));
            }
        }
        return bytes;
    }

    private static int stringBytes(Object operand) {
        if (operand instanceof COSString string) {
            return string.getBytes().length;
        }
        int bytes = 0;
        if (operand instanceof COSArray array) {
            for (COSBase element : array) {
                bytes += stringBytes(element);
            }
        }
        return bytes;
    }
}
