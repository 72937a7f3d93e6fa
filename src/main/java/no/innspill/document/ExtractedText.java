package no.innspill.document;

import java.util.List;

/**
 * The text of an attached file, for search and for people who cannot open it, with how it was got
 * and what a reader of it should know.
 *
 * @param text   the text, paragraphs on lines of their own; empty when none was found or the file could not be read
 * @param method how it was got: {@code pdf-text} (the PDF's own text layer), {@code docx-text}, {@code odt-text},
 *               or {@code none}
 * @param notes  codes, each with a text in the bundles ({@code attachment-text.note.<code>}): {@link #NO_TEXT} and the others below
 */
public record ExtractedText(String text, String method, List<String> notes) {

    /** At most this many characters are kept (about 1 MB): more is no letter, and search only needs the start. */
    public static final int MAX_CHARACTERS = 1_000_000;

    /** A PDF without a text layer, most likely scanned: the text needs OCR (issue 11). */
    public static final String NO_TEXT = "no-text";
    /** The text was cut at {@link #MAX_CHARACTERS}. */
    public static final String TRUNCATED = "truncated";
    /** Pages past {@link FileLimits#maxPdfPages()} were not read. */
    public static final String TOO_MANY_PAGES = "too-many-pages";
    /** The file is damaged in a way that leaves its text unreadable. */
    public static final String UNREADABLE = "unreadable";
    /** The file is protected by a password. */
    public static final String ENCRYPTED = "encrypted";
    /** The package unpacks to more than the limits allow (a zip bomb, or simply too large). */
    public static final String TOO_LARGE_UNPACKED = "too-large-unpacked";
    /** The file carries macros or JavaScript; none was run. */
    public static final String ACTIVE_CONTENT = "active-content";

    public static final String PDF_TEXT = "pdf-text";
    public static final String DOCX_TEXT = "docx-text";
    public static final String ODT_TEXT = "odt-text";
    public static final String NONE = "none";

    public ExtractedText {
        notes = List.copyOf(notes);
    }

    static ExtractedText unreadable(String code) {
        return new ExtractedText("", NONE, List.of(code));
    }
}
