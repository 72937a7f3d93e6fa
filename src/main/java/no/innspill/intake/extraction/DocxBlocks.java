package no.innspill.intake.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.innspill.document.word.WordParagraph;

/**
 * The paragraphs of an ordinary Word document as blocks of plain text for the matcher: each line
 * of a paragraph one block, bulleted list items as "• " items and numbered ones as "1. ", "2. ", …
 * counted per list and level, spaces tidied. What counts as text is the Word walker's (document.word).
 */
final class DocxBlocks {

    private DocxBlocks() {
    }

    static List<String> of(List<WordParagraph> paragraphs) {
        Map<String, Integer> counters = new HashMap<>();
        List<String> blocks = new ArrayList<>();
        for (WordParagraph paragraph : paragraphs) {
            String prefix = prefix(paragraph.list(), counters);
            String[] lines = paragraph.text().split("\n");
            for (int i = 0; i < lines.length; i++) {
                String text = lines[i].replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
                if (text.isEmpty()) {
                    continue;
                }
                blocks.add(i == 0 && prefix != null ? prefix + text : Glyphs.normaliseBullet(text));
            }
        }
        return blocks;
    }

    /** "• " for a bulleted list item, "1. " and so on for a numbered one, null for no list. */
    private static String prefix(WordParagraph.ListItem item, Map<String, Integer> counters) {
        if (item == null) {
            return null;
        }
        if (!item.numbered()) {
            return "• ";
        }
        return counters.merge(item.numbering() + "/" + item.level(), 1, Integer::sum) + ". ";
    }
}
