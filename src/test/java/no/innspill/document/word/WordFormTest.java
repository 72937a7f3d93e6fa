package no.innspill.document.word;

import no.innspill.document.CaseDetails;
import no.innspill.testing.DemoDefinition;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.innspill.form.AnswerValidator;
import no.innspill.form.FormDefinition;
import no.innspill.consultation.ConsultationDefinition;
import no.innspill.consultation.ConsultationDefinitions;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The blank Word form of 22/414: its controls, texts, header and footer, and a valid OOXML package. */
class WordFormTest {

    static final String W = WordFormXml.W;
    static final String W14 = WordFormXml.W14;
    static final FormDefinition FORM = DemoDefinition.FORM;
    static final CaseDetails CASE = DemoDefinition.CASE;
    static final Locale BOKMAL = Locale.forLanguageTag("nb");
    static final String PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst.";
    static final List<String> TAGS = List.of(
            "respondent.kind.organisation", "respondent.kind.person",
            "respondent.name", "respondent.organisationNumber", "respondent.email", "respondent.contactName", "respondent.contactPhone",
            "publication.name.publish", "publication.name.withhold", "publication.online", "publication.reason",
            "q1.choice.yes", "q1.choice.no", "q1.choice.dont_know", "q1",
            "q2", "q2.goal1", "q2.goal2", "q2.goal3", "q2.goal4", "q2.goal5",
            "q3", "q4");

    static byte[] blank;

    @BeforeAll
    static void generate() throws IOException {
        blank = WordForm.blankForm(FORM, CASE, BOKMAL);
        Path samples = Files.createDirectories(Path.of("target", "word-samples"));
        Files.write(samples.resolve("22-414-blank.docx"), blank);
        Files.write(samples.resolve("22-414-blank-nn.docx"), WordForm.blankForm(FORM, CASE, Locale.forLanguageTag("nn")));
        Files.write(samples.resolve("22-414-blank-en.docx"), WordForm.blankForm(FORM, CASE, Locale.ENGLISH));
    }

    @Test
    void hasOneTaggedControlPerAnswerInFormOrder() throws IOException {
        try (XWPFDocument document = open(blank)) {
            assertThat(controls(document)).extracting(Sdt::tag).containsExactlyElementsOf(TAGS);
        }
    }

    @Test
    void checkBoxesAreUncheckedWord2010CheckBoxesFollowedByTheirLabels() throws IOException {
        try (XWPFDocument document = open(blank)) {
            List<Sdt> boxes = controls(document).stream().filter(sdt -> sdt.tag().contains(".choice.")).toList();
            assertThat(boxes).hasSize(3).allSatisfy(box -> {
                Element checkBox = child(child(box.element(), W, "sdtPr"), W14, "checkbox");
                assertThat(checkBox).as(box.tag()).isNotNull();
                assertThat(child(checkBox, W14, "checked").getAttributeNS(W14, "val")).isEqualTo("0");
                assertThat(child(checkBox, W14, "checkedState").getAttributeNS(W14, "val")).isEqualTo("2612");
                assertThat(child(checkBox, W14, "uncheckedState").getAttributeNS(W14, "val")).isEqualTo("2610");
                assertThat(child(checkBox, W14, "uncheckedState").getAttributeNS(W14, "font")).isEqualTo("MS Gothic");
                assertThat(box.text()).isEqualTo("☐");
                assertThat(box.element().getParentNode().getLocalName()).as("inline in a paragraph").isEqualTo("p");
            });
            assertThat(paragraphs(document)).extracting(Paragraph::text)
                    .contains("☐ Ja, utdyp gjerne     ☐ Nei, utdyp gjerne     ☐ Vet ikke, utdyp gjerne");
        }
    }

    @Test
    void textControlsShowTheGreyPlaceholder() throws IOException {
        try (XWPFDocument document = open(blank)) {
            List<Sdt> texts = controls(document).stream()
                    .filter(sdt -> !sdt.tag().contains(".choice.") && !sdt.tag().startsWith("respondent.kind.")
                            && !sdt.tag().startsWith("publication.name.") && !sdt.tag().equals("publication.online")).toList();
            assertThat(texts).hasSize(15).allSatisfy(sdt -> {
                Element properties = child(sdt.element(), W, "sdtPr");
                assertThat(child(properties, W, "showingPlcHdr")).as(sdt.tag()).isNotNull();
                assertThat(sdt.text()).isEqualTo(PLACEHOLDER);
                assertThat(child(properties, W, "lock").getAttributeNS(W, "val")).isEqualTo("sdtLocked");
                Element run = (Element) sdt.element().getElementsByTagNameNS(W, "r").item(0);
                assertThat(child(child(run, W, "rPr"), W, "rStyle").getAttributeNS(W, "val")).isEqualTo("PlaceholderText");
            });
            assertThat(texts).filteredOn(sdt -> sdt.tag().startsWith("respondent."))
                    .allSatisfy(sdt -> assertThat(child(child(sdt.element(), W, "sdtPr"), W, "text")).as("plain text").isNotNull());
            assertThat(texts).filteredOn(sdt -> sdt.tag().startsWith("q"))
                    .allSatisfy(sdt -> assertThat(sdt.element().getParentNode().getLocalName()).as("block level").isEqualTo("body"));
            assertThat(document.getStyles().getStyle("PlaceholderText").getCTStyle().xmlText()).contains("666666");
        }
    }

