package no.innspill.document.word;

import static no.innspill.document.word.WordFormXml.attr;
import static no.innspill.document.word.WordFormXml.text;

import java.util.List;
import no.innspill.form.PlainText;

/**
 * Writes {@code word/document.xml}: paragraphs, headings, bullet lists and the content controls
 * (structured document tags) a respondent fills in. Controls are locked against deletion, never
 * against editing, so that the tag our reader looks for survives the respondent's work.
 */
final class WordFormBody {

    static final String CHECK_BOX_FONT = "MS Gothic";
    static final char CHECKED = '\u2612';
    static final char UNCHECKED = '\u2610';
    /** Word's own limit for a content control's title. */
    private static final int MAX_ALIAS = 64;
    private static final String BOX_FONTS = "<w:rFonts w:ascii=\"MS Gothic\" w:eastAsia=\"MS Gothic\" w:hAnsi=\"MS Gothic\" w:hint=\"eastAsia\"/>";

    private final StringBuilder xml = new StringBuilder(32_768);
    private final String placeholder;
    private int nextId = 100;

    WordFormBody(String placeholder) {
        this.placeholder = placeholder;
    }

    void heading(int level, String value) {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"Heading").append(level).append("\"/></w:pPr>");
        run(value);
        xml.append("</w:p>");
    }

    void paragraph(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        xml.append("<w:p>");
        run(value);
        xml.append("</w:p>");
    }

    /** Text in the format of PRODUCT.md, bullet items as a real Word list. */
    void plainText(String value) {
        for (PlainText.Block block : PlainText.blocks(value)) {
            if (!block.bulletList()) {
                paragraph(block.paragraph());
                continue;
            }
            // List Paragraph's contextual spacing keeps the items together
            for (String item : block.lines()) {
                xml.append("<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"")
                        .append(WordFormParts.BULLET_NUM_ID).append("\"/></w:numPr></w:pPr>");
                run(item);
                xml.append("</w:p>");
            }
        }
    }

    /** "Høringsinstans: [……]" — a label and a one-line plain-text control in the same paragraph. */
    void labelledField(String label, String tag, String alias) {
        xml.append("<w:p>");
        run(label + " ");
        xml.append("<w:sdt><w:sdtPr>");
        properties(alias, tag);
        placeholderProperties();
        xml.append("<w:text/></w:sdtPr><w:sdtContent>");
        placeholderRun();
        xml.append("</w:sdtContent></w:sdt></w:p>");
    }

    /** A rich-text block control: several paragraphs, lists and tables may go in. */
    void textField(String tag, String alias) {
        xml.append("<w:sdt><w:sdtPr>");
        properties(alias, tag);
        placeholderProperties();
        xml.append("</w:sdtPr><w:sdtContent><w:p>");
        placeholderRun();
        xml.append("</w:p></w:sdtContent></w:sdt>");
    }

    /** One paragraph of check boxes, each followed by its label: "☐ Ja, utdyp gjerne   ☐ Nei, …". */
    void checkBoxes(List<CheckBox> boxes) {
        xml.append("<w:p><w:pPr><w:keepNext/></w:pPr>");
        for (int i = 0; i < boxes.size(); i++) {
            CheckBox box = boxes.get(i);
            if (i > 0) {
                xml.append("<w:r><w:t xml:space=\"preserve\">     </w:t></w:r>");
            }
            xml.append("<w:sdt><w:sdtPr><w:rPr>").append(BOX_FONTS).append("</w:rPr>");
            properties(box.alias(), box.tag());
            xml.append("<w14:checkbox><w14:checked w14:val=\"0\"/>")
                    .append("<w14:checkedState w14:val=\"2612\" w14:font=\"").append(CHECK_BOX_FONT).append("\"/>")
                    .append("<w14:uncheckedState w14:val=\"2610\" w14:font=\"").append(CHECK_BOX_FONT).append("\"/>")
                    .append("</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>").append(BOX_FONTS)
                    .append("</w:rPr><w:t>").append(UNCHECKED).append("</w:t></w:r></w:sdtContent></w:sdt>");
            run(" " + box.label());
        }
        xml.append("</w:p>");
    }

    /** One check box: its tag, the title a screen reader announces, and the visible label after it. */
    record CheckBox(String tag, String alias, String label) {
    }

    String xml() {
        return xml.toString();
    }

    private void run(String value) {
        xml.append("<w:r><w:t xml:space=\"preserve\">").append(text(value)).append("</w:t></w:r>");
    }

    private void properties(String alias, String tag) {
        xml.append("<w:alias w:val=\"").append(attr(shorten(alias))).append("\"/>")
                .append("<w:tag w:val=\"").append(attr(tag)).append("\"/>")
                .append("<w:id w:val=\"").append(nextId++).append("\"/>")
                .append("<w:lock w:val=\"sdtLocked\"/>");
    }

    private void placeholderProperties() {
        xml.append("<w:placeholder><w:docPart w:val=\"").append(WordFormTags.PLACEHOLDER_DOC_PART)
                .append("\"/></w:placeholder><w:showingPlcHdr/>");
    }

    private void placeholderRun() {
        xml.append("<w:r><w:rPr><w:rStyle w:val=\"").append(WordFormTags.PLACEHOLDER_STYLE).append("\"/></w:rPr><w:t>")
                .append(text(placeholder)).append("</w:t></w:r>");
    }

    private static String shorten(String alias) {
        if (alias.length() <= MAX_ALIAS) {
            return alias;
        }
        String cut = alias.substring(0, MAX_ALIAS - 1);
        int space = cut.lastIndexOf(' ');
        return (space > MAX_ALIAS / 2 ? cut.substring(0, space) : cut) + "…";
    }
}
