package no.innspill.document;

import java.util.List;

/**
 * One block of a document's text structure as read from a Word or OpenDocument file: what an
 * archive copy made from the text shows, and what search reads. Layout, images and fonts are not part of it.
 */
public sealed interface TextBlock {

    /** The block's text on its own lines, cells separated by tabs. */
    String plainText();

    /** @param level 1 to 6 */
    record Heading(int level, String text) implements TextBlock {
        public Heading {
            level = Math.max(1, Math.min(6, level));
        }

        @Override
        public String plainText() {
            return text;
        }
    }

    record Paragraph(String text) implements TextBlock {
        @Override
        public String plainText() {
            return text;
        }
    }

    /** One item; consecutive items make a list. @param level 0 at the top */
    record ListItem(int level, boolean numbered, String text) implements TextBlock {
        @Override
        public String plainText() {
            return text;
        }
    }

    /** @param rows cells by row, each cell's text with its paragraphs on lines of their own */
    record Table(List<List<String>> rows) implements TextBlock {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public String plainText() {
            return String.join("\n", rows.stream().map(row -> String.join("\t", row.stream().map(c -> c.replace('\n', ' ')).toList())).toList());
        }
    }
}
