package no.innspill.document.word;

import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Looking things up in a Word part's DOM; POI's DOM lacks DOM level 3 (no getTextContent). */
final class WordDom {

    private static final Set<String> ON = Set.of("", "1", "true", "on");

    private WordDom() {
    }

    static boolean is(Element element, String namespace, String localName) {
        return localName.equals(element.getLocalName()) && namespace.equals(element.getNamespaceURI());
    }

    static Element child(Element parent, String namespace, String localName) {
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

    /** The {@code val} attribute in the element's own namespace (w:val, w14:val); null when either is missing. */
    static String value(Element element, String namespace) {
        if (element == null || !element.hasAttributeNS(namespace, "val")) {
            return null;
        }
        return element.getAttributeNS(namespace, "val");
    }

    /** An on/off property such as {@code <w:showingPlcHdr/>}: on when present without a value or with a true one. */
    static boolean on(Element element, String namespace) {
        return element != null && ON.contains(element.getAttributeNS(namespace, "val").strip().toLowerCase(Locale.ROOT));
    }

    /** The element's own text. */
    static String textOf(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }
}
