package no.innspill.document.word;

import static no.innspill.document.word.WordDom.child;
import static no.innspill.document.word.WordDom.is;
import static no.innspill.document.word.WordDom.on;
import static no.innspill.document.word.WordDom.textOf;
import static no.innspill.document.word.WordDom.value;
import static no.innspill.document.word.WordFormXml.MC;
import static no.innspill.document.word.WordFormXml.W;
import static no.innspill.document.word.WordFormXml.W14;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innspill.document.TextBlock;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The one walk through a Word document's body, for both readers: the plain text of any document
 * and the tagged controls of our own form. It decides what a reader sees — paragraphs in document
 * order (also in tables and content controls), lists through numbering or paragraph styles, check
 * boxes of every kind (Word 2010 check box controls, legacy FORMCHECKBOX fields, Wingdings
 * symbols) as ☒ or ☐ — and what it does not: deleted text, field codes, text boxes, compatibility
 * fallbacks. Walks the XML itself, because POI's model knows neither Word 2010 check boxes nor
 * controls inside tables and other controls.
 */
final class WordWalker {

    static final char TICKED = '\u2612';
    static final char UNTICKED = '\u2610';
    /** Elements whose text is not part of what a reader sees: properties, deletions, field codes, text boxes, references. */
    private static final Set<String> SKIPPED = Set.of("sdtPr", "sdtEndPr", "pPr", "rPr", "del", "moveFrom", "delText",
            "instrText", "delInstrText", "txbxContent", "fldData", "footnoteReference", "endnoteReference", "commentReference");
    private static final String TICKED_SYMBOLS = "\uf0fd\uf0fe\uf078";
    private static final String UNTICKED_SYMBOLS = "\uf0a8\uf06f";
    private static final String BULLET_SYMBOLS = "\uf0b7\uf0a7";
    /** Word's built-in heading styles by their ids in English and Norwegian Word, and the title. */
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(?:heading|overskrift)\\s*([1-9])");
    private static final Pattern TITLE_STYLE = Pattern.compile("(?i)title|tittel");

    /** A content control with a tag, its content read as it stands, placeholder included. */
    record TaggedControl(String tag, boolean checkBox, boolean checked, boolean showingPlaceholder, Content content) {
    }

    /** Paragraphs, and whether every visible character of them is in Word's placeholder style. */
    record Content(List<WordParagraph> paragraphs, boolean onlyPlaceholderStyle) {
    }

    private final Node root;
    private final WordLists lists;

    WordWalker(XWPFDocument document) {
        this.root = document.getDocument().getDomNode();
        this.lists = new WordLists(document);
    }

    /** The document's paragraphs in reading order, controls still showing their placeholder left out. */
    List<WordParagraph> paragraphs() {
        Reading reading = new Reading(true);
        reading.blocks(root);
        return reading.paragraphs;
    }

    /**
     * The document's text structure in reading order: headings (by their style or outline level),
     * paragraphs, list items and tables, each cell's paragraphs as lines; empty paragraphs left out.
     */
    List<TextBlock> structure() {
        List<TextBlock> blocks = new ArrayList<>();
        structure(root, blocks);
        return blocks;
    }

