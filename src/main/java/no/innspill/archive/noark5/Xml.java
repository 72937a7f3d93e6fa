package no.innspill.archive.noark5;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.innspill.platform.DateFormats;

/**
 * A StAX writer for one Noark 5 XML file: UTF-8, indented, in one default namespace, with the
 * schema named in {@code xsi:schemaLocation}. {@link #text} leaves out an element whose value is
 * {@code null} or blank, so no file has an empty element (Arkade N5.63).
 */
final class Xml implements Closeable {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter writer;
    private final OutputStream out;
    private int depth;
    private boolean hadChild;

    private Xml(OutputStream out) throws XMLStreamException {
        this.out = out;
        this.writer = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    }

    /** Starts a document whose root element {@code root} is in {@code namespace}, validated by {@code schemaFile}. */
    static Xml start(OutputStream out, String root, String namespace, String schemaFile) {
        try {
            Xml xml = new Xml(out);
            xml.writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writer.setDefaultNamespace(namespace);
            xml.open(root);
            xml.writer.writeDefaultNamespace(namespace);
            xml.writer.writeNamespace("xsi", XSI);
            xml.writer.writeAttribute("xsi", XSI, "schemaLocation", namespace + " " + schemaFile);
            return xml;
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    Xml open(String name) {
        try {
            indent();
            writer.writeStartElement(name);
            depth++;
            hadChild = false;
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An element with {@code xsi:type} (unprefixed, as Arkade counts them: {@code saksmappe}, {@code journalpost}). */
    Xml open(String name, String xsiType) {
        open(name);
        return attribute(XSI, "type", xsiType);
    }

    Xml attribute(String namespace, String name, String value) {
        try {
            if (namespace == null) {
                writer.writeAttribute(name, value);
            } else {
                writer.writeAttribute(namespace, name, value);
            }
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    Xml end() {
        try {
            depth--;
            if (hadChild) {
                indent();
            }
            writer.writeEndElement();
            hadChild = true;
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** {@code <name>value</name>}, or nothing when the value is {@code null} or blank. */
    Xml text(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            return this;
        }
        try {
            indent();
            writer.writeStartElement(name);
            writer.writeCharacters(value.toString());
            writer.writeEndElement();
            hadChild = true;
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Ends the document and flushes; the stream stays open. */
    void finish() {
        try {
            while (depth > 0) {
                end();
            }
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            out.flush();
        } catch (XMLStreamException | IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void indent() throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(depth));
        hadChild = true;
    }

    /** xs:dateTime with the offset of Europe/Oslo, to the second. */
    static String dateTime(Instant instant) {
        return instant == null ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), DateFormats.OSLO).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** xs:date. */
    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static UncheckedIOException failed(Exception e) {
        return new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
    }
}
