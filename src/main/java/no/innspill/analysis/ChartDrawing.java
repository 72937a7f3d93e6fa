package no.innspill.analysis;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layout of a chart as horizontal bars, in pixels: the primitives the SVG and the PNG both draw, so the two are the
 * same picture. Labels are measured with the DejaVu Sans the PNG draws with (from jasperreports-fonts on the
 * classpath, never the OS's fonts) and shortened with "…" where they would not fit; the table has them in full.
 */
record ChartDrawing(int width, int height, List<Shape> shapes) {

    /** Colours with a contrast of at least 3:1 against white (WCAG 1.4.11), told apart by their labels too. */
    static final List<String> COLOURS = List.of("#0062BA", "#A0460A", "#1E7F4F", "#6B3FA0");
    static final String TEXT = "#1E2B3C";
    static final String AXIS = "#68707C";
    static final String FONT_FAMILY = "DejaVu Sans";
    static final Font FONT = loadFont("DejaVuSans.ttf");
    static final Font BOLD = loadFont("DejaVuSans-Bold.ttf");

    static final int WIDTH = 760;
    private static final int LABEL_X = 8;
    private static final int LABEL_WIDTH = 214;
    private static final int BARS_X = 230;
    private static final int BARS_WIDTH = 300;
    private static final int BAR_HEIGHT = 16;
    private static final int BAR_GAP = 4;
    private static final int GROUP_GAP = 12;
    private static final int TEXT_SIZE = 12;
    private static final int TITLE_SIZE = 14;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    sealed interface Shape permits Rect, Text, Line {
    }

    record Rect(int x, int y, int width, int height, String colour) implements Shape {
    }

    /** Text with its baseline at y, starting at x. */
    record Text(int x, int y, String text, int size, boolean bold) implements Shape {
    }

    record Line(int x1, int y1, int x2, int y2, String colour) implements Shape {
    }

    static ChartDrawing of(Chart chart, Locale locale) {
        List<Shape> shapes = new ArrayList<>();
        int y = 22;
        shapes.add(new Text(LABEL_X, y, fit(chart.title(), WIDTH - 2 * LABEL_X, TITLE_SIZE, true), TITLE_SIZE, true));
        y += 14;
        if (chart.grouped()) {
            int x = LABEL_X;
            for (int i = 0; i < chart.series().size(); i++) {
                shapes.add(new Rect(x, y + 2, 12, 12, colour(i)));
                String label = chart.series().get(i).label();
                shapes.add(new Text(x + 18, y + 12, label, TEXT_SIZE, false));
                x += 18 + width(label, TEXT_SIZE) + 24;
            }
            y += 22;
        }
        y += 8;
        int top = y;
        long max = Math.max(1, chart.max());
        for (Chart.Row row : chart.rows()) {
            int groupHeight = chart.series().size() * (BAR_HEIGHT + BAR_GAP) - BAR_GAP;
            shapes.add(new Text(LABEL_X, y + groupHeight / 2 + 4, fit(row.label(), LABEL_WIDTH, TEXT_SIZE), TEXT_SIZE, false));
            for (int i = 0; i < chart.series().size(); i++) {
                int length = (int) Math.round((double) BARS_WIDTH * row.values().get(i) / max);
                if (length > 0) {
                    shapes.add(new Rect(BARS_X, y, Math.max(1, length), BAR_HEIGHT, colour(i)));
                }
                String value = chart.valueLabel(row, i, locale);
                String label = chart.grouped() ? chart.series().get(i).label() + " " + value : value;
                int labelX = BARS_X + length + 6;
                shapes.add(new Text(labelX, y + BAR_HEIGHT - 4, fit(label, WIDTH - labelX - LABEL_X, TEXT_SIZE), TEXT_SIZE, false));
                y += BAR_HEIGHT + BAR_GAP;
            }
            y += GROUP_GAP - BAR_GAP;
        }
        shapes.add(new Line(BARS_X, top - 4, BARS_X, Math.max(top, y - GROUP_GAP + 4), AXIS));
        return new ChartDrawing(WIDTH, y + 8, List.copyOf(shapes));
    }

    static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    private static String fit(String text, int room, int size) {
        return fit(text, room, size, false);
    }

    private static String fit(String text, int room, int size, boolean bold) {
        if (width(text, size, bold) <= room) {
            return text;
        }
        // the longest start that fits with its "…", found by halving (labels can be a question's whole text)
        int[] codePoints = text.codePoints().toArray();
        int fits = 0;
        int tooLong = codePoints.length;
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (width(new String(codePoints, 0, middle) + "…", size, bold) <= room) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return new String(codePoints, 0, fits).strip() + "…";
    }

    private static int width(String text, int size) {
        return width(text, size, false);
    }

    private static int width(String text, int size, boolean bold) {
        return (int) Math.ceil(font(size, bold).getStringBounds(text, MEASURE).getWidth());
    }

    private static Font loadFont(String file) {
        try (InputStream in = ChartDrawing.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the classpath (jasperreports-fonts)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.Map<Integer, Font> SIZED = new java.util.concurrent.ConcurrentHashMap<>();

    static Font font(int size, boolean bold) {
        return SIZED.computeIfAbsent(bold ? -size : size, key -> (bold ? BOLD : FONT).deriveFont((float) size));
    }
}
