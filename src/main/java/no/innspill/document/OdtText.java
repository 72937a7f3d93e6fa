package no.innspill.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The text structure of an untrusted OpenDocument text (.odt): its {@code content.xml} only, read
 * with a StAX parser that resolves no entities and reads no DTD, within the zip limits intake uses
 * (parts, what the part unpacks to counted on the real bytes, the inflate ratio). Nothing else in
 * the package is inflated, and nothing in it is run: macros (Basic, Scripts) are only noticed.
 */
final class OdtText {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final int MAX_DEPTH = 1_000;
    private static final XMLInputFactory XML = safeFactory();

    /** Why a file cannot be read; {@code code} is one of {@link ExtractedText}'s notes. */
    static final class Unreadable extends Exception {
        final String code;

        Unreadable(String code, String message, Throwable cause) {
            super(message, cause);
            this.code = code;
        }
    }

    record Content(List<TextBlock> blocks, boolean hasMacros) {
    }

    private OdtText() {
    }

    static Content read(byte[] bytes, FileLimits limits) throws Unreadable {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > limits.maxParts()) {
                throw new Unreadable(ExtractedText.TOO_LARGE_UNPACKED, "more than " + limits.maxParts() + " parts", null);
            }
            boolean macros = entries.stream().anyMatch(e -> e.getName().startsWith("Basic/") || e.getName().startsWith("Scripts/"));
            if (zip.getEntry("META-INF/manifest.xml") != null && manifestEncrypted(zip, zip.getEntry("META-INF/manifest.xml"), limits)) {
                throw new Unreadable(ExtractedText.ENCRYPTED, "the document is encrypted", null);
            }
            ZipArchiveEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new Unreadable(ExtractedText.UNREADABLE, "no content.xml", null);
            }
            try (InputStream in = bounded(zip, content, limits)) {
                return new Content(parse(in), macros);
            }
        } catch (TooMuch e) {
            throw new Unreadable(ExtractedText.TOO_LARGE_UNPACKED, e.getMessage(), e);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof TooMuch || cause instanceof XMLStreamException xml && xml.getNestedException() instanceof TooMuch) {
                    throw new Unreadable(ExtractedText.TOO_LARGE_UNPACKED, cause.getMessage(), e);
                }
            }
            throw new Unreadable(ExtractedText.UNREADABLE, "damaged: " + e.getClass().getSimpleName(), e);
        }
    }

    private static boolean manifestEncrypted(ZipFile zip, ZipArchiveEntry manifest, FileLimits limits) throws IOException {
        try (InputStream in = bounded(zip, manifest, limits)) {
            return new String(in.readNBytes(1024 * 1024), java.nio.charset.StandardCharsets.UTF_8).contains("encryption-data");
        }
    }

    /** The entry's bytes, refused past the unpacked limit or when compressed more than a document ever is. */
    private static InputStream bounded(ZipFile zip, ZipArchiveEntry entry, FileLimits limits) throws IOException {
        long packed = Math.max(entry.getCompressedSize(), 1);
        long max = Math.min(limits.maxUnpackedBytes(), (long) Math.max(packed / limits.minInflateRatio(), 64 * 1024));
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws TooMuch {
                if ((read += n) > max) {
                    throw new TooMuch("the OpenDocument file unpacks to more than is safe to read (over "
                            + FileLimits.megabytes(limits.maxUnpackedBytes()) + ", or compressed like a zip bomb)");
                }
            }
        };
    }

    private static List<TextBlock> parse(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            List<TextBlock> blocks = new ArrayList<>();
            int depth = 0;
            int listLevel = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > MAX_DEPTH) {
                        throw new XMLStreamException("nested deeper than " + MAX_DEPTH);
                    }
                    String ns = xml.getNamespaceURI();
                    String name = xml.getLocalName();
                    if (TEXT.equals(ns) && name.equals("list")) {
                        listLevel++;
                    } else if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
                        int level = name.equals("h") ? outlineLevel(xml) : 0;
                        String text = tidy(inline(xml));
                        if (!text.isEmpty()) {
                            blocks.add(listLevel >= 0 ? new TextBlock.ListItem(listLevel, false, text)
                                    : level > 0 ? new TextBlock.Heading(level, text) : new TextBlock.Paragraph(text));
                        }
                        depth--;
                    } else if (TABLE.equals(ns) && name.equals("table")) {
                        blocks.add(table(xml));
                        depth--;
                    } else if (skipped(ns, name)) {
                        skip(xml);
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (TEXT.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("list")) {
                        listLevel--;
                    }
                }
            }
            return blocks;
        } finally {
            xml.close();
        }
    }

    private static int outlineLevel(XMLStreamReader xml) {
        String level = xml.getAttributeValue(TEXT, "outline-level");
        return level != null && level.matches("[1-9]\\d?") ? Integer.parseInt(level) : 1;
    }

    /** A table's rows and cells, each cell's paragraphs as lines; reader positioned after its end. */
    private static TextBlock.Table table(XMLStreamReader xml) throws XMLStreamException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        StringBuilder cell = null;
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw new XMLStreamException("nested deeper than " + MAX_DEPTH);
                }
                String ns = xml.getNamespaceURI();
                String name = xml.getLocalName();
                if (TABLE.equals(ns) && name.equals("table-row")) {
                    row = new ArrayList<>();
                    rows.add(row);
                } else if (TABLE.equals(ns) && name.equals("table-cell") && row != null) {
                    cell = new StringBuilder();
                    row.add("");
                } else if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
                    String text = tidy(inline(xml));
                    depth--;
                    if (cell != null && row != null && !text.isEmpty()) {
                        cell.append(cell.isEmpty() ? "" : "\n").append(text);
                        row.set(row.size() - 1, cell.toString());
                    }
                } else if (skipped(ns, name)) {
                    skip(xml);
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new TextBlock.Table(rows);
    }

    /** The text of a paragraph or heading, spans and links included; reader positioned on its end. */
    private static String inline(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw new XMLStreamException("nested deeper than " + MAX_DEPTH);
                }
                String ns = xml.getNamespaceURI();
                String name = xml.getLocalName();
                if (TEXT.equals(ns) && name.equals("s")) {
                    String count = xml.getAttributeValue(TEXT, "c");
                    text.append(" ".repeat(count != null && count.matches("\\d{1,3}") ? Integer.parseInt(count) : 1));
                } else if (TEXT.equals(ns) && name.equals("tab")) {
                    text.append(' ');
                } else if (TEXT.equals(ns) && name.equals("line-break")) {
                    text.append('\n');
                } else if (skipped(ns, name)) {
                    skip(xml);
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return text.toString();
    }

    /** Comments, notes' citations and bodies, frames (images, text boxes), tracked deletions: not the text a reader sees. */
    private static boolean skipped(String ns, String name) {
        return name.equals("annotation") || (TEXT.equals(ns) && (name.equals("note") || name.equals("tracked-changes")
                || name.equals("sequence-decls") || name.equals("table-of-content"))) || name.equals("frame");
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                throw new XMLStreamException("nested deeper than " + MAX_DEPTH);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String tidy(String text) {
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" *\n *", "\n").strip();
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("External resources are not read: " + systemId);
        });
        return factory;
    }

    /** Unpacking went past a limit. */
    private static final class TooMuch extends IOException {
        TooMuch(String message) {
            super(message);
        }
    }
}
