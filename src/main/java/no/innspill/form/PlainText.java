package no.innspill.form;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text format of answers and intros (PRODUCT.md): paragraphs separated by a single
 * {@code \n}, a bullet item starts with {@code "• "}. Split into blocks so that the web page, the
 * PDF and the Word form render paragraphs and bullet lists alike. What people type for a bullet
 * ({@code "- "}, {@code "* "}, {@code "– "} at the start of a line) is stored as {@code "• "}.
 */
public final class PlainText {

    public static final String BULLET = "• ";

    private PlainText() {
    }

    /** One paragraph, or a run of consecutive bullet items. */
    public record Block(boolean bulletList, List<String> lines) {

        public String paragraph() {
            return lines.get(0);
        }
    }

    /** The markers people type at the start of a line for a list item; each is stored as {@link #BULLET}. */
    private static final List<String> TYPED_BULLETS = List.of("- ", "* ", "\u2013 ", "-\t", "*\t", "\u2013\t");

    /**
     * Each line that starts (after blanks) with a typed bullet marker, {@code "- "}, {@code "* "} or
     * {@code "– "}, as a {@code "• "} item; other lines as they are ({@code "-5 grader"} is no bullet).
     */
    public static String withBullets(String text) {
        if (text == null || text.indexOf('-') < 0 && text.indexOf('*') < 0 && text.indexOf('\u2013') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            String stripped = line.stripLeading();
            String marker = TYPED_BULLETS.stream().filter(stripped::startsWith).findFirst().orElse(null);
            String rest = marker == null ? null : stripped.substring(marker.length()).strip();
            out.append(rest == null || rest.isEmpty() ? line : BULLET + rest);
        }
        return out.toString();
    }

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        List<String> bullets = new ArrayList<>();
        for (String raw : withBullets(text).split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("•")) {
                bullets.add(line.substring(1).strip());
                continue;
            }
            if (!bullets.isEmpty()) {
                blocks.add(new Block(true, List.copyOf(bullets)));
                bullets.clear();
            }
            blocks.add(new Block(false, List.of(line)));
        }
        if (!bullets.isEmpty()) {
            blocks.add(new Block(true, List.copyOf(bullets)));
        }
        return blocks;
    }

    /**
     * Whether {@code text} is text we can store and print: no control characters (C0, DEL, C1; a
     * line break and a tab only when {@code multiline}) and no half of a surrogate pair, which neither
     * PostgreSQL nor a PDF can hold.
     */
    public static boolean isStorable(String text, boolean multiline) {
        for (int i = 0, n = text.length(); i < n; i++) { // a plain loop: this runs over every character of every answer
            char c = text.charAt(i);
            if ((c < 0x20 && !(multiline && (c == '\n' || c == '\t'))) || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }
}
