package no.innspill.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.innspill.testing.AttachmentFiles;
import no.innspill.testing.TestFiles;
import org.junit.jupiter.api.Test;

class AttachmentTextsTest {

    private static final FileLimits LIMITS = FileLimits.DEFAULTS;

    @Test
    void readsAPdfsTextLayer() {
        ExtractedText text = AttachmentTexts.extract(AttachmentFiles.letterPdf("Hei fra Fylkeslaget", "Med hilsen Kari"), DocumentFormat.PDF, LIMITS);
        assertThat(text.method()).isEqualTo(ExtractedText.PDF_TEXT);
        assertThat(text.text()).isEqualTo("Hei fra Fylkeslaget\nMed hilsen Kari");
        assertThat(text.notes()).isEmpty();
    }

    @Test
    void aPdfWithoutTextGetsEmptyTextAndANoteForOcr() {
        ExtractedText text = AttachmentTexts.extract(AttachmentFiles.scannedPdf(), DocumentFormat.PDF, LIMITS);
        assertThat(text.text()).isEmpty();
        assertThat(text.method()).isEqualTo(ExtractedText.NONE);
        assertThat(text.notes()).containsExactly(ExtractedText.NO_TEXT);
    }

    @Test
    void readsAWordDocumentsStructure() throws Exception {
        byte[] docx = AttachmentFiles.letterDocx();
        ExtractedText text = AttachmentTexts.extract(docx, DocumentFormat.DOCX, LIMITS);
        assertThat(text.method()).isEqualTo(ExtractedText.DOCX_TEXT);
        assertThat(text.text()).isEqualTo("Innspill fra Fylkeslaget\nVi støtter forslaget om felles journal.\nTiltak for pasientsikkerhet\n"
                + "Tiltak\tKostnad\nOpplæring\t2 millioner");
        assertThat(AttachmentTexts.structure(docx, DocumentFormat.DOCX, LIMITS).blocks()).containsExactly(
                new TextBlock.Heading(1, "Innspill fra Fylkeslaget"),
                new TextBlock.Paragraph("Vi støtter forslaget om felles journal."),
                new TextBlock.ListItem(0, false, "Tiltak for pasientsikkerhet"),
                new TextBlock.Table(List.of(List.of("Tiltak", "Kostnad"), List.of("Opplæring", "2 millioner"))));
    }

    @Test
    void wordHeadingsAreKnownByNorwegianStyleIdsAndOutlineLevels() throws Exception {
        byte[] docx;
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var norwegian = document.createParagraph();
            norwegian.setStyle("Overskrift2");
            norwegian.createRun().setText("Merknader");
            var outlined = document.createParagraph();
            outlined.getCTP().addNewPPr().addNewOutlineLvl().setVal(java.math.BigInteger.ZERO);
            outlined.createRun().setText("Hovedpunkt");
            document.createParagraph().createRun().setText("  Tekst \u00a0 med  mellomrom ");
            document.createParagraph();
            document.write(out);
            docx = out.toByteArray();
        }
        assertThat(AttachmentTexts.structure(docx, DocumentFormat.DOCX, LIMITS).blocks()).containsExactly(
                new TextBlock.Heading(2, "Merknader"), new TextBlock.Heading(1, "Hovedpunkt"), new TextBlock.Paragraph("Tekst med mellomrom"));
    }

    @Test
    void readsAnOpenDocumentsStructureWithoutItsComments() throws Exception {
        byte[] odt = AttachmentFiles.letterOdt();
        assertThat(DocumentFormat.of(odt, LIMITS)).isEqualTo(DocumentFormat.ODT);
        assertThat(AttachmentTexts.structure(odt, DocumentFormat.ODT, LIMITS).blocks()).containsExactly(
                new TextBlock.Heading(1, "Uttalelse fra Kommunen"),
                new TextBlock.Paragraph("Kommunen mener fristen er for kort."),
                new TextBlock.ListItem(0, false, "Første punkt"),
                new TextBlock.ListItem(1, false, "Underpunkt"),
                new TextBlock.Table(List.of(List.of("Rad", "Verdi"))));
        ExtractedText text = AttachmentTexts.extract(odt, DocumentFormat.ODT, LIMITS);
        assertThat(text.method()).isEqualTo(ExtractedText.ODT_TEXT);
        assertThat(text.text()).doesNotContain("Intern kommentar").contains("Underpunkt");
    }

    @Test
    void aZipBombOpenDocumentIsNotUnpackedAndIsRefusedAtUpload() {
        byte[] bomb = AttachmentFiles.zipBombOdt();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        ExtractedText text = AttachmentTexts.extract(bomb, DocumentFormat.ODT, LIMITS);
        assertThat(text.text()).isEmpty();
        assertThat(text.notes()).containsExactly(ExtractedText.TOO_LARGE_UNPACKED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentFormat.of(bomb, LIMITS))
                .isInstanceOf(no.innspill.platform.InvalidInputException.class);
    }

    @Test
    void anOpenDocumentsExternalEntityIsNeverRead() {
        ExtractedText text = AttachmentTexts.extract(AttachmentFiles.externalEntityOdt(), DocumentFormat.ODT, LIMITS);
        assertThat(text.text()).doesNotContain("root");
    }

    @Test
    void aPdfWithJavaScriptIsReadAndNoted() {
        ExtractedText text = AttachmentTexts.extract(AttachmentFiles.javaScriptPdf("Vedlegg med skript"), DocumentFormat.PDF, LIMITS);
        assertThat(text.text()).isEqualTo("Vedlegg med skript");
        assertThat(text.notes()).containsExactly(ExtractedText.ACTIVE_CONTENT);
    }

    @Test
    void anEncryptedPdfThatOpensWithoutAPasswordIsRead() {
        ExtractedText text = AttachmentTexts.extract(AttachmentFiles.encryptedPdf("Kryptert brev"), DocumentFormat.PDF, LIMITS);
        assertThat(text.text()).isEqualTo("Kryptert brev");
    }

    @Test
    void aPasswordProtectedOrMalformedFileGivesANoteNotAnError() {
        assertThat(AttachmentTexts.extract(AttachmentFiles.passwordPdf(), DocumentFormat.PDF, LIMITS).notes())
                .containsExactly(ExtractedText.ENCRYPTED);
        byte[] pdf = AttachmentFiles.letterPdf("Avkortet");
        byte[] cut = java.util.Arrays.copyOf(pdf, pdf.length / 3);
        ExtractedText damaged = AttachmentTexts.extract(cut, DocumentFormat.PDF, LIMITS);
        assertThat(damaged.method()).isIn(ExtractedText.NONE, ExtractedText.PDF_TEXT);
        assertThat(AttachmentTexts.extract(new byte[] {'P', 'K', 3, 4, 1, 2}, DocumentFormat.ODT, LIMITS).notes())
                .containsExactly(ExtractedText.UNREADABLE);
        assertThat(AttachmentTexts.extract(TestFiles.zipBombDocx(), DocumentFormat.DOCX, LIMITS).notes())
                .containsExactly(ExtractedText.TOO_LARGE_UNPACKED);
    }

    @Test
    void longTextIsCutWithANoteAndControlCharactersAreDropped() {
        ExtractedText text = AttachmentTexts.bounded("a\u0000b" + "x".repeat(ExtractedText.MAX_CHARACTERS + 10), ExtractedText.PDF_TEXT, List.of());
        assertThat(text.text()).hasSize(ExtractedText.MAX_CHARACTERS).startsWith("abx");
        assertThat(text.notes()).containsExactly(ExtractedText.TRUNCATED);
    }
}
