package no.innspill.document.word;

import static no.innspill.document.word.WordFormXml.MC;
import static no.innspill.document.word.WordFormXml.W;
import static no.innspill.document.word.WordFormXml.W14;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innspill.form.PlainText;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds the tagged content controls in a document's body and reads each as plain text in the
 * format of PRODUCT.md: paragraphs joined by {@code \n}, list paragraphs as {@code "• "} items.
 * Walks the XML itself, because POI's model knows neither Word 2010 check boxes nor controls
 * inside tables and other controls. Deleted text (tracked changes), field codes and text boxes are
 * not read.
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
    private static final Set<String> TRUE = Set.of("1", "true", "on");
    /** Elements whose text is not part of what a reader sees: deletions, field codes, fallbacks, text boxes. */
    private static final Set<String> SKIPPED = Set.of("sdtPr", "sdtEndPr", "pPr", "rPr", "del", "moveFrom", "delText",
            "instrText", "delInstrText", "txbxContent", "fldData", "footnoteReference", "endnoteReference", "commentReference");
    private static final int MAX_STYLE_DEPTH = 20;

    private final XWPFStyles styles;
    private final Map<String, Boolean> listStyles = new HashMap<>();
    private final List<Control> controls = new ArrayList<>();

    private WordFormControls(XWPFStyles styles) {
        this.styles = styles;
    }

    static List<Control> of(XWPFDocument document) {
        WordFormControls reader = new WordFormControls(document.getStyles());
        reader.find(document.getDocument().getDomNode());
        return reader.controls;
    }

    private void find(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if (is(element, W, "sdt")) {
                    control(element);
                }
                if (!is(element, MC, "Fallback")) {
                    find(element);
                }
            }
        }
    }

    private void control(Element sdt) {
        Element properties = child(sdt, W, "sdtPr");
        Element content = child(sdt, W, "sdtContent");
        String tag = value(child(properties, W, "tag"), W);
        if (tag == null || tag.isBlank()) {
            return;
        }
        Element checkBox = child(properties, W14, "checkbox");
        Element checked = child(checkBox, W14, "checked");
        boolean isChecked = checked != null && onOff(value(checked, W14));
        Element showing = child(properties, W, "showingPlcHdr");
        boolean showingPlaceholder = showing != null && onOff(value(showing, W));
        TextCollector text = new TextCollector();
        if (content != null) {
            if (hasParagraph(content)) {
                blocks(content, text);
            } else {
                paragraph(content, false, text);
            }
        }
        controls.add(new Control(tag.strip(), checkBox != null, isChecked, showingPlaceholder, text.onlyPlaceholderStyle(),
                text.joined()));
    }

    /** Paragraphs, and paragraphs inside tables, nested controls and the like, in document order. */
    private void blocks(Node node, TextCollector text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element) || SKIPPED.contains(element.getLocalName()) || is(element, MC, "Fallback")) {
                continue;
            }
            if (is(element, W, "p")) {
                paragraph(element, isList(element), text);
            } else {
                blocks(element, text);
            }
        }
    }

    private void paragraph(Element paragraph, boolean listItem, TextCollector text) {
        StringBuilder line = new StringBuilder();
        runs(paragraph, line, text, false);
        text.paragraph(line.toString(), listItem);
    }

    private void runs(Node node, StringBuilder line, TextCollector text, boolean placeholderRun) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element) || is(element, MC, "Fallback")) {
                continue;
            }
            if (!W.equals(element.getNamespaceURI())) {
                runs(element, line, text, placeholderRun);
                continue;
            }
            switch (element.getLocalName()) {
                case "t" -> {
                    String value = textOf(element);
                    line.append(value);
                    text.sawText(value, placeholderRun);
                }
                case "tab", "ptab" -> line.append(' ');
                case "br", "cr" -> line.append('\n');
                case "noBreakHyphen" -> line.append('-');
                case "r" -> runs(element, line, text, hasPlaceholderStyle(element));
                default -> {
                    if (!SKIPPED.contains(element.getLocalName())) {
                        runs(element, line, text, placeholderRun);
                    }
                }
            }
        }
    }

    private static boolean hasPlaceholderStyle(Element run) {
        Element style = child(child(run, W, "rPr"), W, "rStyle");
        return WordFormTags.PLACEHOLDER_STYLE.equals(value(style, W));
    }

    /** A list paragraph: numbering of its own, or from its style; numbering 0 switches a style's list off. */
    private boolean isList(Element paragraph) {
        Element properties = child(paragraph, W, "pPr");
        Element numbering = child(properties, W, "numPr");
        if (numbering != null) {
            return numbers(numbering);
        }
        String style = value(child(properties, W, "pStyle"), W);
        return style != null && isListStyle(style, 0);
    }

    private boolean isListStyle(String styleId, int depth) {
        Boolean known = listStyles.get(styleId);
        if (known != null) {
            return known;
        }
        boolean list = false;
        XWPFStyle style = styles == null || depth > MAX_STYLE_DEPTH ? null : styles.getStyle(styleId);
        if (style != null && style.getCTStyle().getDomNode() instanceof Element element) {
            Element numbering = child(child(element, W, "pPr"), W, "numPr");
            String basedOn = value(child(element, W, "basedOn"), W);
            list = numbering != null ? numbers(numbering) : basedOn != null && isListStyle(basedOn, depth + 1);
        }
        listStyles.put(styleId, list);
        return list;
    }

    private static boolean numbers(Element numbering) {
        String id = value(child(numbering, W, "numId"), W);
        return id != null && !id.strip().equals("0");
    }

    /** The element's own text; POI's DOM lacks DOM level 3's getTextContent. */
    private static String textOf(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    private static boolean hasParagraph(Element content) {
        return content.getElementsByTagNameNS(W, "p").getLength() > 0;
    }

    private static boolean onOff(String value) {
        return value == null || TRUE.contains(value.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean is(Element element, String namespace, String localName) {
        return localName.equals(element.getLocalName()) && namespace.equals(element.getNamespaceURI());
    }

    private static Element child(Element parent, String namespace, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && is(element, namespace, localName)) {
                return element;
            }
        }
        return null;
    }

    /** The {@code val} attribute in the element's own namespace (w:val, w14:val). */
    private static String value(Element element, String namespace) {
        if (element == null || !element.hasAttributeNS(namespace, "val")) {
            return null;
        }
        return element.getAttributeNS(namespace, "val");
    }

    /** Lines of a control's text, and whether every visible character is in the placeholder style. */
    private static final class TextCollector {

        private final List<String> lines = new ArrayList<>();
        private boolean sawText;
        private boolean sawOtherText;

        void sawText(String value, boolean placeholderStyle) {
            if (!value.isBlank()) {
                sawText = true;
                sawOtherText |= !placeholderStyle;
            }
        }

        void paragraph(String value, boolean listItem) {
            if (listItem) {
                String item = value.replace('\n', ' ').strip();
                if (!item.isEmpty()) {
                    lines.add(PlainText.BULLET + withoutBullet(item));
                }
                return;
            }
            for (String line : value.split("\n")) {
                String stripped = line.strip();
                if (!stripped.isEmpty()) {
                    lines.add(stripped.startsWith("•") ? PlainText.BULLET + withoutBullet(stripped) : stripped);
                }
            }
        }

        private static String withoutBullet(String item) {
            return item.startsWith("•") ? item.substring(1).strip() : item;
        }

        boolean onlyPlaceholderStyle() {
            return sawText && !sawOtherText;
        }

        String joined() {
            return lines.isEmpty() ? null : String.join("\n", lines);
        }
    }
}
