package no.innspill.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.innspill.testing.AttachmentFiles;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class AttachmentCopiesTest {

    private static final ResponseDocuments documents = TestDocuments.service();
    private static final AttachmentCopies copies = new AttachmentCopies(templates(), messages(), documents);
    private static final Path SAMPLES = Path.of("target", "pdf-samples");

    @Test
    void anOrdinaryPdfBecomesImagesOfItsPagesWithItsTextAsAnInvisibleLayer() throws Exception {
        byte[] original = AttachmentFiles.letterPdf("Hei fra Fylkeslaget", "Med hilsen Kari Ås");
        ArchivalPdf copy = convert("brev.pdf", DocumentFormat.PDF, original);
        assertThat(copy.conversion()).isEqualTo(ArchivalPdf.PAGE_IMAGES);
        assertThat(PdfInspection.rightmostGlyph(copy.pdf())).as("each word's text lies over its image")
                .isCloseTo(PdfInspection.rightmostGlyph(original), org.assertj.core.data.Offset.offset(1.5f));
        assertThat(PdfInspection.failedRules(copy.pdf(), PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(PdfInspection.collapse(String.join(" ", PdfInspection.pages(copy.pdf())))).isEqualTo("Hei fra Fylkeslaget Med hilsen Kari Ås");
        save("page-images.pdf", copy.pdf());
    }

    @Test
    void aPdfThatClaimsPdfAIsKeptAsItIs() {
        byte[] pdfa = documents.blankFormPdf(TestDocuments.form(), TestDocuments.CASE, java.util.Locale.forLanguageTag("nb"));
        ArchivalPdf copy = convert("skjema.pdf", DocumentFormat.PDF, pdfa);
        assertThat(copy.conversion()).isEqualTo(ArchivalPdf.KEPT);
        assertThat(copy.detail()).isEqualTo("2a");
        assertThat(copy.pdf()).isSameAs(pdfa);
    }

    @Test
    void encryptedAndScriptedPdfsAreConvertedNotKept() {
        for (byte[] pdf : new byte[][] {AttachmentFiles.encryptedPdf("Kryptert"), AttachmentFiles.javaScriptPdf("Skript")}) {
            ArchivalPdf copy = convert("brev.pdf", DocumentFormat.PDF, pdf);
            assertThat(copy.conversion()).isEqualTo(ArchivalPdf.PAGE_IMAGES);
            assertThat(PdfInspection.failedRules(copy.pdf(), PDFAFlavour.PDFA_2_B)).isEmpty();
            try (var document = PdfInspection.load(copy.pdf())) {
                assertThat(document.isEncrypted()).isFalse();
                assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void wordAndOpenDocumentFilesAreRenderedFromTheirTextAsTaggedPdfA() throws Exception {
        ArchivalPdf word = convert("innspill.docx", DocumentFormat.DOCX, AttachmentFiles.letterDocx());
        ArchivalPdf odt = convert("uttalelse.odt", DocumentFormat.ODT, AttachmentFiles.letterOdt());
        for (ArchivalPdf copy : new ArchivalPdf[] {word, odt}) {
            assertThat(copy.conversion()).isEqualTo(ArchivalPdf.FROM_TEXT);
            assertThat(PdfInspection.failedRules(copy.pdf(), PDFAFlavour.PDFA_2_A)).isEmpty();
            assertThat(PdfInspection.failedRules(copy.pdf(), PDFAFlavour.PDFUA_1)).isEmpty();
        }
        String wordText = PdfInspection.collapse(String.join(" ", PdfInspection.pages(word.pdf())));
        assertThat(wordText).contains("Arkivkopi laget fra teksten i innspill.docx; oppsett og bilder er ikke med.",
                "Innspill fra Fylkeslaget", "• Tiltak for pasientsikkerhet", "Opplæring", "2 millioner");
        assertThat(PdfInspection.collapse(String.join(" ", PdfInspection.pages(odt.pdf()))))
                .contains("Uttalelse fra Kommunen", "Første punkt", "Underpunkt", "Verdi").doesNotContain("Intern kommentar");
        save("from-text-docx.pdf", word.pdf());
        save("from-text-odt.pdf", odt.pdf());
    }

    @Test
    void anUnreadableOpenDocumentStillGetsACopySayingSo() {
        ArchivalPdf copy = convert("bombe.odt", DocumentFormat.ODT, AttachmentFiles.zipBombOdt());
        assertThat(PdfInspection.failedRules(copy.pdf(), PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfInspection.collapse(String.join(" ", PdfInspection.pages(copy.pdf())))).contains("Filen har ingen tekst som kunne leses.");
    }

    @Test
    void headingsNeverSkipALevelAndListsNest() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse("<div id=t></div>");
        page.outputSettings().prettyPrint(false);
        org.jsoup.nodes.Element body = page.getElementById("t");
        AttachmentCopies.append(body, java.util.List.of(new TextBlock.Heading(3, "Dypt"), new TextBlock.Heading(1, "Topp"),
                new TextBlock.ListItem(0, true, "En"), new TextBlock.ListItem(1, false, "Under"), new TextBlock.ListItem(0, true, "To"),
                new TextBlock.Paragraph("Linje 1\nLinje 2")));
        assertThat(body.children().stream().map(org.jsoup.nodes.Element::tagName).toList()).containsExactly("h2", "h2", "ol", "p");
        assertThat(body.select("ol > li").size()).isEqualTo(2);
        assertThat(body.select("ol > li > ul.innspill-list > li").text()).isEqualTo("Under");
        assertThat(body.selectFirst("p").html()).isEqualTo("Linje 1<br>Linje 2");
    }

    private static ArchivalPdf convert(String name, DocumentFormat format, byte[] content) {
        return copies.convert(new AttachedFile(null, 1, name, format, content.length), content, "22/414-7", "Direktoratet", FileLimits.DEFAULTS);
    }

    private static void save(String name, byte[] pdf) throws java.io.IOException {
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("attachment-" + name), pdf);
    }

    private static org.thymeleaf.ITemplateEngine templates() {
        return TestDocuments.templateEngine();
    }

    private static org.springframework.context.MessageSource messages() {
        return TestDocuments.messages();
    }
}
