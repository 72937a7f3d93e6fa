package no.innspill.intake.review;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import no.innspill.intake.IntakeFileType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The original as the review screen shows it: a PDF's pages as images, a Word document's text. */
final class Previews {

    static final int MAX_PAGES = 60;
    private static final float DPI = 80;
    private static final int MAX_PIXELS = 2400;
    private static final int MAX_TEXT = 200_000;

    private Previews() {
    }

    /** What the review page shows of a PDF: how many pages, and whether it says it is PDF/A. */
    record PdfPreview(int pages, boolean pdfA) {
    }

    /** Empty when the PDF cannot be opened. */
    static Optional<PdfPreview> pdf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Optional.of(new PdfPreview(document.getNumberOfPages(), IntakeFileType.isPdfA(document)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Page {@code number} (1-based) as PNG at about 80 dpi, smaller for outsized pages; empty when it cannot be drawn. */
    static Optional<byte[]> pagePng(byte[] pdf, int number) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (number < 1 || number > Math.min(document.getNumberOfPages(), MAX_PAGES)) {
                return Optional.empty();
            }
            PDRectangle box = document.getPage(number - 1).getCropBox();
            float longest = Math.max(box.getWidth(), box.getHeight());
            float scale = Math.min(DPI / 72f, MAX_PIXELS / Math.max(longest, 1f));
            BufferedImage image = new PDFRenderer(document).renderImage(number - 1, scale, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return Optional.of(png.toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A Word document's text, paragraphs on lines of their own; empty when it cannot be read. */
    static Optional<String> docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            return Optional.of(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + " …" : text);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
