package no.innspill.document;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Makes text drawable with the embedded fonts before it is laid out.
 *
 * <p>Why: a font draws its {@code .notdef} glyph (an empty box) for a character it lacks, and
 * PDF/A forbids any reference to {@code .notdef} (veraPDF rule 6.2.11.8), so one emoji or Chinese
 * word in an answer would make the archive copy non-compliant. We embed one family (DejaVu Sans)
 * and no fallback fonts: a fallback for CJK or emoji would be tens of megabytes per family and
 * still leave gaps. Instead, every character that not all four embedded faces can draw (checked
 * against their {@code cmap} tables, see {@link EmbeddedFonts#canDraw}; DejaVu has Latin, Greek,
 * Cyrillic, Arabic, Hebrew, many symbols and a few emoji such as 😀, but no CJK) is replaced:
 * <ul>
 *   <li>invisible characters (format characters such as ZWJ, variation selectors, combining marks)
 *       are dropped, and so are control characters other than tab, line feed and carriage return;</li>
 *   <li>unknown whitespace becomes a plain space;</li>
 *   <li>any other run of undrawable characters, with the joiners and modifiers inside it, becomes
 *       one U+FFFD REPLACEMENT CHARACTER (�), so a reader sees that something stood there
 *       ("Bra 👍🏽" → "Bra �", "漢字" → "�").</li>
 * </ul>
 * Only the PDF shows the replacement; the stored answer, the web page and exports keep the original.
 */
final class DrawableText {

    private final EmbeddedFonts fonts;
    private final int replacement;

    DrawableText(EmbeddedFonts fonts) {
        this.fonts = fonts;
        this.replacement = fonts.canDraw(0xFFFD) ? 0xFFFD : '?';
    }

    String of(String text) {
        if (text == null || allDrawable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean replacing = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
                out.appendCodePoint(codePoint);
                replacing = false;
            } else if (replacing && isInvisible(codePoint)) {
                continue; // a joiner or modifier inside an undrawable sequence ("👨‍👩‍👧" is one "�")
            } else if (keeps(codePoint)) {
                out.appendCodePoint(codePoint);
                replacing = false;
            } else if (isInvisible(codePoint)) {
                continue;
            } else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                out.append(' ');
                replacing = false;
            } else if (!replacing) {
                out.appendCodePoint(replacement);
                replacing = true;
            }
        }
        return out.toString();
    }

    /** Rewrites every text node and attribute value of a parsed page; style and script contents are left alone. */
    void applyTo(org.jsoup.nodes.Document document) {
        document.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text) {
                String drawable = of(text.getWholeText());
                if (!drawable.equals(text.getWholeText())) {
                    text.text(drawable);
                }
            } else if (node instanceof Element element) {
                for (Attribute attribute : element.attributes()) {
                    attribute.setValue(of(attribute.getValue()));
                }
            }
        });
    }

    private boolean allDrawable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || !keeps(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean keeps(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == '\t'
                || (!Character.isISOControl(codePoint) && fonts.canDraw(codePoint));
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
