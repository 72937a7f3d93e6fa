package no.innspill.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What tests look at in a rendered PDF: veraPDF's verdict, and the text of each page. */
public final class PdfInspection {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfInspection() {
    }

    /** The rules the PDF breaks for the flavour, one line each ("6.2.11.8-1: … (location)"); empty when compliant. */
    public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            TreeSet<String> failures = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage() + " at " + (assertion.getLocation() == null ? "?" : assertion.getLocation().getContext()));
                }
            }
            if (failures.isEmpty()) {
                failures.add("not compliant, job ended " + result.getJobEndStatus() + ", failed checks " + result.getFailedChecks());
            }
            return new ArrayList<>(failures);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }

    /**
     * The text of each page in reading position, top to bottom (list markers are painted before
     * the items' text, so content order would put every "•" first).
     */
    public static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rightmost point any glyph reaches, in points from the page's left edge, over all pages. */
    static float rightmostGlyph(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float[] rightmost = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        rightmost[0] = Math.max(rightmost[0], position.getXDirAdj() + position.getWidthDirAdj());
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
            return rightmost[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs of whitespace (line breaks too) as one space, trimmed. */
    public static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
