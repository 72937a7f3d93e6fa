package no.innspill.response;

import java.time.Instant;
import java.util.List;

/**
 * The text extracted from an attached file (for search), or that it is still to be extracted.
 *
 * @param text        {@code null} until extracted; empty when the file has none (a scan) or could not be read
 * @param method      how it was got: pdf-text, docx-text, odt-text or none; {@code null} until extracted
 * @param notes       codes of {@link no.innspill.document.ExtractedText}: no-text, truncated, unreadable, …
 * @param extractedAt {@code null} until extracted
 */
public record AttachmentText(int position, String text, String method, List<String> notes, Instant extractedAt) {

    public AttachmentText {
        notes = List.copyOf(notes);
    }

    public boolean extracted() {
        return extractedAt != null;
    }
}
