package no.innspill.document.word;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.innspill.document.word.WordFormException.Reason;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;

/**
 * POI refuses XML nested deeper than 1,000 elements, but the check it makes recurses and overflows
 * the stack first (near 5,000 levels), so every XML part is looked at here with a streaming parser
 * before POI parses it. Nothing else: a DOCTYPE (and with it any entity) POI's parsers refuse
 * themselves, and the readers' tests prove it.
 */
final class XmlDepth {

    static final int MAX_DEPTH = 1_000;

    private static final XMLInputFactory XML = resolvingNothing();

    private XmlDepth() {
    }

    static void check(OPCPackage pkg) throws WordFormException {
        try {
            for (PackagePart part : pkg.getParts()) {
                // POI read the core properties (with a parser that does not recurse) when it opened the package
                if (part.getContentType().endsWith("xml") && !(part instanceof PackagePropertiesPart)) {
                    check(part);
                }
            }
        } catch (InvalidFormatException | RuntimeException e) {
            throw new WordFormException(Reason.DAMAGED, "The Word document is damaged: " + WordFormException.detail(e), e);
        }
    }

    private static void check(PackagePart part) throws WordFormException {
        String name = part.getPartName().getName();
        XMLStreamReader reader = null;
        try (InputStream in = part.getInputStream()) {
            reader = XML.createXMLStreamReader(in);
            int depth = 0;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> {
                        return;
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new WordFormException(Reason.DAMAGED,
                                    "The Word document is damaged: " + name + " nests elements more than " + MAX_DEPTH + " deep");
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException | IOException e) {
            throw new WordFormException(Reason.DAMAGED, "The Word document is damaged: " + name + " is not well-formed XML ("
                    + WordFormException.detail(e) + ")", e);
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (XMLStreamException e) {
            // nothing was opened that outlives the reader
        }
    }

    private static XMLInputFactory resolvingNothing() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
