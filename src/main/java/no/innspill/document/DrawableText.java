package no.innspill.document;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Makes text drawable with the embedded fonts before it is laid out, without changing what it says.
 *
 * <p>Why: a font draws its {@code .notdef} glyph (an empty box) for a character it lacks, and
 * PDF/A forbids any reference to {@code .notdef} (veraPDF rule 6.2.11.8). The embedded families
 * ({@link EmbeddedFonts}: DejaVu Sans with Noto Emoji, Symbols, Symbols 2, Arabic and Math as fallbacks)
 * draw Latin (Sámi and Extended too), Greek, Cyrillic, Arabic, Hebrew, punctuation, currency,
 * arrows, mathematics, box drawing, dingbats and emoji, but no CJK or Indic script: fonts for those
 * would be tens of megabytes. A character that no family can draw in every style is written out
 * as its code point in brackets, "漢" as {@code [U+6F22]}, so a reader and the archive can read it
 * back, and the document lists each such character once with its Unicode name at the end (the
 * element {@code #innspill-pdf-undrawable} of the layout, moved there, or removed when there is
 * none). Nothing is dropped or replaced by "�"; only line feed, carriage return and tab pass as
 * they are among the control characters (answers with others are refused before they get here).
 * The document's metadata (the {@code <head>}) is not drawn and keeps every character.
 */
final class DrawableText {

    static final String NOTE_ID = "innspill-pdf-undrawable";

    private final EmbeddedFonts fonts;

    DrawableText(EmbeddedFonts fonts) {
        this.fonts = fonts;
    }

    /** The text with every character no embedded font draws written as {@code [U+XXXX]}; those are added to {@code undrawable}. */
    String of(String text, SortedSet<Integer> undrawable) {
        if (text == null || allDrawable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (keeps(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(notation(codePoint));
                undrawable.add(codePoint);
            }
        }
        return out.toString();
    }

    String of(String text) {
        return of(text, new TreeSet<>());
    }

    /**
     * Rewrites every text node and attribute value of a parsed page's body (style and script contents
     * are left alone), then fills in the note of undrawable characters at the end of the body, or removes it.
     *
     * @return what the body's text needs: the bidi algorithm, fallback families
     */
    Needs applyTo(org.jsoup.nodes.Document document) {
        Element note = document.getElementById(NOTE_ID);
        if (note != null) {
            note.remove();
        }
        SortedSet<Integer> undrawable = new TreeSet<>();
        boolean[] rightToLeft = {false};
        Set<String> fallbacks = new HashSet<>();
        document.body().traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text) {
                rightToLeft[0] = rightToLeft[0] || isRightToLeft(text.getWholeText());
                addFallbacks(text.getWholeText(), fallbacks);
                String drawable = of(text.getWholeText(), undrawable);
                if (!drawable.equals(text.getWholeText())) {
                    text.text(drawable);
                }
            } else if (node instanceof Element element) {
                for (Attribute attribute : element.attributes()) {
                    attribute.setValue(of(attribute.getValue(), undrawable));
                }
            }
        });
        if (note != null && !undrawable.isEmpty()) {
            Element list = note.selectFirst("ul");
            for (int codePoint : undrawable) {
                list.appendElement("li").text(notation(codePoint) + " " + name(codePoint));
            }
            document.body().appendChild(note);
        }
        return new Needs(rightToLeft[0], fallbacks);
    }

    /**
     * What a page's text needs from the renderer.
     *
     * @param rightToLeft Arabic or Hebrew: the bidi algorithm and Arabic shaping
     * @param fallbacks   the fallback families ({@link EmbeddedFonts#familyFor}) its characters need besides DejaVu Sans
     */
    record Needs(boolean rightToLeft, Set<String> fallbacks) {
    }

    private void addFallbacks(String text, Set<String> fallbacks) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint >= 0x0370) { // DejaVu Sans draws everything below in every style
                String family = fonts.familyFor(codePoint);
                if (family != null && !family.equals(EmbeddedFonts.FAMILY)) {
                    fallbacks.add(family);
                }
            }
        }
    }

    private static boolean isRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0590 && (Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)) {
                return true;
            }
        }
        return false;
    }

    /** How a character no font draws is shown: {@code [U+1F9EC]}. */
    static String notation(int codePoint) {
        return String.format(Locale.ROOT, "[U+%04X]", codePoint);
    }

    /** The character's Unicode name, as the JDK knows it ("DNA DOUBLE HELIX", "CJK UNIFIED IDEOGRAPHS 6F22"); empty for one it does not. */
    private static String name(int codePoint) {
        String name = Character.getName(codePoint);
        return name == null ? "" : name;
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
}