    @Test
    void everyControlHasATitleNamingItsQuestion() throws IOException {
        try (XWPFDocument document = open(blank)) {
            Map<String, String> aliases = new LinkedHashMap<>();
            controls(document).forEach(sdt -> aliases.put(sdt.tag(), sdt.alias()));
            assertThat(aliases).containsEntry("respondent.name", "Høringsinstans")
                    .containsEntry("q1.choice.yes", "Spørsmål 1: Ja")
                    .containsEntry("q1.choice.dont_know", "Spørsmål 1: Vet ikke")
                    .containsEntry("q1", "Spørsmål 1: utdyping")
                    .containsEntry("q2", "Spørsmål 2: generelt")
                    .containsEntry("q2.goal1", "Spørsmål 2, Mål 1: Aktiv medvirkning i egen og næres helse")
                    .containsEntry("q4", "Spørsmål 4: svar");
            assertThat(aliases.get("q2.goal5")).as("Word's 64-character limit").hasSizeLessThanOrEqualTo(64)
                    .startsWith("Spørsmål 2, Mål 5: Samarbeid og virkemidler").endsWith("…");
            assertThat(aliases.values()).doesNotHaveDuplicates();
        }
    }

    @Test
    void reproducesTheSeedFormsTexts() throws IOException {
        try (XWPFDocument document = open(blank)) {
            List<Paragraph> paragraphs = paragraphs(document);
            assertThat(paragraphs.get(0)).isEqualTo(new Paragraph("Heading1", false,
                    "Høringssvarskjema: Nasjonal e-helsestrategi for helse- og omsorgssektoren"));
            assertThat(paragraphs.subList(1, 7)).containsExactly(
                    new Paragraph(null, false, "Det vedlagte høringsdokumentet oppsummerer fire tema som vi ønsker tilbakemelding på:"),
                    new Paragraph("ListParagraph", true, "Strategiens rolle"),
                    new Paragraph("ListParagraph", true, "Visjon, overordnende mål og målgrupper"),
                    new Paragraph("ListParagraph", true, "Fem prioriterte strategiske mål med målindikatorer"),
                    new Paragraph("ListParagraph", true, "Strategisk styring og oppfølging av strategien"),
                    new Paragraph(null, false, "Der høringsinstansen har innspill, er det ønskelig med begrunnelse og eventuelt forslag til endringer."));
            assertThat(paragraphs.subList(7, 21)).containsExactly(
                    new Paragraph("Heading2", false, "Slik sender du svaret"),
                    new Paragraph(null, false, "Høringsfristen er 1. oktober 2022 kl. 23:59."),
                    new Paragraph(null, false, "Send det utfylte skjemaet på e-post til postmottak@ehelse.no."),
                    new Paragraph(null, false, "Merk skjemaet med «Saksnummer 22/414», lagre som PDF og send på e-post til postmottak@ehelse.no"),
                    new Paragraph(null, false, "Skriv svarene i feltene, lagre dokumentet og send det som vedlegg."),
                    new Paragraph("Heading2", false, "Hvem svarer?"),
                    new Paragraph(null, false, "Hvem svarer du for?"),
                    new Paragraph(null, false, "☐ En organisasjon, virksomhet eller kommune"),
                    new Paragraph(null, false, "☐ Meg selv, som privatperson"),
                    new Paragraph(null, false, "Høringsinstans: " + PLACEHOLDER),
                    new Paragraph(null, false, "Organisasjonsnummer: " + PLACEHOLDER),
                    new Paragraph(null, false, "E-post: " + PLACEHOLDER),
                    new Paragraph(null, false, "Kontaktperson (valgfritt, for organisasjoner): " + PLACEHOLDER),
                    new Paragraph(null, false, "Kontaktpersonens telefon (valgfritt): " + PLACEHOLDER));
            assertThat(paragraphs).contains(
                    new Paragraph(null, false, "Utdyp gjerne (valgfritt)"),
                    new Paragraph(null, false, "Ditt svar"),
                    new Paragraph("Heading2", false, "1) Kan dere stille dere bak de fem strategiske målene, gitt strategiens rolle for å skape"
                            + " en felles langsiktig og forutsigbar retning for digitalisering på tvers av aktørene i helse- og omsorgssektoren?"),
                    new Paragraph("Heading2", false, "2) Har dere tilbakemelding på de fem strategiske målene med målindikatorer?"),
                    new Paragraph("Heading3", false, "Mål 1: Aktiv medvirkning i egen og næres helse"),
                    new Paragraph("Heading3", false, "Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft"),
                    new Paragraph("Heading2", false, "3) Har dere tilbakemeldinger på prosessen for hvordan strategien skal følges opp?"),
                    new Paragraph("Heading2", false, "4) Andre innspill og tilbakemeldinger?"));
            assertThat(document.getStyles().styleExist("Heading1")).isTrue();
            assertThat(document.getStyles().styleExist("Heading2")).isTrue();
            assertThat(document.getStyles().styleExist("Heading3")).isTrue();
            assertThat(document.getNumbering().getNum(java.math.BigInteger.ONE)).as("the bullet list").isNotNull();
        }
    }

