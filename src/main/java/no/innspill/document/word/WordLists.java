package no.innspill.document.word;

import static no.innspill.document.word.WordDom.child;
import static no.innspill.document.word.WordDom.value;
import static no.innspill.document.word.WordFormXml.W;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import no.innspill.document.word.WordParagraph.ListItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * Which list a paragraph is an item of: the numbering it has itself, or else its paragraph style's,
 * following the styles that style is based on (Word's "List Bullet" and the styles made from it).
 * Numbering 0 switches a style's list off.
 */
final class WordLists {

    private static final int MAX_STYLE_DEPTH = 20;

    private final XWPFStyles styles;
    private final XWPFNumbering numbering;
    /** A style's numbering properties, or null for a style without a list; also for styles it is based on. */
    private final Map<String, Element> styleNumbering = new HashMap<>();
    private final Map<String, Boolean> numbered = new HashMap<>();

    WordLists(XWPFDocument document) {
        this.styles = document.getStyles();
        this.numbering = document.getNumbering();
    }

    /** The paragraph's list, or null. */
    ListItem of(Element paragraph) {
        Element properties = child(paragraph, W, "pPr");
        Element own = child(properties, W, "numPr");
        String numId = value(child(own, W, "numId"), W);
        String level = value(child(own, W, "ilvl"), W);
        String style = value(child(properties, W, "pStyle"), W);
        if (numId == null && style != null) {
            Element inherited = styleNumbering(style, 0);
            numId = value(child(inherited, W, "numId"), W);
            level = level != null ? level : value(child(inherited, W, "ilvl"), W);
        }
        if (numId == null || numId.isBlank() || numId.strip().equals("0")) {
            return null;
        }
        int depth = level(level);
        return new ListItem(numId.strip(), depth, numbered(numId.strip(), depth));
    }

    private Element styleNumbering(String styleId, int depth) {
        if (styleNumbering.containsKey(styleId)) {
            return styleNumbering.get(styleId);
        }
        Element found = null;
        XWPFStyle style = styles == null || depth > MAX_STYLE_DEPTH ? null : styles.getStyle(styleId);
        if (style != null && style.getCTStyle().getDomNode() instanceof Element element) {
            found = child(child(element, W, "pPr"), W, "numPr");
            String basedOn = value(child(element, W, "basedOn"), W);
            if (found == null && basedOn != null) {
                found = styleNumbering(basedOn, depth + 1);
            }
        }
        styleNumbering.put(styleId, found);
        return found;
    }

    /** Numbers rather than bullets at this level; numbering POI cannot follow reads as bullets rather than failing the document. */
    private boolean numbered(String numId, int level) {
        return numbered.computeIfAbsent(numId + "/" + level, key -> {
            try {
                XWPFNum num = numbering == null ? null : numbering.getNum(new BigInteger(numId));
                if (num == null) {
                    return false;
                }
                var levels = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal()).getCTAbstractNum().getLvlArray();
                if (level >= levels.length || levels[level].getNumFmt() == null) {
                    return false;
                }
                String format = levels[level].getNumFmt().getVal().toString();
                return !format.equals("bullet") && !format.equals("none");
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    private static int level(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
