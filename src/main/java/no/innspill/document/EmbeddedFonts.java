package no.innspill.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of every PDF, read once from the classpath and embedded (subset) only where the text
 * uses them; the OS's fonts are never used. DejaVu Sans (from the jasperreports-fonts jar) draws
 * the text; where it lacks a character, openhtmltopdf falls back, character by character, through
 * the families of {@link #CSS_FAMILIES}: Noto Emoji (monochrome outlines: emoji with skin tones,
 * the parts of ZWJ sequences, regional-indicator flags), Noto Sans Symbols, Noto Sans Symbols 2,
 * Noto Sans Arabic (DejaVu's oblique faces have no Arabic, and joined Arabic is drawn with the
 * presentation forms ICU shapes it into) and Noto Sans Math (copied by the build from npm packages
 * of Google Fonts' static TrueType files). Also
 * knows which characters some family can draw in all four styles, so that the rest can be written
 * out ({@link DrawableText}) instead of drawn as {@code .notdef}.
 *
 * <p>Parsing the font files takes milliseconds, several times per PDF, so parsed faces are
 * pooled: a render borrows one {@link Faces} for itself (a parsed font reads lazily from its own
 * buffer and is not safe to share between threads) and gives it back when the PDF is written.
 */
final class EmbeddedFonts {

    static final String FAMILY = "DejaVu Sans";

    /** The CSS {@code font-family} of the documents: DejaVu Sans first, then the fallbacks in the order they are tried. */
    static final String CSS_FAMILIES = "\"DejaVu Sans\", \"Noto Emoji\", \"Noto Sans Symbols\", \"Noto Sans Symbols 2\", \"Noto Sans Arabic\", \"Noto Sans Math\"";

    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";

    /**
     * One file registered for a family, weight and style. A family with fewer files than the four
     * styles registers a file under several (the regular emoji in italic text), so that every
     * style finds every family and the coverage below holds for all of them.
     */
    private record Face(String family, String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face(FAMILY, DEJAVU + "DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face(FAMILY, DEJAVU + "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face(FAMILY, DEJAVU + "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face(FAMILY, DEJAVU + "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC),
            new Face("Noto Emoji", "/fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Noto Emoji", "/fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf", 700, FontStyle.NORMAL),
            new Face("Noto Emoji", "/fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf", 400, FontStyle.ITALIC),
            new Face("Noto Emoji", "/fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf", 700, FontStyle.ITALIC),
            new Face("Noto Sans Symbols", "/fonts/noto-sans-symbols/400Regular/NotoSansSymbols_400Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Noto Sans Symbols", "/fonts/noto-sans-symbols/700Bold/NotoSansSymbols_700Bold.ttf", 700, FontStyle.NORMAL),
            new Face("Noto Sans Symbols", "/fonts/noto-sans-symbols/400Regular/NotoSansSymbols_400Regular.ttf", 400, FontStyle.ITALIC),
            new Face("Noto Sans Symbols", "/fonts/noto-sans-symbols/700Bold/NotoSansSymbols_700Bold.ttf", 700, FontStyle.ITALIC),
            new Face("Noto Sans Symbols 2", "/fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Noto Sans Symbols 2", "/fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf", 700, FontStyle.NORMAL),
            new Face("Noto Sans Symbols 2", "/fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf", 400, FontStyle.ITALIC),
            new Face("Noto Sans Symbols 2", "/fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf", 700, FontStyle.ITALIC),
            new Face("Noto Sans Arabic", "/fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Noto Sans Arabic", "/fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf", 700, FontStyle.NORMAL),
            new Face("Noto Sans Arabic", "/fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf", 400, FontStyle.ITALIC),
            new Face("Noto Sans Arabic", "/fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf", 700, FontStyle.ITALIC),
            new Face("Noto Sans Math", "/fonts/noto-sans-math/400Regular/NotoSansMath_400Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Noto Sans Math", "/fonts/noto-sans-math/400Regular/NotoSansMath_400Regular.ttf", 700, FontStyle.NORMAL),
            new Face("Noto Sans Math", "/fonts/noto-sans-math/400Regular/NotoSansMath_400Regular.ttf", 400, FontStyle.ITALIC),
            new Face("Noto Sans Math", "/fonts/noto-sans-math/400Regular/NotoSansMath_400Regular.ttf", 700, FontStyle.ITALIC));

    /** Each file once, in the order first registered. */
    private static final List<String> FILES = FACES.stream().map(Face::file).distinct().toList();

    private final List<byte[]> data;
    private final BitSet drawable;
    /** What each family draws in every style, in the order the style sheet tries them. */
    private final Map<String, BitSet> coverageByFamily;
    private final ConcurrentLinkedQueue<Faces> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final int maxIdle = 2 * Runtime.getRuntime().availableProcessors();

    private EmbeddedFonts(List<byte[]> data) {
        this.data = data;
        Faces first = parse();
        this.coverageByFamily = coverage(first);
        this.drawable = new BitSet(Character.MAX_CODE_POINT + 1);
        coverageByFamily.values().forEach(drawable::or);
        giveBack(first);
    }

    static EmbeddedFonts load() {
        return new EmbeddedFonts(FILES.stream().map(EmbeddedFonts::read).toList());
    }

    /** Whether some family has a glyph for the code point in every style, so that any text can draw it. */
    boolean canDraw(int codePoint) {
        return codePoint >= 0 && drawable.get(codePoint);
    }

    /**
     * The first family (in the style sheet's order) that draws the code point in every style; DejaVu
     * Sans for text it draws itself, null for a character no family draws.
     */
    String familyFor(int codePoint) {
        for (Map.Entry<String, BitSet> family : coverageByFamily.entrySet()) {
            if (codePoint >= 0 && family.getValue().get(codePoint)) {
                return family.getKey();
            }
        }
        return null;
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

    /** The files of one render, each embedded (subset) in the document only if the text uses it. */
    final class Faces implements AutoCloseable {

        private final List<TrueTypeFont> fonts;

        private Faces(List<TrueTypeFont> fonts) {
            this.fonts = fonts;
        }

        /**
         * Registers DejaVu Sans and the fallback families the text needs. Only those: openhtmltopdf loads
         * every registered family the style sheet names into the document, and PDFBox then subsets
         * each, used or not, which cost a Latin-only response a fifth more CPU.
         */
        void registerWith(PdfRendererBuilder builder, PDDocument document, java.util.Set<String> fallbacks) {
            // one supplier per file, so that a file registered under several styles is embedded once
            Map<String, LazyFont> suppliers = new HashMap<>();
            for (Face face : FACES) {
                if (!face.family().equals(FAMILY) && !fallbacks.contains(face.family())) {
                    continue;
                }
                LazyFont font = suppliers.computeIfAbsent(face.file(),
                        file -> new LazyFont(document, fonts.get(FILES.indexOf(file)), face.family()));
                builder.useFont(font, face.family(), face.weight(), face.style(), true);
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
        private final String family;
        private PDFont loaded;

        LazyFont(PDDocument document, TrueTypeFont font, String family) {
            super(null);
            this.document = document;
            this.font = font;
            this.family = family;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot embed a face of " + family, e);
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
                // (So a ZWJ sequence or a flag is drawn as its parts, 👨‍👩‍👧 as 👨👩👧, and extracted as typed.)
                font.setEnableGsub(false);
                fonts.add(font);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the embedded fonts", e);
        }
        return new Faces(fonts);
    }

    /** For each family, what all files of the family cover. */
    private static Map<String, BitSet> coverage(Faces faces) {
        Map<String, List<String>> filesByFamily = FACES.stream().collect(Collectors.groupingBy(Face::family,
                LinkedHashMap::new, Collectors.mapping(Face::file, Collectors.toList())));
        Map<String, BitSet> coverage = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> family : filesByFamily.entrySet()) {
            List<String> files = family.getValue();
            BitSet all = null;
            for (String file : files.stream().distinct().toList()) {
                BitSet covered = coverage(faces.fonts.get(FILES.indexOf(file)));
                if (all == null) {
                    all = covered;
                } else {
                    all.and(covered);
                }
            }
            coverage.put(family.getKey(), all);
        }
        return coverage;
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
                throw new IllegalStateException("Font " + resource + " is missing from the classpath (DejaVu comes from "
                        + "jasperreports-fonts; the Noto fonts are copied from node_modules by the build: run it once without -Dnpm.skip)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
