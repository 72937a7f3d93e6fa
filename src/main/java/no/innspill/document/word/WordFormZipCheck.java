package no.innspill.document.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.innspill.document.word.WordFormException.Reason;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Looks through an untrusted ZIP package before POI does: unpacks every entry the way POI's
 * streaming reader will, counting the real bytes rather than trusting the sizes the headers claim
 * (zip bombs), and reads every XML part with a streaming parser that resolves nothing, refusing a
 * DOCTYPE (Word never writes one) and nesting deeper than POI supports (whose own depth check
 * would overflow the stack first).
 */
final class WordFormZipCheck {

    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    static final int MAX_XML_PART_BYTES = 25 * 1024 * 1024;
    static final int MAX_PARTS = 2_000;
    /** POI refuses deeper XML too. */
    static final int MAX_XML_DEPTH = 1_000;

    private static final XMLInputFactory XML = hardenedFactory();

    private WordFormZipCheck() {
    }

    static void check(byte[] zipBytes) throws WordFormException {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[16_384];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(zipBytes), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++parts > MAX_PARTS) {
                    throw new WordFormException(Reason.TOO_LARGE, "The Word document has more than " + MAX_PARTS + " parts");
                }
                boolean xml = isXml(entry.getName());
                ByteArrayOutputStream xmlBytes = xml ? new ByteArrayOutputStream() : null;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new WordFormException(Reason.TOO_LARGE, "The Word document unpacks to more than "
                                + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB");
                    }
                    if (xml) {
                        if (xmlBytes.size() + n > MAX_XML_PART_BYTES) {
                            throw new WordFormException(Reason.TOO_LARGE, "The Word document unpacks to more than "
                                    + MAX_XML_PART_BYTES / (1024 * 1024) + " MB in " + entry.getName());
                        }
                        xmlBytes.write(buffer, 0, n);
                    }
                }
                if (xml) {
                    checkXml(entry.getName(), xmlBytes.toByteArray());
                }
            }
        } catch (WordFormException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new WordFormException(Reason.DAMAGED, "The Word document is damaged or cut short: " + WordFormException.detail(e), e);
        }
        if (parts == 0) {
            throw new WordFormException(Reason.DAMAGED, "The Word document is damaged: the ZIP package holds no entries");
        }
    }

    private static void checkXml(String name, byte[] bytes) throws WordFormException {
        XMLStreamReader reader = null;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            reader = XML.createXMLStreamReader(in);
            int depth = 0;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> throw new WordFormException(Reason.DAMAGED,
                            "The Word document is damaged: " + name + " has a DOCTYPE declaration, which Word never writes");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_XML_DEPTH) {
                            throw new WordFormException(Reason.DAMAGED,
                                    "The Word document is damaged: " + name + " nests elements more than " + MAX_XML_DEPTH + " deep");
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            throw new WordFormException(Reason.DAMAGED, "The Word document is damaged: " + name + " is not well-formed XML ("
                    + WordFormException.detail(e) + ")", e);
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing was opened that outlives the reader
        }
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