    @Test
    void everyPageHasTheCaseNumberInItsHeaderAndThePageNumberInItsFooter() throws IOException {
        try (XWPFDocument document = open(blank)) {
            assertThat(document.getHeaderList()).singleElement()
                    .satisfies(header -> assertThat(header.getText().strip()).isEqualTo("Saksnummer 22/414"));
            assertThat(document.getHeaderFooterPolicy().getDefaultHeader()).isNotNull();
            String footer = document.getFooterList().get(0)._getHdrFtr().xmlText();
            assertThat(footer).contains("Side ", " PAGE ", " av ", " NUMPAGES ");
        }
    }

    @Test
    void isAValidWordPackage() throws Exception {
        Map<String, String> parts = unzip(blank);
        assertThat(parts.keySet().iterator().next()).isEqualTo("[Content_Types].xml");
        String document = parts.get("word/document.xml");
        assertThat(document).contains("xmlns:w14=\"" + W14 + "\"", "mc:Ignorable=\"w14\"",
                "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"");
        assertThat(parts.get("word/settings.xml")).contains("w:name=\"compatibilityMode\"", "w:val=\"15\"");
        assertThat(parts.get("word/styles.xml")).contains("<w:lang w:val=\"nb-NO\"");
        assertThat(parts.get("word/glossary/document.xml")).contains("InnspillPlaceholder", PLACEHOLDER);
        for (String xml : parts.values()) {
            parseStrictly(xml);
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(blank))) {
            for (PackagePart part : pkg.getParts()) {
                assertThat(part.getContentType()).as(part.getPartName().getName()).isNotBlank();
            }
            PackagePart main = pkg.getPart(PackagingURIHelper.createPartName("/word/document.xml"));
            assertThat(main.getContentType())
                    .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
            assertThat(main.getRelationshipsByType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument")).hasSize(1);
            pkg.revert();
        }
        try (XWPFDocument opened = open(blank)) {
            assertThat(opened.getProperties().getCoreProperties().getTitle()).isEqualTo(CASE.title());
            assertThat(opened.getProperties().getCustomProperties().getProperty("InnspillCaseNumber").getLpwstr()).isEqualTo("22/414");
            assertThat(opened.getPackage().getPackageProperties().getLanguageProperty()).hasValue("nb-NO");
        }
    }

    @Test
    void sameFormSameBytes() {
        assertThat(WordForm.blankForm(FORM, CASE, BOKMAL)).isEqualTo(blank);
    }

    @Test
    void nynorskLabels() throws Exception {
        byte[] nynorsk = WordForm.blankForm(FORM, CASE, Locale.forLanguageTag("nn-NO"));
        try (XWPFDocument document = open(nynorsk)) {
            assertThat(paragraphs(document)).extracting(Paragraph::text)
                    .contains("Høyringsinstans: Klikk eller trykk her for å skriva inn tekst.");
            assertThat(document.getHeaderList().get(0).getText().strip()).isEqualTo("Saksnummer 22/414");
            assertThat(controls(document)).extracting(Sdt::tag).containsExactlyElementsOf(TAGS);
        }
        assertThat(unzip(nynorsk).get("word/styles.xml")).contains("<w:lang w:val=\"nn-NO\"");
        assertThat(AnswerValidator.WORD_PLACEHOLDERS).contains("Klikk eller trykk her for å skriva inn tekst.");
    }

    @Test
    void englishLabels() throws Exception {
        byte[] english = WordForm.blankForm(FORM, CASE, Locale.UK);
        try (XWPFDocument document = open(english)) {
            assertThat(paragraphs(document)).extracting(Paragraph::text)
                    .contains("Respondent: Click or tap here to enter text.", "Organisation number: Click or tap here to enter text.");
            assertThat(document.getHeaderList().get(0).getText().strip()).isEqualTo("Case number 22/414");
            assertThat(document.getFooterList().get(0)._getHdrFtr().xmlText()).contains("Page ", " of ");
            assertThat(controls(document)).filteredOn(sdt -> sdt.tag().equals("q1.choice.yes")).extracting(Sdt::alias)
                    .containsExactly("Question 1: Ja");
        }
        assertThat(unzip(english).get("word/styles.xml")).contains("<w:lang w:val=\"en-GB\"");
    }

    @Test
    void otherLanguagesGetBokmalNotTheServersDefault() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(WordForm.blankForm(FORM, CASE, Locale.GERMAN)).isEqualTo(blank);
            assertThat(WordForm.blankForm(FORM, CASE, Locale.forLanguageTag("nb-NO"))).isEqualTo(blank);
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void textsThatAreNotXmlSafeAreEscaped() throws IOException {
        ConsultationDefinition odd = ConsultationDefinitions.parse("""
                caseNumber: "25/120"
                title: "Tittel med <tagger> & \\"anførsler\\" og \\u0001 kontrolltegn"
                owner: "A & B"
                deadline: "2025-06-15"
                responseEmail: "postmottak@example.no"
                intro: "Første\\n• punkt <1>\\n• punkt & 2"
                questions:
                  - id: q1
                    number: 1
                    kind: choice
                    text: "Enig i <dette>?"
                    options:
                      - id: "yes"
                        label: "Ja & amen"
                      - id: "no"
                        label: "Nei"
                """);
        try (XWPFDocument document = open(WordForm.blankForm(odd.form(), odd.caseDetails(), BOKMAL))) {
            List<Paragraph> paragraphs = paragraphs(document);
            assertThat(paragraphs.get(0).text()).isEqualTo("Tittel med <tagger> & \"anførsler\" og  kontrolltegn");
            assertThat(paragraphs).extracting(Paragraph::text).contains("punkt <1>", "punkt & 2", "1) Enig i <dette>?",
                    "☐ Ja & amen     ☐ Nei");
            assertThat(controls(document)).extracting(Sdt::tag)
                    .containsExactly("respondent.kind.organisation", "respondent.kind.person", "respondent.name", "respondent.organisationNumber",
                            "respondent.email", "respondent.contactName", "respondent.contactPhone", "publication.name.publish",
                            "publication.name.withhold", "publication.online", "publication.reason", "q1.choice.yes", "q1.choice.no");
        }
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Properties bokmal = bundle("i18n/wordform.properties");
        for (String other : List.of("i18n/wordform_nn.properties", "i18n/wordform_en.properties")) {
            assertThat(bundle(other).stringPropertyNames()).as(other).isEqualTo(bokmal.stringPropertyNames());
        }
    }

    // ---- helpers shared with WordFormReaderTest ----

    record Sdt(Element element, String tag, String alias, String text) {
    }

    record Paragraph(String style, boolean listItem, String text) {
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** Every content control of the body with its tag, title and visible text, in document order. */
    static List<Sdt> controls(XWPFDocument document) {
        List<Sdt> found = new ArrayList<>();
        collect(document.getDocument().getDomNode(), found);
        return found;
    }

    private static void collect(Node node, List<Sdt> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if ("sdt".equals(element.getLocalName()) && W.equals(element.getNamespaceURI())) {
                    Element properties = child(element, W, "sdtPr");
                    found.add(new Sdt(element, child(properties, W, "tag").getAttributeNS(W, "val"),
                            child(properties, W, "alias").getAttributeNS(W, "val"), texts(child(element, W, "sdtContent"))));
                }
                collect(element, found);
            }
        }
    }

