package no.innspill.intake.extraction;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Check boxes drawn rather than written: Word's legacy form check boxes come out of LibreOffice
 * (and Word) as a small stroked square, crossed by two lines when ticked. Finds them on a page,
 * in the top-down coordinates of the text.
 */
final class PdfDrawnBoxes extends PDFGraphicsStreamEngine {

    /** A box, top-down: {@code top < bottom}. */
    record Box(float left, float top, float right, float bottom, boolean ticked) {

        float centreX() {
            return (left + right) / 2;
        }

        float centreY() {
            return (top + bottom) / 2;
        }
    }

    private static final float MIN_SIDE = 5;
    private static final float MAX_SIDE = 20;

    private final float pageHeight;
    private final List<float[]> pathSquares = new ArrayList<>();
    private final List<float[]> pathLines = new ArrayList<>();
    private final List<float[]> squares = new ArrayList<>();
    private final List<float[]> lines = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();

    private PdfDrawnBoxes(PDPage page) {
        super(page);
        this.pageHeight = page.getMediaBox().getHeight();
    }

    static List<Box> of(PDPage page) throws IOException {
        PdfDrawnBoxes engine = new PdfDrawnBoxes(page);
        engine.processPage(page);
        List<Box> boxes = new ArrayList<>();
        for (float[] square : engine.squares) {
            int crossing = 0;
            for (float[] line : engine.lines) {
                if (inside(line[0], line[1], square) && inside(line[2], line[3], square) && line[0] != line[2] && line[1] != line[3]) {
                    crossing++;
                }
            }
            boxes.add(new Box(square[0], engine.pageHeight - square[3], square[2], engine.pageHeight - square[1], crossing > 0));
        }
        return boxes;
    }

    private static boolean inside(float x, float y, float[] square) {
        float slack = 1.5f;
        return x >= square[0] - slack && x <= square[2] + slack && y >= square[1] - slack && y <= square[3] + slack;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float left = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float right = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float bottom = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float top = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        float width = right - left;
        float height = top - bottom;
        if (width >= MIN_SIDE && width <= MAX_SIDE && height >= MIN_SIDE && height <= MAX_SIDE && Math.abs(width - height) < 0.2f * width) {
            pathSquares.add(new float[] {left, bottom, right, top});
        }
        current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        pathLines.add(new float[] {current.x, current.y, x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // a closed path adds no segment worth keeping
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        squares.addAll(pathSquares);
        lines.addAll(pathLines);
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images are never check boxes we can read
    }

    @Override
    public void clip(int windingRule) {
        // clipping does not change what is drawn here
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are never check boxes
    }

    private void clearPath() {
        pathSquares.clear();
        pathLines.clear();
    }
}
