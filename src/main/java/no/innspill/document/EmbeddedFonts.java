package no.innspill.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu Sans family from the jasperreports-fonts jar, read once from the classpath and
 * embedded (subset) in every PDF; the OS's fonts are never used. Also knows which characters all
 * four faces can draw, so that text can be made drawable before rendering.
 *
 * <p>Parsing a 700 KB font file takes milliseconds, several times per PDF, so parsed faces are
 * pooled: a render borrows one {@link Faces} for itself (a parsed font reads lazily from its own
 * buffer and is not safe to share between threads) and gives it back when the PDF is written.
 */
final class EmbeddedFonts {

    static final String FAMILY = "DejaVu Sans";

    private static final String DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";

    private record Face(String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    private final List<byte[]> data;
    private final BitSet drawable;
    private final ConcurrentLinkedQueue<Faces> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final int maxIdle = 2 * Runtime.getRuntime().availableProcessors();

    private EmbeddedFonts(List<byte[]> data) {
        this.data = data;
        Faces first = parse();
        BitSet all = null;
        for (TrueTypeFont font : first.fonts) {
            BitSet covered = coverage(font);
            if (all == null) {
                all = covered;
            } else {
                all.and(covered);
            }
        }
        this.drawable = all;
        giveBack(first);
    }

    static EmbeddedFonts load() {
        return new EmbeddedFonts(FACES.stream().map(face -> read(DIRECTORY + face.file())).toList());
    }

    /** Whether every face has a glyph for the code point. */
    boolean canDraw(int codePoint) {
        return drawable.get(codePoint);
    }

    /** Parsed faces for one render; give them back with {@link #giveBack} after the PDF is written. */
    Faces borrow() {
        Faces faces = idle.poll();
        if (faces == null) {
            return parse();
        }
        idleCount.decrementAndGet();
        return faces;
    }

    void giveBack(Faces faces) {
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.offer(faces);
        } else {
            idleCount.decrementAndGet();
            faces.close();
        }
    }

    /** The four faces of one render, each embedded (subset) in the document only if the text uses it. */
    final class Faces implements AutoCloseable {

        private final List<TrueTypeFont> fonts;

        private Faces(List<TrueTypeFont> fonts) {
            this.fonts = fonts;
        }

        void registerWith(PdfRendererBuilder builder, PDDocument document) {
            for (int i = 0; i < FACES.size(); i++) {
                Face face = FACES.get(i);
                builder.useFont(new LazyFont(document, fonts.get(i)), FAMILY, face.weight(), face.style(), true);
            }
        }

        @Override
        public void close() {
            for (TrueTypeFont font : fonts) {
                try {
                    font.close();
                } catch (IOException e) {
                    // a buffer in memory; nothing to release
                }
            }
        }
    }

    /** Loads the face into the document when the layout first asks for it. */
    private static final class LazyFont extends PDFontSupplier {

        private final PDDocument document;
        private final TrueTypeFont font;
        private PDFont loaded;

        LazyFont(PDDocument document, TrueTypeFont font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot embed a face of " + FAMILY, e);
                }
            }
            return loaded;
        }
    }

    private Faces parse() {
        List<TrueTypeFont> fonts = new ArrayList<>(data.size());
        try {
            for (byte[] bytes : data) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                // openhtmltopdf measures text without glyph substitution but PDFBox 3 draws it with substitution (ligatures,
                // composed accents), so a line could be drawn narrower than it was laid out; and applying the rules took a
                // tenth of all rendering time. Without GSUB, measuring and drawing agree; embedded subsets never carry GSUB.
                font.setEnableGsub(false);
                fonts.add(font);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the embedded fonts", e);
        }
        return new Faces(fonts);
    }

    private static BitSet coverage(TrueTypeFont font) {
        try {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet covered = new BitSet(Character.MAX_CODE_POINT + 1);
            for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
                if (cmap.getGlyphId(codePoint) > 0) {
                    covered.set(codePoint);
                }
            }
            return covered;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded font's character map", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
