package no.innspill.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.innspill.document.FileLimits;
import no.innspill.document.Notice;
import no.innspill.form.Answer;
import no.innspill.intake.Extraction;
import no.innspill.intake.ExtractionException;
import no.innspill.intake.Extractor;
import org.junit.jupiter.api.Test;

/** Word's usual form markup read as text: check boxes of every kind, lists, placeholders, legacy text fields. */
class DocxBlocksTest {

    @Test
    void checkBoxesOfEveryKindBecomeGlyphsBesideTheirLabels() throws ExtractionException {
        for (WordMarkup.Boxes style : WordMarkup.Boxes.values()) {
            byte[] docx = form(new WordMarkup().checkBoxes(List.of("Ja, utdyp gjerne", "Nei, utdyp gjerne", "Vet ikke, utdyp gjerne"),
                    List.of(false, true, false), style));
            assertThat(extract(docx).answers().get("q1")).as(style.name()).isEqualTo(new Answer("no", "Fordi."));
        }
    }

    @Test
    void wingdingsSymbolsAreCheckBoxesToo() throws ExtractionException {
        WordMarkup word = new WordMarkup();
        byte[] docx = form(word.raw("<w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/><w:t xml:space=\"preserve\"> Ja, utdyp gjerne </w:t>"
                + "<w:sym w:font=\"Wingdings\" w:char=\"F0A8\"/><w:t xml:space=\"preserve\"> Nei, utdyp gjerne </w:t>"
                + "<w:sym w:font=\"Wingdings\" w:char=\"F0A8\"/><w:t xml:space=\"preserve\"> Vet ikke, utdyp gjerne</w:t></w:r></w:p>"));
        assertThat(extract(docx).answers().get("q1")).isEqualTo(new Answer("yes", "Fordi."));
    }

    @Test
    void listsPlaceholdersAndLegacyTextFields() throws ExtractionException {
        WordMarkup word = new WordMarkup()
                .legacyTextField("Høringsinstans:", "Helse Vest RHF")
                .paragraph("1) " + FormMatchingTest.Q1)
                .checkBoxes(List.of("Ja, utdyp gjerne", "Nei, utdyp gjerne", "Vet ikke, utdyp gjerne"), List.of(true, false, false),
                        WordMarkup.Boxes.CONTENT_CONTROL)
                .placeholderControl("Klikk eller trykk her for å skrive inn tekst.")
                .paragraph("2) Har dere tilbakemelding på de fem strategiske målene med målindikatorer?")
                .answerControl("Innledning.\n• Første punkt\n• Andre punkt", false)
                .paragraph("4) Andre innspill og tilbakemeldinger?")
                .placeholderControl("Click or tap here to enter text.");
        Extraction extraction = extract(word.docx("Saksnummer 22/414", true));
        assertThat(extraction.respondent()).isEqualTo("Helse Vest RHF");
        assertThat(extraction.answers().get("q1")).isEqualTo(new Answer("yes", null));
        assertThat(extraction.answers().get("q2")).isEqualTo(new Answer(null, "Innledning.\n• Første punkt\n• Andre punkt"));
        assertThat(extraction.answers().get("q4")).isEqualTo(Answer.EMPTY);
        assertThat(extraction.warnings()).containsExactly(Notice.of("question-not-found", 3));
    }

    /** Word's "List Bullet" and "List Number" styles and styles based on them make list items without numbering of their own. */
    @Test
    void listItemsThroughParagraphStylesAndTheStylesTheyAreBasedOn() throws ExtractionException {
        WordMarkup word = new WordMarkup()
                .raw(styled("MyBullet", "", "Punkt fra stil"))
                .raw(styled("MyBullet", "<w:numPr><w:numId w:val=\"0\"/></w:numPr>", "Ikke punkt"))
                .raw(styled("ListNumber", "", "Første"))
                .raw(styled("ListNumber", "", "Andre"));
        byte[] docx = TestFiles.editZip(word.docx("Saksnummer 22/414", true), Map.of(
                "word/styles.xml", xml -> xml.replace("</w:styles>", ""
                        + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/>"
                        + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
                        + "<w:style w:type=\"paragraph\" w:styleId=\"MyBullet\"><w:name w:val=\"My Bullet\"/><w:basedOn w:val=\"ListBullet\"/></w:style>"
                        + "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:name w:val=\"List Number\"/>"
                        + "<w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style></w:styles>"),
                "word/numbering.xml", xml -> xml
                        .replace("<w:num w:numId=\"1\">", "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\">")
                        .replace("</w:numbering>", "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>")), Map.of());
        assertThat(extract(docx).unplaced()).isEqualTo("• Punkt fra stil\nIkke punkt\n1. Første\n2. Andre");
    }

    private static String styled(String style, String numbering, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + numbering + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static byte[] form(WordMarkup withBoxes) {
        WordMarkup word = new WordMarkup().paragraph("1) " + FormMatchingTest.Q1);
        return TestFiles.editZip(withBoxes.paragraph("Fordi.").paragraph("2) Har dere tilbakemelding på de fem strategiske målene med målindikatorer?")
                .docx("Saksnummer 22/414", true), Map.of("word/document.xml", xml -> xml.replace("<w:body>",
                "<w:body>" + word.bodyXml())), Map.of());
    }

    private static Extraction extract(byte[] docx) throws ExtractionException {
        return Extractor.extract("svar.docx", docx, IntakeCorpus.FORM, IntakeCorpus.CASE, FileLimits.DEFAULTS);
    }
}
