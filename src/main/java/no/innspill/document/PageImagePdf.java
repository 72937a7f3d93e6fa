package no.innspill.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A PDF as a PDF/A-2b of images of its pages, each with the page's words as invisible text where
 * they stood. Chosen over copying the PDF's own content because that content is what made it no
 * PDF/A (unembedded fonts, transparency, scripts, encryption, device colours) and cannot be fixed in
 * general; an image of each page shows exactly what the respondent saw, and the invisible text
 * layer keeps it searchable. Pages are rendered at 150 dpi (less for very large pages, so no page
 * takes more than about 9 megapixels), as JPEG in sRGB with the sRGB output intent. The words are
 * drawn in the embedded DejaVu Sans, leaving out characters it has no glyph for (PDF/A forbids .notdef).
 */
final class PageImagePdf {

    private static final float DPI = 150;
    private static final float MAX_PIXELS = 9_000_000;
    private static final float JPEG_QUALITY = 0.85f;
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final byte[] FONT_BYTES = read(FONT);
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PageImagePdf() {
    }

    /** A word of a page: its text, where its baseline starts (from the top left, in points), its width and size. */
    private record Word(String text, float x, float y, float width, float size) {
    }

    static byte[] render(PDDocument source, String title, FileLimits limits) throws IOException {
        int pages = Math.min(source.getNumberOfPages(), limits.maxPdfPages());
        List<List<Word>> words = words(source, pages);
        PDFRenderer renderer = new PDFRenderer(source);
        try (PDDocument copy = new PDDocument();
             TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES))) {
            ttf.setEnableGsub(false);
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            PDType0Font font = PDType0Font.load(copy, ttf, true);
            for (int i = 0; i < pages; i++) {
                PDPage original = source.getPage(i);
                PDRectangle box = original.getCropBox();
                boolean turned = original.getRotation() % 180 != 0;
                float width = turned ? box.getHeight() : box.getWidth();
                float height = turned ? box.getWidth() : box.getHeight();
                float dpi = Math.min(DPI, (float) Math.sqrt(MAX_PIXELS / Math.max(1f, width * height / (72f * 72f))));
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                PDImageXObject picture = JPEGFactory.createFromImage(copy, image, JPEG_QUALITY, (int) dpi);
                PDPage page = new PDPage(new PDRectangle(width, height));
                copy.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(copy, page)) {
                    out.drawImage(picture, 0, 0, width, height);
                    drawInvisibly(out, font, cmap, words.get(i), height);
                }
            }
            archival(copy, title);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            copy.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void drawInvisibly(PDPageContentStream out, PDType0Font font, CmapLookup cmap, List<Word> words, float height)
            throws IOException {
        if (words.isEmpty()) {
            return;
        }
        out.beginText();
        out.setRenderingMode(RenderingMode.NEITHER);
        for (Word word : words) {
            String text = drawable(word.text(), cmap);
            if (text.isEmpty() || word.size() <= 0) {
                continue;
            }
            float natural = font.getStringWidth(text) / 1000f * word.size();
            out.setFont(font, word.size());
            out.setHorizontalScaling(natural > 0 && word.width() > 0 ? Math.max(1f, Math.min(1000f, word.width() / natural * 100f)) : 100f);
            out.setTextMatrix(Matrix.getTranslateInstance(word.x(), height - word.y()));
            out.showText(text);
        }
        out.endText();
    }

    private static String drawable(String text, CmapLookup cmap) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> !Character.isISOControl(c) && cmap.getGlyphId(c) > 0).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static List<List<Word>> words(PDDocument source, int pages) throws IOException {
        List<List<Word>> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) {
                all.add(new ArrayList<>());
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.isBlank() || positions.isEmpty() || all.isEmpty()) {
                    return;
                }
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                float size = first.getFontSizeInPt() > 0 ? first.getFontSizeInPt() : first.getHeightDir();
                all.get(all.size() - 1).add(new Word(text.strip(), first.getXDirAdj(), first.getYDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj(), Math.min(size, 500f)));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setEndPage(pages);
        try {
            stripper.getText(source);
        } catch (IOException | RuntimeException e) {
            // the text layer is a help, not the copy: pages without it are still their images
        }
        while (all.size() < pages) {
            all.add(new ArrayList<>());
        }
        return all;
    }

    /** PDF/A-2b identification in XMP, the title, and the sRGB output intent the JPEG colours refer to. */
    private static void archival(PDDocument copy, String title) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
        identification.setPart(2);
        try {
            identification.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(title);
        dublinCore.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Innspill");
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("Cannot write the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(copy);
        metadata.importXMPMetadata(serialized.toByteArray());
        copy.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(copy, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        copy.getDocumentCatalog().addOutputIntent(intent);
    }

    private static byte[] read(String resource) {
        try (InputStream in = PageImagePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
