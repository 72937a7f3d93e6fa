package no.innspill.response;

import no.innspill.document.AttachedFile;
import no.innspill.document.DocumentFormat;

/**
 * A checked file of a response or draft: its format read from its content, its name cleaned.
 *
 * @param content {@code null} when only the description was read
 */
public record Attachment(String questionId, int position, String name, DocumentFormat format, long size, String sha256,
                         byte[] content) {

    public AttachedFile described() {
        return new AttachedFile(questionId, position, name, format, size);
    }

    public String contentType() {
        return format.contentType();
    }
}
