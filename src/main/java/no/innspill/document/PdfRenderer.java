package no.innspill.document;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * HTML to PDF/A-2a + PDF/UA-1 with openhtmltopdf: tagged, fonts embedded from the classpath, the
 * JDK's sRGB profile as output intent, and no resource loaded from anywhere but PNG images inlined
 * as {@code data:} URIs (a template cannot reach the network or the disk). Thread-safe: each call builds its own renderer and document and
 * borrows parsed fonts for itself; the font files, their coverage and the colour profile are read once.
 */
final class PdfRenderer {

    /** Only used to resolve relative links, which are all refused below. */
    private static final String BASE_URI = "classpath:/templates/document/";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf writes several INFO lines per PDF straight to the console through its own
        // java.util.logging handler ("Loading font … now"); keep its warnings and errors only.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    /** jsoup's converter looks up the JDK's XML factory when made, which scans the classpath; one per thread. */
    private static final ThreadLocal<W3CDom> W3C_DOM = ThreadLocal.withInitial(W3CDom::new);

    private final EmbeddedFonts fonts;
    private final DrawableText drawable;

    PdfRenderer() {
        this.fonts = EmbeddedFonts.load();
        this.drawable = new DrawableText(fonts);
    }

    byte[] render(String html) {
        return render(html, false);
    }

    /** @param fillable with the AcroForm fields the page declares ({@link PdfFormFields}) */
    byte[] render(String html, boolean fillable) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, BASE_URI);
        // openhtmltopdf reads the PDF's outline from <head><bookmarks>, but an HTML parser puts an unknown element of the head in the body
        page.select("body bookmarks").forEach(bookmarks -> page.head().appendChild(bookmarks));
        DrawableText.Needs needs = drawable.applyTo(page);
        PdfFormFields fields = fillable ? PdfFormFields.declaredIn(page) : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        EmbeddedFonts.Faces faces = fonts.borrow();
        boolean written = false;
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .usePdfAConformance(PdfAConformance.PDFA_2_A)
                    .usePdfUaAccessbility(true)
                    .useColorProfile(SRGB)
                    .withProducer("Innspill")
                    .useExternalResourceAccessControl(PdfRenderer::inlineImage, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(PdfRenderer::inlineImage, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(W3C_DOM.get().fromJsoup(page), BASE_URI)
                    .toStream(out);
            if (needs.rightToLeft()) {
                // Arabic and Hebrew runs right to left, Arabic letters joined (ICU); the page stays left to right.
                // Only then: the bidi pass over every run costs text without any of it a fifth more CPU.
                builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                        .useUnicodeBidiReorderer(new ICUBidiReorderer())
                        .defaultTextDirection(TextDirection.LTR);
            }
            faces.registerWith(builder, document, needs.fallbacks());
            if (fields == null || fields.isEmpty()) {
                builder.run();
            } else {
                renderWithFields(builder, document, fields, out);
            }
            written = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF", e);
        } finally {
            if (written) {
                fonts.giveBack(faces);
            } else {
                faces.close();
            }
        }
        return out.toByteArray();
    }

    /** A PNG written into the page itself (a chart of the summary report): it reads nothing from the disk or the network. */
    private static boolean inlineImage(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith("data:image/png;base64,");
    }

    /** Lays out and writes the pages, then adds the fields where their boxes came to lie, then saves. */
    private static void renderWithFields(PdfRendererBuilder builder, PDDocument document, PdfFormFields fields, ByteArrayOutputStream out)
            throws IOException {
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            fields.addTo(document, renderer.findPagePositionsByID(PdfFormFields.IDS));
            document.save(out);
        }
    }
}
