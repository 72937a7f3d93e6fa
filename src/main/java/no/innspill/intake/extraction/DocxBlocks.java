package no.innspill.intake.extraction;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The body of an ordinary Word document as blocks of plain text, in document order: each
 * paragraph (also in tables and content controls) one block, list paragraphs as "• " items, check
 * boxes — Word 2010 check box controls, legacy FORMCHECKBOX fields, Wingdings symbols — written as
 * ☒ or ☐ where they stand, controls still showing their placeholder left out, and deleted text,
 * field codes and text boxes skipped.
 */
final class DocxBlocks {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final Set<String> SKIPPED = Set.of("sdtPr", "sdtEndPr", "pPr", "rPr", "del", "moveFrom", "delText",
            "instrText", "delInstrText", "txbxContent", "fldData", "footnoteReference", "endnoteReference", "commentReference");

    private final XWPFNumbering numbering;
    private final Map<String, String> formats = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final List<String> blocks = new ArrayList<>();
    /** Tags of content controls: our own Word form is recognised by them. */
    private final List<String> tags = new ArrayList<>();

    private DocxBlocks(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    record Read(List<String> blocks, List<String> tags) {
    }

    static Read of(XWPFDocument document) {
        DocxBlocks reader = new DocxBlocks(document.getNumbering());
        reader.blocks(document.getDocument().getDomNode());
        return new Read(reader.blocks, reader.tags);
    }

    private void blocks(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element) || SKIPPED.contains(element.getLocalName()) || is(element, MC, "Fallback")) {
                continue;
            }
            if (is(element, W, "p")) {
                paragraph(element);
            } else if (is(element, W, "sdt")) {
                collectTag(element);
                if (!showingPlaceholder(element)) {
                    blocks(element);
                }
            } else {
                blocks(element);
            }
        }
    }

    private void paragraph(Element paragraph) {
        StringBuilder line = new StringBuilder();
        runs(paragraph, line);
        String prefix = listPrefix(paragraph);
        String[] lines = line.toString().split("\n");
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
            if (text.isEmpty()) {
                continue;
            }
            blocks.add(i == 0 && prefix != null ? prefix + text : Glyphs.normaliseBullet(text));
        }
    }

    private void runs(Node node, StringBuilder line) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element) || is(element, MC, "Fallback")) {
                continue;
            }
            if (is(element, W, "sdt")) {
                collectTag(element);
                if (isCheckBox(element)) {
                    line.append(checked(element) ? Glyphs.TICKED : Glyphs.UNTICKED);
                } else if (!showingPlaceholder(element)) {
                    runs(element, line);
                }
                continue;
            }
            if (!W.equals(element.getNamespaceURI())) {
                runs(element, line);
                continue;
            }
            switch (element.getLocalName()) {
                case "t" -> line.append(textOf(element));
                case "tab", "ptab" -> line.append(' ');
                case "br", "cr" -> line.append('\n');
                case "noBreakHyphen" -> line.append('-');
                case "sym" -> line.append(symbol(element));
                case "fldChar" -> legacyCheckBox(element, line);
                default -> {
                    if (!SKIPPED.contains(element.getLocalName())) {
                        runs(element, line);
                    }
                }
            }
        }
    }

    /** A FORMCHECKBOX field: its state is in the field's own data, its result shows nothing. */
    private static void legacyCheckBox(Element fieldChar, StringBuilder line) {
        if (!"begin".equals(fieldChar.getAttributeNS(W, "fldCharType"))) {
            return;
        }
        Element checkBox = child(child(fieldChar, W, "ffData"), W, "checkBox");
        if (checkBox == null) {
            return;
        }
        Element checked = child(checkBox, W, "checked");
        boolean on = checked != null ? onOff(checked) : onOff(child(checkBox, W, "default"));
        line.append(on ? Glyphs.TICKED : Glyphs.UNTICKED).append(' ');
    }

    /** Wingdings and the like: F0FD/F0FE are ticked boxes, F0A8/F06F empty ones. */
    private static String symbol(Element sym) {
        String code = sym.getAttributeNS(W, "char");
        try {
            char c = (char) Integer.parseInt(code, 16);
            if (c < 0xF000) {
                c = (char) (c + 0xF000);
            }
            if (Glyphs.isBox(c)) {
                return String.valueOf(Glyphs.isTicked(c) ? Glyphs.TICKED : Glyphs.UNTICKED);
            }
            return Glyphs.isBullet(c) ? "•" : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** "• " for a bulleted list paragraph, "1. " and so on for a numbered one, null for no list. */
    private String listPrefix(Element paragraph) {
        Element numberingProperties = child(child(paragraph, W, "pPr"), W, "numPr");
        if (numberingProperties == null) {
            return null;
        }
        String numId = value(child(numberingProperties, W, "numId"));
        String level = value(child(numberingProperties, W, "ilvl"));
        if (numId == null || numId.strip().equals("0")) {
            return null;
        }
        String key = numId.strip() + "/" + (level == null ? "0" : level.strip());
        String format = formats.computeIfAbsent(key, this::format);
        if (format.equals("bullet") || format.equals("none")) {
            return "• ";
        }
        int number = counters.merge(key, 1, Integer::sum);
        return number + ". ";
    }

    private String format(String key) {
        try {
            String[] ids = key.split("/");
            XWPFNum num = numbering == null ? null : numbering.getNum(new BigInteger(ids[0]));
            if (num == null) {
                return "bullet";
            }
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            int level = Integer.parseInt(ids[1]);
            var levels = abstractNum.getCTAbstractNum().getLvlArray();
            if (level >= levels.length || levels[level].getNumFmt() == null) {
                return "bullet";
            }
            return levels[level].getNumFmt().getVal().toString();
        } catch (RuntimeException e) {
            // numbering that POI cannot follow reads as bullets rather than failing the document
            return "bullet";
        }
    }

    private void collectTag(Element sdt) {
        String tag = value(child(child(sdt, W, "sdtPr"), W, "tag"));
        if (tag != null && !tag.isBlank()) {
            tags.add(tag.strip());
        }
    }

    private static boolean isCheckBox(Element sdt) {
        return child(child(sdt, W, "sdtPr"), W14, "checkbox") != null;
    }

    private static boolean checked(Element sdt) {
        Element checked = child(child(child(sdt, W, "sdtPr"), W14, "checkbox"), W14, "checked");
        if (checked == null) {
            return false;
        }
        String value = checked.getAttributeNS(W14, "val");
        return value.isEmpty() || value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on");
    }

    private static boolean showingPlaceholder(Element sdt) {
        Element showing = child(child(sdt, W, "sdtPr"), W, "showingPlcHdr");
        return showing != null && onOff(showing);
    }

    private static boolean onOff(Element element) {
        if (element == null) {
            return false;
        }
        String value = element.getAttributeNS(W, "val");
        return value.isEmpty() || value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on");
    }

    private static String value(Element element) {
        return element == null || !element.hasAttributeNS(W, "val") ? null : element.getAttributeNS(W, "val");
    }

    private static String textOf(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
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
}
