package no.innspill.form;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text format of answers and intros (PRODUCT.md): paragraphs separated by a single
 * {@code \n}, a bullet item starts with {@code "• "}. Split into blocks so that the web page, the
 * PDF and the Word form render paragraphs and bullet lists alike.
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

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        List<String> bullets = new ArrayList<>();
        for (String raw : text.split("\n")) {
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
}
