package no.innspill.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The widgets in the structure tree: one {@code Form} element for each, with the widget as its
 * object reference, its label as alternate text, and the widget's /StructParent entry in the
 * parent tree. Each comes right after the element of the text just above it or beside it on its
 * page (the label over a place to write; for an option, last in its list item's LBody, the only
 * place PDF/UA allows there), so a screen reader meets the field where the page shows it; where no
 * such text is found, after the field before it. Made by {@link PdfFormFields}.
 */
final class PdfFormTagging {

    private final PDStructureTreeRoot root;
    private final PDStructureElement documentElement;
    private final java.util.TreeMap<Integer, COSBase> parentTree = new java.util.TreeMap<>();
    private final Map<PDPage, List<Marked>> markedByPage = new java.util.IdentityHashMap<>();
    /** The last Form element put after each element of text, so that several follow it in order. */
    private final Map<COSDictionary, COSDictionary> lastAfter = new java.util.IdentityHashMap<>();
    private COSDictionary previousForm;
    private int nextKey;

    /** A run of marked content with text: its MCID and the middle of its text, from the top of the page. */
    private record Marked(int mcid, float middle) {
    }

    PdfFormTagging(PDDocument document) throws IOException {
        root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            throw new IllegalStateException("The PDF has no structure tree to tag its form fields in");
        }
        documentElement = documentElement(root);
        PDNumberTreeNode tree = root.getParentTree();
        if (tree != null) {
            collect(tree, parentTree);
        }
        nextKey = Math.max(root.getParentTreeNextKey(), parentTree.isEmpty() ? 0 : parentTree.lastKey() + 1);
    }

    void tag(PDAnnotationWidget widget, PDPage page, String label) throws IOException {
        PDStructureElement element = new PDStructureElement("Form", documentElement);
        element.setPage(page);
        element.setAlternateDescription(label);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(widget);
        reference.getCOSObject().setItem(COSName.PG, page);
        element.appendKid(reference);
        COSDictionary anchor = textBefore(page, widget.getRectangle());
        COSDictionary listBody = anchor == null ? null : listBody(anchor);
        if (listBody != null) {
            // an option's label: a list item may hold only its label and body, so the field goes last in the body
            append(listBody, element.getCOSObject());
        } else if (anchor != null) {
            insertAfter(lastAfter.getOrDefault(anchor, anchor), element.getCOSObject());
            lastAfter.put(anchor, element.getCOSObject());
        } else if (previousForm != null) {
            insertAfter(previousForm, element.getCOSObject());
        } else {
            documentElement.appendKid(element);
        }
        previousForm = element.getCOSObject();
        int key = nextKey++;
        widget.setStructParent(key);
        parentTree.put(key, element.getCOSObject());
    }

    /** The structure element of the text whose middle is the lowest one not below the widget's middle. */
    private COSDictionary textBefore(PDPage page, PDRectangle rect) throws IOException {
        COSBase entry = parentTree.get(page.getStructParents());
        if (!(entry instanceof COSArray byMcid)) {
            return null;
        }
        float widgetMiddle = page.getMediaBox().getHeight() - (rect.getLowerLeftY() + rect.getHeight() / 2);
        Marked best = null;
        for (Marked marked : marked(page)) {
            if (marked.middle() <= widgetMiddle + 1 && (best == null || marked.middle() >= best.middle())) {
                best = marked;
            }
        }
        if (best == null || best.mcid() >= byMcid.size()) {
            return null;
        }
        return byMcid.getObject(best.mcid()) instanceof COSDictionary element ? element : null;
    }

    private List<Marked> marked(PDPage page) throws IOException {
        List<Marked> known = markedByPage.get(page);
        if (known == null) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            known = new ArrayList<>();
            for (var content : extractor.getMarkedContents()) {
                collectMarked(content, known);
            }
            markedByPage.put(page, known);
        }
        return known;
    }

    private static void collectMarked(PDMarkedContent content,
                                      List<Marked> into) {
        float sum = 0;
        int count = 0;
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition text) {
                sum += text.getYDirAdj() - text.getHeightDir() / 2;
                count++;
            } else if (item instanceof PDMarkedContent nested) {
                collectMarked(nested, into);
            }
        }
        if (content.getMCID() >= 0 && count > 0) {
            into.add(new Marked(content.getMCID(), sum / count));
        }
    }

    /** The LBody of the list item the element is, or is the label or body of; {@code null} outside a list item. */
    private static COSDictionary listBody(COSDictionary element) {
        COSDictionary item = "LI".equals(type(element)) ? element : element.getCOSDictionary(COSName.P);
        if (item == null || !"LI".equals(type(item))) {
            return null;
        }
        COSBase kids = item.getDictionaryObject(COSName.K);
        List<COSBase> all = new ArrayList<>();
        if (kids instanceof COSArray array) {
            array.forEach(kid -> all.add(kid instanceof COSObject object ? object.getObject() : kid));
        } else if (kids != null) {
            all.add(kids);
        }
        for (COSBase kid : all) {
            if (kid instanceof COSDictionary body && "LBody".equals(type(body))) {
                return body;
            }
        }
        return null;
    }

    private static String type(COSDictionary element) {
        COSName type = element.getCOSName(COSName.S);
        return type == null ? null : type.getName();
    }

    private static void append(COSDictionary parent, COSDictionary element) {
        COSArray array = kidsArray(parent);
        array.add(element);
        element.setItem(COSName.P, parent);
    }

    /** The parent's /K as an array, made one when it holds a single kid or none. */
    private static COSArray kidsArray(COSDictionary parent) {
        if (parent.getDictionaryObject(COSName.K) instanceof COSArray existing) {
            return existing;
        }
        COSArray array = new COSArray();
        if (parent.getDictionaryObject(COSName.K) != null) {
            array.add(parent.getItem(COSName.K));
        }
        parent.setItem(COSName.K, array);
        return array;
    }

    /** Puts the element into the parent of {@code sibling}, right after it; into the Document element when that is the sibling. */
    private void insertAfter(COSDictionary sibling, COSDictionary element) {
        COSDictionary parent = sibling.getCOSDictionary(COSName.P);
        if (parent == null || COSName.getPDFName("StructTreeRoot").equals(parent.getCOSName(COSName.TYPE))
                || parent == root.getCOSObject()) {
            documentElement.appendKid(new PDStructureElement(element));
            return;
        }
        COSArray array = kidsArray(parent);
        int at = -1;
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) == sibling) {
                at = i;
                break;
            }
        }
        element.setItem(COSName.P, parent);
        if (at < 0) {
            array.add(element);
        } else {
            array.add(at + 1, element);
        }
    }

    void finish() {
        COSArray numbers = new COSArray();
        parentTree.forEach((key, value) -> {
            numbers.add(COSInteger.get(key));
            numbers.add(value);
        });
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, numbers);
        root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
        root.setParentTreeNextKey(nextKey);
    }

    /** The tree's Document element when it has one (openhtmltopdf makes one), else the root. */
    private static PDStructureElement documentElement(PDStructureTreeRoot root) {
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement element) {
                return element;
            }
        }
        throw new IllegalStateException("The PDF's structure tree has no element to put its form fields in");
    }

    private static void collect(PDNumberTreeNode node, Map<Integer, COSBase> into) throws IOException {
        COSArray numbers = node.getCOSObject().getCOSArray(COSName.NUMS);
        if (numbers != null) {
            for (int i = 0; i + 1 < numbers.size(); i += 2) {
                if (numbers.getObject(i) instanceof COSInteger key) {
                    into.put(key.intValue(), numbers.get(i + 1));
                }
            }
        }
        List<PDNumberTreeNode> kids = node.getKids();
        if (kids != null) {
            for (PDNumberTreeNode kid : kids) {
                collect(kid, into);
            }
        }
    }
}
