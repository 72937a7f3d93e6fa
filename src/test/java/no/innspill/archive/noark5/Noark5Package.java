package no.innspill.archive.noark5;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import no.innspill.document.PdfInspection;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * A Noark 5 v5.0 extract (zip) read into memory, with the checks of Arkivverket's Arkade 5 that fail with an error
 * ({@code ../shared/noark5/NOTES.md} §2.6) and XSD validation against both schema sets in
 * {@code ../shared/noark5/schemas/}. {@link #problems()} lists what is wrong; an empty list means the package passes.
 * For a test-sized package: every file is held as bytes.
 */
public final class Noark5Package {

    public static final List<String> XML_FILES = List.of("arkivuttrekk.xml", "arkivstruktur.xml", "loependeJournal.xml",
            "offentligJournal.xml", "endringslogg.xml");
    public static final List<String> XSD_FILES = List.of("arkivstruktur.xsd", "metadatakatalog.xsd", "loependeJournal.xsd",
            "offentligJournal.xsd", "endringslogg.xsd", "addml.xsd");
    private static final Map<String, PDFAFlavour> FLAVOURS = Map.of("fmt/95", PDFAFlavour.PDFA_1_A, "fmt/354", PDFAFlavour.PDFA_1_B,
            "fmt/476", PDFAFlavour.PDFA_2_A, "fmt/477", PDFAFlavour.PDFA_2_B, "fmt/478", PDFAFlavour.PDFA_2_U);

    private final Map<String, byte[]> files;
    private final Map<String, Document> xml = new LinkedHashMap<>();

    private Noark5Package(Map<String, byte[]> files) {
        this.files = files;
        for (String name : XML_FILES) {
            if (files.containsKey(name)) {
                xml.put(name, parse(files.get(name)));
            }
        }
    }

    /** The directory of Arkivverket's schemas: INNSPILL_NOARK5_SCHEMAS, else ../shared/noark5/schemas, else /work/shared/noark5/schemas. */
    public static Path schemasDirectory() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv("INNSPILL_NOARK5_SCHEMAS");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of(System.getProperty("user.dir")).resolve("../shared/noark5/schemas").normalize());
        candidates.add(Path.of("/work/shared/noark5/schemas"));
        return candidates.stream().filter(dir -> Files.isRegularFile(dir.resolve("N5-v5.0/arkivstruktur.xsd"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("Arkivverket's schemas are in none of " + candidates
                        + "; set INNSPILL_NOARK5_SCHEMAS"));
    }

    public static Noark5Package read(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    if (files.put(entry.getName(), in.readAllBytes()) != null) {
                        throw new IllegalStateException("Twice in the zip: " + entry.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Noark5Package(files);
    }

    public Set<String> names() {
        return files.keySet();
    }

    public byte[] bytes(String name) {
        return files.get(name);
    }

    public String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    public Document xml(String name) {
        return xml.get(name);
    }

    /** The files in dokumenter/. */
    public List<String> documents() {
        return files.keySet().stream().filter(name -> name.startsWith("dokumenter/")).toList();
    }

    /** The text of every element with this local name in the file, in document order. */
    public List<String> values(String file, String element) {
        List<String> values = new ArrayList<>();
        NodeList nodes = xml.get(file).getElementsByTagNameNS("*", element);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().strip());
        }
        return values;
    }

    /** The text of each {@code child} element directly under a {@code parent} element, in document order. */
    public List<String> childValues(String file, String parent, String child) {
        List<String> values = new ArrayList<>();
        NodeList parents = xml.get(file).getElementsByTagNameNS("*", parent);
        for (int i = 0; i < parents.getLength(); i++) {
            children((Element) parents.item(i), child).forEach(element -> values.add(element.getTextContent().strip()));
        }
        return values;
    }

    public int count(String file, String element) {
        return xml.get(file).getElementsByTagNameNS("*", element).getLength();
    }

    /** Everything that would make Arkade report an error, or the XSDs reject the package; empty when it passes. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        layout(problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        schemas(problems);
        emptyElements(problems);
        addml(problems);
        documentsAndChecksums(problems);
        journals(problems);
        systemIds(problems);
        statuses(problems);
        return problems;
    }

    /** Every document in dokumenter/ is the PDF/A its formatDetaljer says (veraPDF); the failures by file. */
    public Map<String, List<String>> pdfaFailures() {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        NodeList objects = xml.get("arkivstruktur.xml").getElementsByTagNameNS("*", "dokumentobjekt");
        for (int i = 0; i < objects.getLength(); i++) {
            Element object = (Element) objects.item(i);
            String path = child(object, "referanseDokumentfil");
            PDFAFlavour flavour = FLAVOURS.get(child(object, "formatDetaljer"));
            if (flavour == null) {
                failures.put(path, List.of("formatDetaljer " + child(object, "formatDetaljer") + " is no PDF/A flavour Arkade takes"));
                continue;
            }
            List<String> failed = PdfInspection.failedRules(files.get(path), flavour);
            if (!failed.isEmpty()) {
                failures.put(path, failed);
            }
        }
        return failures;
    }

    private void layout(List<String> problems) {
        for (String name : XML_FILES) {
            if (!files.containsKey(name)) {
                problems.add("N5.01: " + name + " is missing");
            }
        }
        for (String name : XSD_FILES) {
            if (!files.containsKey(name)) {
                problems.add("N5.03: " + name + " is missing (Arkade would fall back to its own)");
            }
        }
        for (String name : files.keySet()) {
            if (!XML_FILES.contains(name) && !XSD_FILES.contains(name) && !name.startsWith("dokumenter/")) {
                problems.add("unexpected file " + name);
            }
        }
        if (documents().isEmpty()) {
            problems.add("N5.28: the document folder dokumenter/ is missing or empty");
        }
    }

    /** Each XML against the XSDs of both sets; the XSDs in the package are the configured ones, byte for byte. */
    private void schemas(List<String> problems) {
        Path dir = schemasDirectory();
        Map<String, String> mainSchema = Map.of("arkivstruktur.xml", "arkivstruktur.xsd", "loependeJournal.xml", "loependeJournal.xsd",
                "offentligJournal.xml", "offentligJournal.xsd", "endringslogg.xml", "endringslogg.xsd");
        for (String set : List.of("N5-v5.0", "N5-v5.0-pre2023")) {
            mainSchema.forEach((file, schema) -> validate(problems, file, dir.resolve(set).resolve(schema), set));
        }
        validate(problems, "arkivuttrekk.xml", dir.resolve("ADDML-v8.3/addml.xsd"), "ADDML-v8.3");
        for (String xsd : XSD_FILES) {
            Path source = xsd.equals("addml.xsd") ? dir.resolve("ADDML-v8.3/addml.xsd") : dir.resolve("N5-v5.0").resolve(xsd);
            try {
                if (!java.util.Arrays.equals(Files.readAllBytes(source), files.get(xsd))) {
                    problems.add(xsd + " is not Arkivverket's " + source);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void validate(List<String> problems, String file, Path schema, String set) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            var validator = factory.newSchema(new StreamSource(schema.toFile())).newValidator();
            validator.validate(new StreamSource(new ByteArrayInputStream(files.get(file))));
        } catch (SAXParseException e) {
            problems.add("N5.03: " + file + " is invalid against " + set + ": line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (Exception e) {
            problems.add("N5.03: " + file + " could not be validated against " + set + ": " + e);
        }
    }

    /** N5.63: no element without content. */
    private void emptyElements(List<String> problems) {
        xml.forEach((file, document) -> {
            NodeList all = document.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                if (element.getTextContent().isBlank() && !hasElementChild(element)) {
                    problems.add("N5.63: empty element " + element.getLocalName() + " in " + file);
                }
            }
        });
    }

    /** N5.02, N5.10, N5.16, N5.28 and the journals' and change log's counts, read from ADDML by the template's positions. */
    private void addml(List<String> problems) {
        Document addml = xml.get("arkivuttrekk.xml");
        Map<String, String> checksums = new LinkedHashMap<>();
        NodeList properties = addml.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals("file")) {
                Element props = firstChild(property, "properties");
                String name = propertyValue(props, "name");
                Element checksum = childProperty(props, "checksum");
                if (checksum != null) {
                    Element values = firstChild(checksum, "properties");
                    String algorithm = propertyValue(values, "algorithm");
                    if (!"SHA-256".equals(algorithm) && !"SHA256".equals(algorithm)) {
                        problems.add("N5.02: algorithm " + algorithm + " for " + name);
                    }
                    checksums.putIfAbsent(name, propertyValue(values, "value"));
                }
            }
        }
        for (String name : new TreeSet<>(files.keySet())) {
            if (name.startsWith("dokumenter/") || name.equals("arkivuttrekk.xml") || name.equals("addml.xsd")) {
                continue;
            }
            String stated = checksums.get(name);
            if (stated == null) {
                problems.add("N5.02: no checksum of " + name + " in arkivuttrekk.xml");
            } else if (!stated.equalsIgnoreCase(sha256(files.get(name)))) {
                problems.add("N5.02: checksum of " + name + " in arkivuttrekk.xml is wrong");
            }
        }
        for (String name : checksums.keySet()) {
            if (!files.containsKey(name)) {
                problems.add("N5.01: " + name + " is named in arkivuttrekk.xml but missing");
            }
        }
        Map<String, Integer> counts = occurrences(addml);
        expect(problems, "N5.10 mappe", counts.get("arkivstruktur:mappe"), count("arkivstruktur.xml", "mappe"));
        expect(problems, "N5.16 registrering", counts.get("arkivstruktur:registrering"), count("arkivstruktur.xml", "registrering"));
        expect(problems, "endring", counts.get("endringslogg:endring"), count("endringslogg.xml", "endring"));
        expect(problems, "loependeJournal journalregistrering", counts.get("loependeJournal:journalregistrering"),
                count("loependeJournal.xml", "journalregistrering"));
        expect(problems, "offentligJournal journalregistrering", counts.get("offentligJournal:journalregistrering"),
                count("offentligJournal.xml", "journalregistrering"));
        Element info = firstChild(firstChild(firstDataObject(addml), "properties"), "property");
        Element additional = childProperty(firstChild(info, "properties"), "additionalInfo");
        Element additionalProps = firstChild(additional, "properties");
        Element periode = firstChild(childProperty(additionalProps, "periode"), "properties");
        List<Element> separations = children(periode, "property");
        if (separations.size() != 2 || !separations.stream().allMatch(p -> "skarpt".equals(child(p, "value")))) {
            problems.add("period separation is not skarpt/skarpt");
        }
        String documents = propertyValue(additionalProps, "antallDokumentfiler");
        if (!String.valueOf(documents().size()).equals(documents)) {
            problems.add("N5.28: antallDokumentfiler " + documents + " but " + documents().size() + " files in dokumenter/");
        }
        boolean screened = count("arkivstruktur.xml", "skjerming") > 0;
        if (!String.valueOf(screened).equals(propertyValue(additionalProps, "inneholderSkjermetInformasjon"))) {
            problems.add("N5.42: inneholderSkjermetInformasjon says " + propertyValue(additionalProps, "inneholderSkjermetInformasjon")
                    + " but skjerming found: " + screened);
        }
        if (!"false".equals(propertyValue(additionalProps, "omfatterDokumenterSomErKassert"))
                || !"false".equals(propertyValue(additionalProps, "inneholderDokumenterSomSkalKasseres"))) {
            problems.add("N5.44/N5.45: kassasjon flags");
        }
        if (!"arkivstruktur".equals(((Element) firstChild(firstDataObject(addml), "dataObjects").getElementsByTagNameNS("*", "dataObject")
                .item(0)).getAttribute("name"))) {
            problems.add("the arkivstruktur dataObject is not the first child dataObject");
        }
    }

    /** N5.29, N5.30, N5.32, N5.33: formats, checksums, sizes, references both ways. */
    private void documentsAndChecksums(List<String> problems) {
        Set<String> referenced = new HashSet<>();
        NodeList objects = xml.get("arkivstruktur.xml").getElementsByTagNameNS("*", "dokumentobjekt");
        for (int i = 0; i < objects.getLength(); i++) {
            Element object = (Element) objects.item(i);
            String path = child(object, "referanseDokumentfil");
            if (!referenced.add(path)) {
                problems.add("one file for two dokumentobjekt: " + path);
            }
            byte[] content = files.get(path);
            if (content == null) {
                problems.add("N5.32: " + path + " is referenced but missing");
                continue;
            }
            if (!path.toLowerCase(java.util.Locale.ROOT).endsWith("." + child(object, "format").toLowerCase(java.util.Locale.ROOT))) {
                problems.add("N5.29: " + path + " does not end in ." + child(object, "format"));
            }
            if (!sha256(content).equalsIgnoreCase(child(object, "sjekksum"))) {
                problems.add("N5.30: sjekksum of " + path + " is wrong");
            }
            if (!String.valueOf(content.length).equals(child(object, "filstoerrelse"))) {
                problems.add("filstoerrelse of " + path + " is wrong");
            }
            if (!FLAVOURS.containsKey(child(object, "formatDetaljer"))) {
                problems.add("formatDetaljer of " + path + " is " + child(object, "formatDetaljer"));
            }
        }
        for (String document : documents()) {
            if (!referenced.contains(document)) {
                problems.add("N5.33: " + document + " is not referenced");
            }
        }
    }

    /** N5.59, N5.60 with sharp separation: the journals agree with each other and with arkivstruktur. */
    private void journals(List<String> problems) {
        long journalposts = 0;
        NodeList registreringer = xml.get("arkivstruktur.xml").getElementsByTagNameNS("*", "registrering");
        for (int i = 0; i < registreringer.getLength(); i++) {
            if ("journalpost".equals(((Element) registreringer.item(i)).getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type"))) {
                journalposts++;
            }
        }
        List<String> dates = new ArrayList<>(values("arkivstruktur.xml", "journaldato"));
        dates.sort(null);
        if (dates.isEmpty()) {
            problems.add("N5.60: no journaldato");
            return;
        }
        for (String journal : List.of("loependeJournal.xml", "offentligJournal.xml")) {
            expect(problems, "N5.59 antallJournalposter in " + journal, (int) journalposts,
                    Integer.parseInt(values(journal, "antallJournalposter").get(0)));
            expect(problems, "journalregistrering in " + journal, (int) journalposts, count(journal, "journalregistrering"));
            if (!values(journal, "journalStartDato").get(0).equals(dates.get(0))
                    || !values(journal, "journalSluttDato").get(0).equals(dates.get(dates.size() - 1))) {
                problems.add("N5.60: " + journal + " runs " + values(journal, "journalStartDato") + "–" + values(journal, "journalSluttDato")
                        + ", the journal dates " + dates.get(0) + "–" + dates.get(dates.size() - 1));
            }
        }
    }

    /** N5.47 and N5.62: systemIDs unique; the change log refers only to units in the package. */
    private void systemIds(List<String> problems) {
        List<String> ids = values("arkivstruktur.xml", "systemID");
        Set<String> unique = new HashSet<>(ids);
        if (unique.size() != ids.size()) {
            problems.add("N5.47: " + (ids.size() - unique.size()) + " systemID(s) used twice");
        }
        for (String id : ids) {
            if (!id.matches("[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}")) {
                problems.add("systemID " + id + " is no UUID");
            }
        }
        if (count("endringslogg.xml", "endring") == 0) {
            problems.add("the change log has no endring");
        }
        for (String reference : values("endringslogg.xml", "referanseArkivenhet")) {
            if (!unique.contains(reference)) {
                problems.add("N5.62: the change log refers to " + reference + ", which is not in arkivstruktur.xml");
            }
        }
    }

    /** N5.15, N5.17, N5.22, N5.25. */
    private void statuses(List<String> problems) {
        values("arkivstruktur.xml", "saksstatus").stream().filter(s -> !Set.of("Avsluttet", "Utgår").contains(s))
                .forEach(s -> problems.add("N5.15: saksstatus " + s));
        values("arkivstruktur.xml", "journalstatus").stream().filter(s -> !Set.of("Arkivert", "Utgår").contains(s))
                .forEach(s -> problems.add("N5.22: journalstatus " + s));
        values("arkivstruktur.xml", "dokumentstatus").stream().filter(s -> !s.equals("Dokumentet er ferdigstilt"))
                .forEach(s -> problems.add("N5.25: dokumentstatus " + s));
        if (values("arkivstruktur.xml", "journalposttype").stream().anyMatch(String::isBlank)) {
            problems.add("N5.17: empty journalposttype");
        }
    }

    private static Map<String, Integer> occurrences(Document addml) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        NodeList objects = addml.getElementsByTagNameNS("*", "dataObject");
        for (int i = 0; i < objects.getLength(); i++) {
            Element object = (Element) objects.item(i);
            NodeList properties = object.getElementsByTagNameNS("*", "property");
            for (int j = 0; j < properties.getLength(); j++) {
                Element property = (Element) properties.item(j);
                if (property.getAttribute("name").equals("numberOfOccurrences") && property.getParentNode().getParentNode().getParentNode()
                        .getParentNode() == object) {
                    String element = child(property, "value");
                    String value = propertyValue(firstChild(property, "properties"), "value");
                    counts.put(object.getAttribute("name") + ":" + element, Integer.valueOf(value));
                }
            }
        }
        return counts;
    }

    private static void expect(List<String> problems, String what, Integer stated, int actual) {
        if (stated == null || stated != actual) {
            problems.add(what + ": stated " + stated + ", found " + actual);
        }
    }

    private static Element firstDataObject(Document addml) {
        return firstChild(firstChild(firstChild(addml.getDocumentElement(), "dataset"), "dataObjects"), "dataObject");
    }

    private static String propertyValue(Element properties, String name) {
        Element property = childProperty(properties, name);
        return property == null ? null : child(property, "value");
    }

    private static Element childProperty(Element properties, String name) {
        return children(properties, "property").stream().filter(p -> p.getAttribute("name").equals(name)).findFirst().orElse(null);
    }

    private static String child(Element parent, String name) {
        Element child = firstChild(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }

    private static Element firstChild(Element parent, String name) {
        List<Element> children = children(parent, name);
        return children.isEmpty() ? null : children.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        if (parent == null) {
            return children;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private static boolean hasElementChild(Element element) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element) {
                return true;
            }
        }
        return false;
    }

    private static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalStateException("Not well-formed XML", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
