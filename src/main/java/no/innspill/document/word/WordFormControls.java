package no.innspill.document.word;

import java.util.ArrayList;
import java.util.List;
import no.innspill.document.word.WordWalker.TaggedControl;
import no.innspill.form.PlainText;

/**
 * The tagged content controls of a document, each read as plain text in the format of PRODUCT.md:
 * paragraphs joined by {@code \n}, list paragraphs as {@code "• "} items.
 */
final class WordFormControls {

    /** One tagged control, in document order. */
    record Control(String tag, boolean checkBox, boolean checked, boolean showingPlaceholder, boolean placeholderStyled,
                   String text) {

        /** A check box that has lost its Word 2010 markup still shows ☒ or an x typed over the box. */
        boolean ticked() {
            if (checkBox) {
                return checked;
            }
            return text != null && (text.chars().anyMatch(c -> TICKS.indexOf(c) >= 0) || text.strip().equalsIgnoreCase("x"));
        }
    }

    private static final String TICKS = "\u2612\u2611\u2713\u2714\u2717\u2718";

    private WordFormControls() {
    }

    static List<Control> of(WordWalker walker) {
        List<Control> controls = new ArrayList<>();
        for (TaggedControl control : walker.taggedControls()) {
            controls.add(new Control(control.tag(), control.checkBox(), control.checked(), control.showingPlaceholder(),
                    control.content().onlyPlaceholderStyle(), text(control.content().paragraphs())));
        }
        return controls;
    }

    private static String text(List<WordParagraph> paragraphs) {
        List<String> lines = new ArrayList<>();
        for (WordParagraph paragraph : paragraphs) {
            if (paragraph.list() != null) {
                String item = paragraph.text().replace('\n', ' ').strip();
                if (!item.isEmpty()) {
                    lines.add(PlainText.BULLET + withoutBullet(item));
                }
                continue;
            }
            for (String line : paragraph.text().split("\n")) {
                String stripped = line.strip();
                if (!stripped.isEmpty()) {
                    lines.add(stripped.startsWith("•") ? PlainText.BULLET + withoutBullet(stripped) : stripped);
                }
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String withoutBullet(String item) {
        return item.startsWith("•") ? item.substring(1).strip() : item;
    }
}