    /** The body's paragraphs, those inside controls included: style, list or not, and text. */
    static List<Paragraph> paragraphs(XWPFDocument document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        var list = document.getDocument().getBody().getDomNode().getOwnerDocument()
                .getElementsByTagNameNS(W, "p");
        for (int i = 0; i < list.getLength(); i++) {
            Element p = (Element) list.item(i);
            Element properties = child(p, W, "pPr");
            Element style = child(properties, W, "pStyle");
            paragraphs.add(new Paragraph(style == null ? null : style.getAttributeNS(W, "val"),
                    child(properties, W, "numPr") != null, texts(p)));
        }
        return paragraphs;
    }

    static String texts(Element element) {
        StringBuilder text = new StringBuilder();
        var ts = element.getElementsByTagNameNS(W, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            text.append(textOf(ts.item(i)));
        }
        return text.toString();
    }

    static String textOf(Node element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    static void setText(Node element, String text) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
        element.appendChild(element.getOwnerDocument().createTextNode(text));
    }

    static Element child(Element parent, String namespace, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())
                    && namespace.equals(element.getNamespaceURI())) {
                return element;
            }
        }
        return null;
    }

    /** The package's entries as text, in ZIP order. */
    static Map<String, String> unzip(byte[] docx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static void parseStrictly(String xml) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WordFormTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
