package no.innspill.intake.extraction;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text lines of a PDF in reading order, each with where it starts and ends on its page. */
final class PdfLines extends PDFTextStripper {

    /**
     * One line of text.
     *
     * @param firstWordWidth how wide the line's first word is: had it fitted at the end of the line before, Word would have put it there
     * @param spaceWidth     the width of a space in the line's font
     */
    record Line(int page, String text, float left, float right, float baseline, float height, float firstWordWidth,
                float spaceWidth, float pageWidth, float pageHeight) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /** Where each character of {@link #text} starts, for putting drawn check boxes in their place. */
    private final List<Float> xs = new ArrayList<>();
    private final List<List<Float>> lineXs = new ArrayList<>();
    private float left = Float.NaN;
    private float right;
    private float baseline;
    private float height;
    private float firstWordWidth = Float.NaN;
    private float spaceWidth;
    private float pageWidth;
    private float pageHeight;

    private PdfLines() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    static List<Line> of(PDDocument document) throws IOException {
        PdfLines stripper = new PdfLines();
        stripper.writeText(document, Writer.nullWriter());
        if (stripper.lines.stream().anyMatch(line -> Glyphs.hasBox(line.text()))) {
            // boxes written as characters: drawn ones are not looked for, which halves the work on a page
            return stripper.lines;
        }
        int pageNumber = 0;
        for (PDPage page : document.getPages()) {
            pageNumber++;
            List<PdfDrawnBoxes.Box> boxes = PdfDrawnBoxes.of(page);
            for (PdfDrawnBoxes.Box box : boxes) {
                stripper.place(pageNumber, box);
            }
        }
        return stripper.lines;
    }

    /** Writes a drawn box into the line it stands in, as ☒ or ☐ before the character to its right. */
    private void place(int page, PdfDrawnBoxes.Box box) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.page() != page || box.centreY() < line.baseline() - line.height() - 2 || box.centreY() > line.baseline() + 2
                    || box.right() < line.left() - 40 || box.left() > line.right() + 40) {
                continue;
            }
            List<Float> positions = lineXs.get(i);
            int at = 0;
            while (at < positions.size() && positions.get(at) < box.centreX()) {
                at++;
            }
            String glyph = String.valueOf(box.ticked() ? Glyphs.TICKED : Glyphs.UNTICKED);
            String before = line.text().substring(0, at);
            String inserted = (before.isEmpty() || before.endsWith(" ") ? "" : " ") + glyph + " ";
            String text = before + inserted + line.text().substring(at).stripLeading();
            List<Float> moved = new ArrayList<>(positions.subList(0, at));
            for (int k = 0; k < inserted.length(); k++) {
                moved.add(box.left());
            }
            moved.addAll(positions.subList(at, positions.size()));
            lines.set(i, new Line(line.page(), text.strip(), Math.min(line.left(), box.left()), Math.max(line.right(), box.right()),
                    line.baseline(), line.height(), line.firstWordWidth(), line.spaceWidth(), line.pageWidth(), line.pageHeight()));
            lineXs.set(i, moved);
            return;
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pageWidth = page.getMediaBox().getWidth();
        pageHeight = page.getMediaBox().getHeight();
        super.startPage(page);
    }

    @Override
    protected void writeString(String value, List<TextPosition> positions) {
        if (positions.isEmpty()) {
            for (int i = 0; i < value.length(); i++) {
                xs.add(right);
            }
            text.append(value);
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        if (Float.isNaN(left)) {
            left = first.getXDirAdj();
            baseline = first.getYDirAdj();
        }
        if (Float.isNaN(firstWordWidth)) {
            firstWordWidth = firstWordWidth(positions);
        }
        for (TextPosition position : positions) {
            height = Math.max(height, position.getHeightDir());
            baseline = Math.max(baseline, position.getYDirAdj());
            if (spaceWidth == 0 && position.getWidthOfSpace() > 0) {
                spaceWidth = position.getWidthOfSpace();
            }
        }
        right = Math.max(right, last.getXDirAdj() + last.getWidthDirAdj());
        if (value.length() == positions.size()) {
            positions.forEach(position -> xs.add(position.getXDirAdj()));
        } else {
            for (int i = 0; i < value.length(); i++) {
                xs.add(positions.get(Math.min(positions.size() - 1, i * positions.size() / value.length())).getXDirAdj());
            }
        }
        text.append(value);
    }

    /** The width up to the first space, or NaN when this piece holds no space: the word goes on in the next. */
    private float firstWordWidth(List<TextPosition> positions) {
        float start = Float.isNaN(left) ? positions.get(0).getXDirAdj() : left;
        for (TextPosition position : positions) {
            String unicode = position.getUnicode();
            if (unicode != null && !unicode.isEmpty() && Character.isWhitespace(unicode.charAt(0))) {
                return position.getXDirAdj() - start;
            }
        }
        return Float.NaN;
    }

    @Override
    protected void writeWordSeparator() {
        if (Float.isNaN(firstWordWidth)) {
            firstWordWidth = right - left;
        }
        xs.add(right);
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        finishLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        finishLine();
        super.endPage(page);
    }

    private void finishLine() {
        String raw = text.toString();
        int leading = raw.length() - raw.stripLeading().length();
        String line = raw.strip();
        if (!line.isEmpty() && !Float.isNaN(left)) {
            List<Float> positions = new ArrayList<>(line.length());
            for (int i = 0; i < line.length(); i++) {
                positions.add(leading + i < xs.size() ? xs.get(leading + i) : right);
            }
            lineXs.add(positions);
            if (Float.isNaN(firstWordWidth)) {
                firstWordWidth = right - left;
            }
            lines.add(new Line(getCurrentPageNo(), line, left, right, baseline, height, firstWordWidth,
                    spaceWidth > 0 ? spaceWidth : height * 0.3f, pageWidth, pageHeight));
        }
        text.setLength(0);
        xs.clear();
        left = Float.NaN;
        right = 0;
        baseline = 0;
        height = 0;
        firstWordWidth = Float.NaN;
        spaceWidth = 0;
    }
}
