package no.innspill.archive.noark5;

import java.util.Map;

/**
 * {@code arkivuttrekk.xml}: Riksarkivarens ADDML template for a Noark 5 extract
 * ({@code ../shared/noark5/addml-template/arkivuttrekk-template-v5.0.xml}) filled in, element for element in the
 * template's order, because Arkade reads it by position: the extract's dataObject first, its {@code info} then
 * {@code additionalInfo}, the arkivstruktur dataObject first among its children. Every XML and XSD but this file and
 * {@code addml.xsd} has its SHA-256; {@code metadatakatalog.xsd} only where the template gives it one, at its first
 * mention.
 */
final class Arkivuttrekk {

    static final String ADDML = "http://www.arkivverket.no/standarder/addml";

    private Arkivuttrekk() {
    }

    static void write(Xml xml, Noark5Extract.Prepared prepared, Map<String, String> checksums, int entries, int changes, int documents,
                      boolean screened) {
        String owner = prepared.consultation().owner();
        xml.attribute(null, "name", "Noark 5-arkivuttrekk");
        xml.open("dataset").text("description", "Noark 5-arkivuttrekk");
        xml.open("reference").open("context").open("additionalElements");
        element(xml, "recordCreators").open("additionalElements");
        element(xml, "recordCreator").text("value", owner).end();
        xml.end().end();
        element(xml, "systemType").text("value", "Sakarkiv (Noark-5)").end();
        element(xml, "systemName").text("value", "Innspill").end();
        element(xml, "archive").text("value", Arkivstruktur.archiveTitle(prepared.consultation())).end();
        xml.end().end(); // additionalElements, context
        xml.open("content").open("additionalElements");
        element(xml, "archivalPeriod").open("properties");
        value(xml, "startDate", null, Xml.date(Noark5Extract.periodStart(prepared)));
        value(xml, "endDate", null, Xml.date(Noark5Extract.periodEnd(prepared)));
        xml.end().end(); // properties, archivalPeriod
        xml.end().end().end(); // additionalElements, content, reference

        xml.open("dataObjects");
        xml.open("dataObject").attribute(null, "name", "Noark 5-arkivuttrekk").open("properties");
        property(xml, "info", null).open("properties");
        property(xml, "type", null).text("value", "Noark 5").open("properties");
        value(xml, "version", null, "5.0");
        xml.end().end(); // properties, type
        property(xml, "additionalInfo", null).open("properties");
        property(xml, "periode", null).open("properties");
        value(xml, "inngaaendeSkille", null, "skarpt");
        value(xml, "utgaaendeSkille", null, "skarpt");
        xml.end().end(); // properties, periode
        value(xml, "inneholderSkjermetInformasjon", "boolean", String.valueOf(screened));
        value(xml, "omfatterDokumenterSomErKassert", "boolean", "false");
        value(xml, "inneholderDokumenterSomSkalKasseres", "boolean", "false");
        value(xml, "inneholderVirksomhetsspesifikkeMetadata", "boolean", "false");
        value(xml, "antallDokumentfiler", "integer", String.valueOf(documents));
        xml.end().end(); // properties, additionalInfo
        xml.end().end(); // properties, info
        xml.end(); // properties of the extract's dataObject

        xml.open("dataObjects");
        dataObject(xml, "arkivstruktur", checksums, true);
        occurrences(xml, new String[] {"mappe", "registrering"}, new int[] {1, entries}, "arkivstruktur.xml");
        dataObject(xml, "endringslogg", checksums, false);
        occurrences(xml, new String[] {"endring"}, new int[] {changes}, "endringslogg.xml");
        dataObject(xml, "loependeJournal", checksums, false);
        occurrences(xml, new String[] {"journalregistrering"}, new int[] {entries}, "loependeJournal.xml");
        dataObject(xml, "offentligJournal", checksums, false);
        occurrences(xml, new String[] {"journalregistrering"}, new int[] {entries}, "offentligJournal.xml");
        xml.end(); // dataObjects
        xml.end(); // dataObject
        xml.end(); // dataObjects
        xml.end(); // dataset
    }

    /** A file's dataObject up to its info: the file, its main schema, and metadatakatalog.xsd (with checksum only at first). */
    private static void dataObject(Xml xml, String name, Map<String, String> checksums, boolean first) {
        xml.open("dataObject").attribute(null, "name", name).open("properties");
        file(xml, name + ".xml", checksums);
        property(xml, "schema", null).text("value", "main").open("properties");
        file(xml, name + ".xsd", checksums);
        schemaType(xml);
        xml.end().end(); // properties, schema
        property(xml, "schema", null).open("properties");
        if (first) {
            file(xml, "metadatakatalog.xsd", checksums);
            schemaType(xml);
        } else {
            property(xml, "file", null).open("properties");
            value(xml, "name", null, "metadatakatalog.xsd");
            xml.end().end();
        }
        xml.end().end(); // properties, schema
    }

    /** The dataObject's info with its counts, and the end of the dataObject. */
    private static void occurrences(Xml xml, String[] elements, int[] counts, String file) {
        property(xml, "info", null).open("properties");
        for (int i = 0; i < elements.length; i++) {
            property(xml, "numberOfOccurrences", null).text("value", elements[i]).open("properties");
            value(xml, "elementPath", null, "//" + elements[i]);
            value(xml, "value", "integer", String.valueOf(counts[i]));
            xml.end().end();
        }
        xml.end().end(); // properties, info
        xml.end().end(); // properties, dataObject
    }

    private static void file(Xml xml, String name, Map<String, String> checksums) {
        String checksum = checksums.get(name);
        if (checksum == null) {
            throw new IllegalStateException("No checksum of " + name);
        }
        property(xml, "file", null).open("properties");
        value(xml, "name", null, name);
        property(xml, "format", null).text("value", "XML").open("properties");
        value(xml, "version", null, "1.0");
        xml.end().end();
        property(xml, "checksum", null).open("properties");
        value(xml, "algorithm", null, "SHA-256");
        value(xml, "value", null, checksum);
        xml.end().end();
        xml.end().end(); // properties, file
    }

    private static void schemaType(Xml xml) {
        property(xml, "type", null).text("value", "XML Schema").open("properties");
        value(xml, "version", null, "1.0");
        xml.end().end();
    }

    private static Xml element(Xml xml, String name) {
        return xml.open("additionalElement").attribute(null, "name", name);
    }

    private static Xml property(Xml xml, String name, String dataType) {
        xml.open("property");
        if (dataType != null) {
            xml.attribute(null, "dataType", dataType);
        }
        return xml.attribute(null, "name", name);
    }

    /** {@code <property name="…"><value>…</value></property>}. */
    private static void value(Xml xml, String name, String dataType, String value) {
        property(xml, name, dataType).text("value", value).end();
    }
}
