package no.innspill.analysis;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The Word styles of the summary report, under Word's own names ("heading 1", "Title", "caption", "Table Grid", "toc 1"),
 * so that Word and LibreOffice treat them as their built-in styles: the table of contents collects the headings, a case
 * worker restyles the whole report by changing a style.
 */
final class DocxStyles {

    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String CAPTION = "Caption";
    static final String QUOTE = "Quote";
    static final String TOC_HEADING = "TOCHeading";
    static final String TABLE = "TableGrid";

    private DocxStyles() {
    }

    static void addTo(XWPFDocument document, String language) {
        try {
            document.createStyles().setStyles(StylesDocument.Factory.parse(xml(language)).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("The report's own styles do not parse", e);
        }
    }

    private static String paragraph(String id, String name, String basedOn, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + "<w:next w:val=\"Normal\"/><w:qFormat/>"
                + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "</w:style>";
    }

    private static String xml(String language) {
        String border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"";
        return "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>"
                + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"" + language + "\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
                + paragraph(TITLE, "Title", "Normal", "<w:spacing w:after=\"240\"/>", "<w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/>")
                + paragraph(HEADING_1, "heading 1", "Normal", "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
                "<w:b/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>")
                + paragraph(HEADING_2, "heading 2", "Normal", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>",
                "<w:b/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>")
                + paragraph(HEADING_3, "heading 3", "Normal", "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"80\"/><w:outlineLvl w:val=\"2\"/>",
                "<w:b/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>")
                + paragraph(CAPTION, "caption", "Normal", "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/>",
                "<w:i/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
                + paragraph(QUOTE, "Quote", "Normal", "<w:ind w:left=\"567\" w:right=\"567\"/>", "<w:i/>")
                + paragraph(TOC_HEADING, "TOC Heading", HEADING_1, "<w:outlineLvl w:val=\"9\"/>", "")
                + paragraph("TOC1", "toc 1", "Normal", "<w:spacing w:after=\"60\"/>", "")
                + paragraph("TOC2", "toc 2", "Normal", "<w:spacing w:after=\"60\"/><w:ind w:left=\"220\"/>", "")
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/>"
                + "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
                + "<w:style w:type=\"table\" w:styleId=\"" + TABLE + "\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/>"
                + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:tblPr><w:tblBorders>"
                + "<w:top " + border + "/><w:left " + border + "/><w:bottom " + border + "/><w:right " + border + "/>"
                + "<w:insideH " + border + "/><w:insideV " + border + "/></w:tblBorders></w:tblPr></w:style>"
                + "</w:styles>";
    }
}
