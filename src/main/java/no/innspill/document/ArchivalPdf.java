package no.innspill.document;

import java.util.Objects;

/**
 * The PDF/A archive copy of an attached file, and how it was made.
 *
 * @param conversion {@link #KEPT}, {@link #PAGE_IMAGES} or {@link #FROM_TEXT}
 * @param detail     for a kept file the PDF/A flavour it claims ("2b"), else {@code null}
 */
public record ArchivalPdf(byte[] pdf, String conversion, String detail) {

    /** The file is a PDF that claims PDF/A-1 or -2 and carries no scripts, encryption or embedded files: kept byte for byte. */
    public static final String KEPT = "kept";
    /** A PDF's pages rendered as images in a PDF/A-2b, with its text as an invisible layer so it can be searched and copied. */
    public static final String PAGE_IMAGES = "page-images";
    /** A Word or OpenDocument file's text structure rendered as PDF/A-2a + PDF/UA-1; layout and images are not in it. */
    public static final String FROM_TEXT = "from-text";

    public ArchivalPdf {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(conversion, "conversion");
    }
}
