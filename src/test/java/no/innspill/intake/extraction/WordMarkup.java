package no.innspill.intake.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a .docx the way Word writes an ordinary (untagged) response form: question paragraphs,
 * check boxes as Word 2010 content controls, legacy form fields or typed ☒/☐ characters, answer
 * paragraphs and bullet lists, untouched rich-text controls showing Word's placeholder, and a
 * page header and footer. Deterministic: the same calls give the same bytes.
 */
final class WordMarkup {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst.";

    /** How a form's check boxes are written. */
    enum Boxes { CONTENT_CONTROL, LEGACY_FIELD, TYPED }

    private final StringBuilder body = new StringBuilder(65_536);
    private int nextId = 10;
    private String font = "Calibri";
    private int halfPoints = 22;
    private boolean justified;
    private int margin = 1417;
    /** Set by the corpus: answers go in bordered boxes. */
    boolean tables;

    /** The look of the whole document: its font and size, justified paragraphs, the page margins (twips). */
    WordMarkup look(String font, int halfPoints, boolean justified, int margin) {
        this.font = font;
        this.halfPoints = halfPoints;
        this.justified = justified;
        this.margin = margin;
        return this;
    }

    WordMarkup heading(int level, String text) {
        body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading").append(level).append("\"/></w:pPr>").append(runs(text)).append("</w:p>");
        return this;
    }

    WordMarkup paragraph(String text) {
        body.append("<w:p>").append(runs(text)).append("</w:p>");
        return this;
    }

    /** Body XML as it stands, for markup these methods do not write. */
    WordMarkup raw(String xml) {
        body.append(xml);
        return this;
    }

    /** What {@code content} writes, inside a bordered one-cell table, as many forms put each answer. */
    WordMarkup inBox(java.util.function.Consumer<WordMarkup> content) {
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>")
                .append(BORDERS).append("</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"9062\"/></w:tblGrid><w:tr><w:tc>")
                .append("<w:tcPr><w:tcW w:w=\"9062\" w:type=\"dxa\"/></w:tcPr>");
        content.accept(this);
        body.append("</w:tc></w:tr></w:tbl><w:p/>");
        return this;
    }

    /** A two-cell table row: "Høringsinstans:" | the name. */
    WordMarkup labelAndValue(String label, String value) {
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>").append(BORDERS)
                .append("</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"2500\"/><w:gridCol w:w=\"6562\"/></w:tblGrid><w:tr>")
                .append("<w:tc><w:tcPr><w:tcW w:w=\"2500\" w:type=\"dxa\"/></w:tcPr><w:p>").append(runs(label)).append("</w:p></w:tc>")
                .append("<w:tc><w:tcPr><w:tcW w:w=\"6562\" w:type=\"dxa\"/></w:tcPr><w:p>").append(runs(value)).append("</w:p></w:tc>")
                .append("</w:tr></w:tbl><w:p/>");
        return this;
    }

    private static final String BORDERS = "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>";

    String bodyXml() {
        return body.toString();
    }

    WordMarkup emptyParagraph() {
        body.append("<w:p/>");
        return this;
    }

    /** A list paragraph with Word's bullet numbering. */
    WordMarkup bullet(String text) {
        body.append("<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>")
                .append(runs(text)).append("</w:p>");
        return this;
    }

    /** Text in the PRODUCT.md format: "• " lines as list items (or typed bullets), others as paragraphs. */
    WordMarkup answer(String text, boolean typedBullets) {
        for (String line : text.split("\n")) {
            if (line.startsWith("• ") && !typedBullets) {
                bullet(line.substring(2));
            } else {
                paragraph(line);
            }
        }
        return this;
    }

    /** An untitled, untagged rich-text control, still showing Word's placeholder. */
    WordMarkup placeholderControl(String placeholder) {
        body.append("<w:sdt><w:sdtPr><w:id w:val=\"").append(nextId++).append("\"/><w:placeholder><w:docPart w:val=\"DefaultPlaceholder_-1854013440\"/>")
                .append("</w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>")
                .append(xml(placeholder)).append("</w:t></w:r></w:p></w:sdtContent></w:sdt>");
        return this;
    }

    /** An untagged rich-text control the respondent typed into. */
    WordMarkup answerControl(String text, boolean typedBullets) {
        body.append("<w:sdt><w:sdtPr><w:id w:val=\"").append(nextId++).append("\"/><w:placeholder><w:docPart w:val=\"DefaultPlaceholder_-1854013440\"/>")
                .append("</w:placeholder></w:sdtPr><w:sdtContent>");
        answer(text, typedBullets);
        body.append("</w:sdtContent></w:sdt>");
        return this;
    }

    /** "☒ Ja, utdyp gjerne  ☐ Nei, utdyp gjerne  ☐ Vet ikke, utdyp gjerne" in one paragraph. */
    WordMarkup checkBoxes(List<String> labels, List<Boolean> ticked, Boxes style) {
        body.append("<w:p>");
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                body.append("<w:r><w:t xml:space=\"preserve\">  </w:t></w:r>");
            }
            boolean on = ticked.get(i);
            switch (style) {
                case CONTENT_CONTROL -> body.append("<w:sdt><w:sdtPr><w:id w:val=\"").append(nextId++).append("\"/>")
                        .append("<w14:checkbox><w14:checked w14:val=\"").append(on ? 1 : 0).append("\"/>")
                        .append("<w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/><w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/>")
                        .append("</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii=\"MS Gothic\" w:eastAsia=\"MS Gothic\" w:hAnsi=\"MS Gothic\"/></w:rPr><w:t>")
                        .append(on ? '\u2612' : '\u2610').append("</w:t></w:r></w:sdtContent></w:sdt>");
                case LEGACY_FIELD -> body.append("<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Check").append(nextId++)
                        .append("\"/><w:enabled/><w:calcOnExit w:val=\"0\"/><w:checkBox><w:sizeAuto/><w:default w:val=\"").append(on ? 1 : 0)
                        .append("\"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r>")
                        .append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
                case TYPED -> body.append("<w:r><w:rPr><w:rFonts w:ascii=\"Segoe UI Symbol\" w:hAnsi=\"Segoe UI Symbol\"/></w:rPr><w:t>")
                        .append(on ? '\u2612' : '\u2610').append("</w:t></w:r>");
            }
            body.append("<w:r><w:t xml:space=\"preserve\"> ").append(xml(labels.get(i))).append("</w:t></w:r>");
        }
        body.append("</w:p>");
        return this;
    }

    /** A legacy text form field (FORMTEXT) holding the text, in its own paragraph. */
    WordMarkup legacyTextField(String label, String value) {
        body.append("<w:p>").append(runs(label + " "))
                .append("<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Text").append(nextId++)
                .append("\"/><w:enabled/><w:calcOnExit w:val=\"0\"/><w:textInput/></w:ffData></w:fldChar></w:r>")
                .append("<w:r><w:instrText xml:space=\"preserve\"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
                .append(runs(value)).append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
        return this;
    }

    /** The package, with "Saksnummer 22/414" (or another header) on every page and "Side N av M" or "N" in the footer. */
    byte[] docx(String header, boolean pageOfPages) {
        Map<String, String> parts = new LinkedHashMap<>();
        String decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
        String ns = "xmlns:w=\"" + W + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        parts.put("[Content_Types].xml", decl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + wml + "styles+xml\"/>"
                + "<Override PartName=\"/word/numbering.xml\" ContentType=\"" + wml + "numbering+xml\"/>"
                + "<Override PartName=\"/word/header1.xml\" ContentType=\"" + wml + "header+xml\"/>"
                + "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + wml + "footer+xml\"/></Types>");
        parts.put("_rels/.rels", decl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        parts.put("word/_rels/document.xml.rels", decl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + rel + "numbering\" Target=\"numbering.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + rel + "header\" Target=\"header1.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + rel + "footer\" Target=\"footer1.xml\"/></Relationships>");
        parts.put("word/document.xml", decl + "<w:document " + ns + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
                + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"w14\"><w:body>" + body
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/><w:footerReference w:type=\"default\" r:id=\"rId4\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"" + margin + "\" w:right=\"" + margin + "\" w:bottom=\"" + margin + "\" w:left=\"" + margin + "\" w:header=\"708\""
                + " w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
        parts.put("word/styles.xml", decl + "<w:styles " + ns + "><w:docDefaults><w:rPrDefault><w:rPr>"
                + "<w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\" w:cs=\"" + font + "\"/><w:sz w:val=\"" + halfPoints + "\"/><w:lang w:val=\"nb-NO\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/>" + (justified ? "<w:jc w:val=\"both\"/>" : "")
                + "</w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/>"
                + "<w:spacing w:before=\"240\" w:after=\"240\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/>"
                + "<w:spacing w:before=\"240\" w:after=\"120\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/>"
                + "<w:spacing w:before=\"160\" w:after=\"80\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr><w:ind w:left=\"720\"/><w:contextualSpacing/></w:pPr></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"PlaceholderText\"><w:name w:val=\"Placeholder Text\"/><w:rPr><w:color w:val=\"808080\"/></w:rPr></w:style>"
                + "</w:styles>");
        parts.put("word/numbering.xml", decl + "<w:numbering " + ns + "><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>");
        parts.put("word/header1.xml", decl + "<w:hdr " + ns + "><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr>" + runs(header) + "</w:p></w:hdr>");
        String footer = pageOfPages ? runs("Side ") + field("PAGE") + runs(" av ") + field("NUMPAGES") : field("PAGE");
        parts.put("word/footer1.xml", decl + "<w:ftr " + ns + "><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + footer + "</w:p></w:ftr>");
        return zip(parts);
    }

    private static String field(String instruction) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> " + instruction + " </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    /** Runs of text; U+00AD becomes Word's soft hyphen, where a line may break inside a word. */
    static String runs(String text) {
        StringBuilder out = new StringBuilder();
        for (String piece : text.split("\u00ad", -1)) {
            if (out.length() > 0) {
                out.append("<w:r><w:softHyphen/></w:r>");
            }
            if (!piece.isEmpty()) {
                out.append("<w:r><w:t xml:space=\"preserve\">").append(xml(piece)).append("</w:t></w:r>");
            }
        }
        return out.toString();
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTimeLocal(LocalDateTime.of(2020, 1, 1, 0, 0));
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