    private void structure(Node node, List<TextBlock> blocks) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element) || skipped(element)) {
                continue;
            }
            if (is(element, W, "p")) {
                StringBuilder line = new StringBuilder();
                new Reading(true).runs(element, line, false);
                String text = tidy(line.toString());
                if (text.isEmpty()) {
                    continue;
                }
                WordParagraph.ListItem item = lists.of(element);
                int heading = headingLevel(element);
                blocks.add(item != null ? new TextBlock.ListItem(item.level(), item.numbered(), text)
                        : heading > 0 ? new TextBlock.Heading(heading, text) : new TextBlock.Paragraph(text));
            } else if (is(element, W, "tbl")) {
                blocks.add(table(element));
            } else if (!(is(element, W, "sdt") && showingPlaceholder(element))) {
                structure(element, blocks);
            }
        }
    }

    private TextBlock.Table table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Node row = table.getFirstChild(); row != null; row = row.getNextSibling()) {
            if (row instanceof Element tr && is(tr, W, "tr")) {
                List<String> cells = new ArrayList<>();
                for (Node cell = tr.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
                    if (cell instanceof Element tc && is(tc, W, "tc")) {
                        Reading reading = new Reading(true);
                        reading.blocks(tc);
                        cells.add(String.join("\n", reading.paragraphs.stream().map(p -> tidy(p.text())).filter(t -> !t.isEmpty()).toList()));
                    }
                }
                rows.add(cells);
            }
        }
        return new TextBlock.Table(rows);
    }

    /** 1–9 for a heading, 0 for any other paragraph. */
    private static int headingLevel(Element paragraph) {
        Element properties = child(paragraph, W, "pPr");
        String style = value(child(properties, W, "pStyle"), W);
        if (style != null) {
            Matcher heading = HEADING_STYLE.matcher(style);
            if (heading.matches()) {
                return Integer.parseInt(heading.group(1));
            }
            if (TITLE_STYLE.matcher(style).matches()) {
                return 1;
            }
        }
        String outline = value(child(properties, W, "outlineLvl"), W);
        if (outline != null && outline.matches("[0-8]")) {
            return Integer.parseInt(outline) + 1;
        }
        return 0;
    }

    private static String tidy(String text) {
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" *\n *", "\n").strip();
    }

    /** Every content control with a tag, also those inside tables and other controls, in document order. */
    List<TaggedControl> taggedControls() {
        List<TaggedControl> found = new ArrayList<>();
        find(root, found);
        return found;
    }

    private void find(Node node, List<TaggedControl> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && !skipped(element)) {
                if (is(element, W, "sdt")) {
                    TaggedControl control = tagged(element);
                    if (control != null) {
                        found.add(control);
                    }
                }
                find(element, found);
            }
        }
    }

    private TaggedControl tagged(Element sdt) {
        Element properties = child(sdt, W, "sdtPr");
        String tag = value(child(properties, W, "tag"), W);
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Element checkBox = child(properties, W14, "checkbox");
        Element content = child(sdt, W, "sdtContent");
        Reading reading = new Reading(false);
        if (content != null && content.getElementsByTagNameNS(W, "p").getLength() > 0) {
            reading.blocks(content);
        } else if (content != null) {
            reading.inline(content);
        }
        return new TaggedControl(tag.strip(), checkBox != null, checked(checkBox), showingPlaceholder(sdt), reading.content());
    }

    private static boolean skipped(Element element) {
        return SKIPPED.contains(element.getLocalName()) || is(element, MC, "Fallback");
    }

    private static boolean showingPlaceholder(Element sdt) {
        return on(child(child(sdt, W, "sdtPr"), W, "showingPlcHdr"), W);
    }

    private static boolean checked(Element checkBox) {
        return on(child(checkBox, W14, "checked"), W14);
    }

    /** One reading of a stretch of the document, with or without controls that still show their placeholder. */
    private final class Reading {

        private final boolean leaveOutPlaceholders;
        private final List<WordParagraph> paragraphs = new ArrayList<>();
        private boolean sawText;
        private boolean sawOtherText;

        Reading(boolean leaveOutPlaceholders) {
            this.leaveOutPlaceholders = leaveOutPlaceholders;
        }

        Content content() {
            return new Content(List.copyOf(paragraphs), sawText && !sawOtherText);
        }

        void blocks(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (!(child instanceof Element element) || skipped(element)) {
                    continue;
                }
                if (is(element, W, "p")) {
                    StringBuilder line = new StringBuilder();
                    runs(element, line, false);
                    paragraphs.add(new WordParagraph(line.toString(), lists.of(element)));
                } else if (!(is(element, W, "sdt") && leftOut(element))) {
                    blocks(element);
                }
            }
        }

        /** Content without paragraphs of its own, such as a control inside a paragraph, reads as one paragraph. */
        void inline(Element content) {
            StringBuilder line = new StringBuilder();
            runs(content, line, false);
            paragraphs.add(new WordParagraph(line.toString(), null));
        }

        private void runs(Node node, StringBuilder line, boolean placeholderStyle) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (!(child instanceof Element element) || skipped(element)) {
                    continue;
                }
                if (!W.equals(element.getNamespaceURI())) {
                    runs(element, line, placeholderStyle);
                    continue;
                }
                switch (element.getLocalName()) {
                    case "t" -> text(textOf(element), line, placeholderStyle);
                    case "tab", "ptab" -> line.append(' ');
                    case "br", "cr" -> line.append('\n');
                    case "noBreakHyphen" -> line.append('-');
                    case "sym" -> line.append(symbol(element));
                    case "fldChar" -> legacyCheckBox(element, line);
                    case "r" -> runs(element, line, hasPlaceholderStyle(element));
                    case "sdt" -> inlineControl(element, line, placeholderStyle);
                    default -> runs(element, line, placeholderStyle);
                }
            }
        }

        private void text(String value, StringBuilder line, boolean placeholderStyle) {
            line.append(value);
            if (!value.isBlank()) {
                sawText = true;
                sawOtherText |= !placeholderStyle;
            }
        }

        private void inlineControl(Element sdt, StringBuilder line, boolean placeholderStyle) {
            Element checkBox = child(child(sdt, W, "sdtPr"), W14, "checkbox");
            if (checkBox != null) {
                line.append(checked(checkBox) ? TICKED : UNTICKED);
            } else if (!leftOut(sdt)) {
                runs(sdt, line, placeholderStyle);
            }
        }

        private boolean leftOut(Element sdt) {
            return leaveOutPlaceholders && showingPlaceholder(sdt);
        }
    }

    private static boolean hasPlaceholderStyle(Element run) {
        return WordFormTags.PLACEHOLDER_STYLE.equals(value(child(child(run, W, "rPr"), W, "rStyle"), W));
    }

    /** A FORMCHECKBOX field: its state is in the field's own data, its result shows nothing. */
    private static void legacyCheckBox(Element fieldChar, StringBuilder line) {
        if (!"begin".equals(fieldChar.getAttributeNS(W, "fldCharType"))) {
            return;
        }
        Element checkBox = child(child(fieldChar, W, "ffData"), W, "checkBox");
        if (checkBox != null) {
            Element checked = child(checkBox, W, "checked");
            boolean ticked = checked != null ? on(checked, W) : on(child(checkBox, W, "default"), W);
            line.append(ticked ? TICKED : UNTICKED).append(' ');
        }
    }

    /** A symbol from Wingdings and the like, by its code in the font's private area; symbols other than boxes and bullets are no text. */
    private static String symbol(Element sym) {
        try {
            char c = (char) Integer.parseInt(sym.getAttributeNS(W, "char"), 16);
            if (c < 0xF000) {
                c = (char) (c + 0xF000);
            }
            if (TICKED_SYMBOLS.indexOf(c) >= 0) {
                return String.valueOf(TICKED);
            }
            if (UNTICKED_SYMBOLS.indexOf(c) >= 0) {
                return String.valueOf(UNTICKED);
            }
            return BULLET_SYMBOLS.indexOf(c) >= 0 ? "•" : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
