package no.innspill.document.word;

import static no.innspill.document.word.WordFormXml.attr;
import static no.innspill.document.word.WordFormXml.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OOXML package around the form's body: content types, relationships, styles (headings, list,
 * Word's "Placeholder Text"), bullet numbering, settings, header, footer, document properties and
 * the glossary that holds the placeholder. Written as XML directly, so that Word 2010+ parts
 * (w14 check boxes) need no schema beyond POI's lite one; the same input gives the same bytes.
 */
final class WordFormParts {

    static final int BULLET_NUM_ID = 1;

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String W_NS = "xmlns:w=\"" + WordFormXml.W + "\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);
    private static final Pattern FIELD = Pattern.compile("\\{([01])}");

    /** The texts the package parts need besides the body. */
    record Texts(String title, String owner, String caseNumber, String language, String header, String footerPattern,
                 String placeholder) {
    }

    private WordFormParts() {
    }

    static byte[] write(String body, Texts texts) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes());
        parts.put("_rels/.rels", packageRelationships());
        parts.put("docProps/core.xml", coreProperties(texts));
        parts.put("docProps/app.xml", XML_DECLARATION
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Innspill</Application></Properties>");
        parts.put("docProps/custom.xml", customProperties(texts.caseNumber()));
        parts.put("word/_rels/document.xml.rels", documentRelationships());
        parts.put("word/document.xml", document(body));
        parts.put("word/styles.xml", styles(texts.language()));
        parts.put("word/settings.xml", settings(texts.language()));
        parts.put("word/numbering.xml", numbering());
        parts.put("word/header1.xml", header(texts.header()));
        parts.put("word/footer1.xml", footer(texts.footerPattern()));
        parts.put("word/glossary/_rels/document.xml.rels", relationships(rel("rId1", "styles", "styles.xml")));
        parts.put("word/glossary/document.xml", glossary(texts.placeholder()));
        parts.put("word/glossary/styles.xml", styles(texts.language()));
        return zip(parts);
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTimeLocal(ZIP_TIME);
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Word form to memory", e);
        }
        return bytes.toByteArray();
    }

    private static String contentTypes() {
        return XML_DECLARATION
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("/word/document.xml", WML + "document.main+xml")
                + override("/word/styles.xml", WML + "styles+xml")
                + override("/word/settings.xml", WML + "settings+xml")
                + override("/word/numbering.xml", WML + "numbering+xml")
                + override("/word/header1.xml", WML + "header+xml")
                + override("/word/footer1.xml", WML + "footer+xml")
                + override("/word/glossary/document.xml", WML + "document.glossary+xml")
                + override("/word/glossary/styles.xml", WML + "styles+xml")
                + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
                + override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
                + override("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")
                + "</Types>";
    }

    private static String override(String part, String contentType) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + contentType + "\"/>";
    }

    private static String packageRelationships() {
        return relationships(
                rel("rId1", "officeDocument", "word/document.xml"),
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\""
                        + " Target=\"docProps/core.xml\"/>",
                rel("rId3", "extended-properties", "docProps/app.xml"),
                rel("rId4", "custom-properties", "docProps/custom.xml"));
    }

    private static String documentRelationships() {
        return relationships(
                rel("rId1", "styles", "styles.xml"),
                rel("rId2", "settings", "settings.xml"),
                rel("rId3", "numbering", "numbering.xml"),
                rel("rId4", "header", "header1.xml"),
                rel("rId5", "footer", "footer1.xml"),
                rel("rId6", "glossaryDocument", "glossary/document.xml"));
    }

    private static String relationships(String... relationships) {
        return XML_DECLARATION + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + String.join("", relationships) + "</Relationships>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + REL + type + "\" Target=\"" + target + "\"/>";
    }

    private static String coreProperties(Texts texts) {
        return XML_DECLARATION
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + text(texts.title()) + "</dc:title>"
                + "<dc:subject>" + text(texts.header()) + "</dc:subject>"
                + "<dc:creator>" + text(texts.owner()) + "</dc:creator>"
                + "<dc:language>" + text(texts.language()) + "</dc:language>"
                + "</cp:coreProperties>";
    }

    private static String customProperties(String caseNumber) {
        return XML_DECLARATION
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\""
                + WordFormTags.CASE_NUMBER_PROPERTY + "\"><vt:lpwstr>" + text(caseNumber) + "</vt:lpwstr></property>"
                + "</Properties>";
    }

    private static String document(String body) {
        // w14 (Word 2010) is ignorable: Word 2007 and other readers skip the check box markup and keep the ☐ glyph
        return XML_DECLARATION
                + "<w:document " + W_NS + " xmlns:r=\"" + WordFormXml.R + "\" xmlns:mc=\"" + WordFormXml.MC + "\""
                + " xmlns:w14=\"" + WordFormXml.W14 + "\" mc:Ignorable=\"w14\"><w:body>"
                + body
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"default\" r:id=\"rId5\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
                + "<w:cols w:space=\"708\"/></w:sectPr></w:body></w:document>";
    }

    private static String styles(String language) {
        return XML_DECLARATION + "<w:styles " + W_NS + ">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>"
                + "<w:rFonts w:ascii=\"Calibri\" w:eastAsia=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/>"
                + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
                + "<w:lang w:val=\"" + attr(language) + "\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>"
                + "</w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
                + "</w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
                + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/>"
                + "<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
                + "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
                + heading(1, 240, 240, 32)
                + heading(2, 360, 120, 24)
                + heading(3, 240, 80, 22)
                + "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:uiPriority w:val=\"34\"/><w:qFormat/><w:pPr><w:ind w:left=\"720\"/><w:contextualSpacing/></w:pPr></w:style>"
                + headerFooterStyle("Header", "header")
                + headerFooterStyle("Footer", "footer")
                // Word's own style for placeholders; #666666 keeps WCAG's 4.5:1 contrast where Word's old #808080 does not
                + "<w:style w:type=\"character\" w:styleId=\"" + WordFormTags.PLACEHOLDER_STYLE + "\"><w:name w:val=\"Placeholder Text\"/>"
                + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>"
                + "<w:rPr><w:color w:val=\"666666\"/></w:rPr></w:style>"
                + "</w:styles>";
    }

    private static String heading(int level, int before, int after, int halfPoints) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\"><w:name w:val=\"heading " + level + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/>"
                + (level > 1 ? "<w:unhideWhenUsed/>" : "") + "<w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before + "\" w:after=\"" + after + "\"/>"
                + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/></w:pPr>"
                + "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
    }

    private static String headerFooterStyle(String id, String name) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4536\"/>"
                + "<w:tab w:val=\"right\" w:pos=\"9072\"/></w:tabs><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:style>";
    }

    private static String settings(String language) {
        // compatibilityMode 15: without it Word opens the form in compatibility mode, where w14 check boxes do not work
        return XML_DECLARATION + "<w:settings " + W_NS + ">"
                + "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"708\"/>"
                + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"" + attr(language) + "\"/>"
                + "</w:settings>";
    }

    /** One bullet list definition with all nine levels, as Word requires of an abstract numbering. */
    private static String numbering() {
        StringBuilder xml = new StringBuilder(XML_DECLARATION).append("<w:numbering ").append(W_NS).append(">")
                .append("<w:abstractNum w:abstractNumId=\"0\"><w:nsid w:val=\"5A1E0C3B\"/><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (int level = 0; level < 9; level++) {
            xml.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>")
                    .append("<w:lvlText w:val=\"").append(level % 2 == 0 ? "•" : "–").append("\"/><w:lvlJc w:val=\"left\"/>")
                    .append("<w:pPr><w:ind w:left=\"").append(720 * (level + 1)).append("\" w:hanging=\"360\"/></w:pPr></w:lvl>");
        }
        return xml.append("</w:abstractNum><w:num w:numId=\"").append(BULLET_NUM_ID)
                .append("\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>").toString();
    }

    private static String header(String value) {
        return XML_DECLARATION + "<w:hdr " + W_NS + "><w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"right\"/></w:pPr>"
                + textRun(value) + "</w:p></w:hdr>";
    }

    /** "Side {0} av {1}": {0} becomes a PAGE field, {1} a NUMPAGES field. */
    private static String footer(String pattern) {
        StringBuilder runs = new StringBuilder();
        Matcher field = FIELD.matcher(pattern);
        int last = 0;
        while (field.find()) {
            runs.append(textRun(pattern.substring(last, field.start())));
            runs.append(field("0".equals(field.group(1)) ? "PAGE" : "NUMPAGES"));
            last = field.end();
        }
        runs.append(textRun(pattern.substring(last)));
        return XML_DECLARATION + "<w:ftr " + W_NS + "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>"
                + runs + "</w:p></w:ftr>";
    }

    private static String field(String instruction) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> " + instruction + " </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    private static String textRun(String value) {
        return value.isEmpty() ? "" : "<w:r><w:t xml:space=\"preserve\">" + text(value) + "</w:t></w:r>";
    }

    /** The building block Word shows again when a respondent empties a control. */
    private static String glossary(String placeholder) {
        return XML_DECLARATION + "<w:glossaryDocument " + W_NS + "><w:docParts><w:docPart><w:docPartPr>"
                + "<w:name w:val=\"" + WordFormTags.PLACEHOLDER_DOC_PART + "\"/>"
                + "<w:category><w:name w:val=\"General\"/><w:gallery w:val=\"placeholder\"/></w:category>"
                + "<w:types><w:type w:val=\"bbPlcHdr\"/></w:types><w:behaviors><w:behavior w:val=\"content\"/></w:behaviors>"
                + "<w:guid w:val=\"{3F6A2C41-8D0B-4E57-9C1A-6B2E7D4F0A15}\"/></w:docPartPr>"
                + "<w:docPartBody><w:p><w:r><w:rPr><w:rStyle w:val=\"" + WordFormTags.PLACEHOLDER_STYLE + "\"/></w:rPr>"
                + "<w:t>" + text(placeholder) + "</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>";
    }
}
