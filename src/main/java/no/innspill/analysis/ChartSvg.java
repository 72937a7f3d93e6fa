package no.innspill.analysis;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A chart as SVG, written by StAX (every text escaped): {@code role="img"} with a {@code <title>} and a {@code <desc>}
 * stating the figures, named by {@code aria-labelledby}; inline in the page or as a standalone file.
 */
final class ChartSvg {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private ChartSvg() {
    }

    /** The {@code <svg>} element for the page; its ids hold the chart's id, so that several charts can share a page. */
    static String inline(Chart chart, Locale locale) {
        return write(chart, locale, false);
    }

    /** A standalone SVG file, with its XML declaration. */
    static String standalone(Chart chart, Locale locale) {
        return write(chart, locale, true);
    }

    private static String write(Chart chart, Locale locale, boolean standalone) {
        ChartDrawing drawing = ChartDrawing.of(chart, locale);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            if (standalone) {
                xml.writeStartDocument("UTF-8", "1.0");
            }
            String titleId = "chart-" + chart.id() + "-title";
            String descId = "chart-" + chart.id() + "-desc";
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG);
            xml.writeAttribute("role", "img");
            xml.writeAttribute("aria-labelledby", titleId + " " + descId);
            xml.writeAttribute("width", Integer.toString(drawing.width()));
            xml.writeAttribute("height", Integer.toString(drawing.height()));
            xml.writeAttribute("viewBox", "0 0 " + drawing.width() + " " + drawing.height());
            xml.writeAttribute("lang", locale.toLanguageTag());
            xml.writeAttribute("class", "innspill-chart");
            xml.writeAttribute("font-family", ChartDrawing.FONT_FAMILY + ", Verdana, sans-serif");
            text(xml, "title", titleId, chart.title());
            text(xml, "desc", descId, chart.describe(locale));
            xml.writeEmptyElement("rect");
            xml.writeAttribute("width", "100%");
            xml.writeAttribute("height", "100%");
            xml.writeAttribute("fill", "#FFFFFF");
            for (ChartDrawing.Shape shape : drawing.shapes()) {
                draw(xml, shape);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the chart " + chart.id(), e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String id, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("id", id);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void draw(XMLStreamWriter xml, ChartDrawing.Shape shape) throws XMLStreamException {
        if (shape instanceof ChartDrawing.Rect rect) {
            xml.writeEmptyElement("rect");
            xml.writeAttribute("x", Integer.toString(rect.x()));
            xml.writeAttribute("y", Integer.toString(rect.y()));
            xml.writeAttribute("width", Integer.toString(rect.width()));
            xml.writeAttribute("height", Integer.toString(rect.height()));
            xml.writeAttribute("fill", rect.colour());
        } else if (shape instanceof ChartDrawing.Line line) {
            xml.writeEmptyElement("line");
            xml.writeAttribute("x1", Integer.toString(line.x1()));
            xml.writeAttribute("y1", Integer.toString(line.y1()));
            xml.writeAttribute("x2", Integer.toString(line.x2()));
            xml.writeAttribute("y2", Integer.toString(line.y2()));
            xml.writeAttribute("stroke", line.colour());
        } else if (shape instanceof ChartDrawing.Text text) {
            // the picture's words are in <title> and <desc>: screen readers need not read each piece again
            xml.writeStartElement("text");
            xml.writeAttribute("x", Integer.toString(text.x()));
            xml.writeAttribute("y", Integer.toString(text.y()));
            xml.writeAttribute("font-size", Integer.toString(text.size()));
            if (text.bold()) {
                xml.writeAttribute("font-weight", "bold");
            }
            xml.writeAttribute("fill", ChartDrawing.TEXT);
            xml.writeAttribute("aria-hidden", "true");
            xml.writeCharacters(text.text());
            xml.writeEndElement();
        }
    }
}
