package no.innspill.analysis;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A chart as PNG: the {@link ChartDrawing} painted by Java2D at twice its size (sharp on high-density screens and in print). */
final class ChartPng {

    static final int SCALE = 2;

    private ChartPng() {
    }

    static byte[] render(Chart chart, Locale locale) {
        ChartDrawing drawing = ChartDrawing.of(chart, locale);
        BufferedImage image = new BufferedImage(drawing.width() * SCALE, drawing.height() * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, drawing.width(), drawing.height());
            for (ChartDrawing.Shape shape : drawing.shapes()) {
                if (shape instanceof ChartDrawing.Rect rect) {
                    g.setColor(Color.decode(rect.colour()));
                    g.fillRect(rect.x(), rect.y(), rect.width(), rect.height());
                } else if (shape instanceof ChartDrawing.Line line) {
                    g.setColor(Color.decode(line.colour()));
                    g.drawLine(line.x1(), line.y1(), line.x2(), line.y2());
                } else if (shape instanceof ChartDrawing.Text text) {
                    g.setColor(Color.decode(ChartDrawing.TEXT));
                    g.setFont(ChartDrawing.font(text.size(), text.bold()));
                    g.drawString(text.text(), text.x(), text.y());
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
