package no.innspill.mail;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.util.regex.Pattern;

/**
 * An attachment named by reference: the {@link AttachmentSource} called {@code source} turns
 * {@code reference} into bytes when the mail is sent. Checked when made; a misuse throws
 * {@link IllegalArgumentException}.
 *
 * @param source      the name of an {@link AttachmentSource} bean, e.g. {@code response-pdf}
 * @param reference   what that source needs to find the content, e.g. a document number
 * @param fileName    the name the recipient sees, e.g. {@code Høringssvar 22-414-7.pdf}
 * @param contentType a MIME type, e.g. {@code application/pdf}
 */
public record AttachmentRef(String source, String reference, String fileName, String contentType) {

    private static final Pattern SOURCE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public AttachmentRef {
        Checks.requireLine("source", source, 50);
        Checks.require(SOURCE_NAME.matcher(source).matches(),
                "source must be a lower-case name of letters, digits and dashes, like \"response-pdf\"");
        Checks.requireLine("reference", reference, 1000);
        Checks.requireLine("fileName", fileName, 200);
        Checks.require(fileName.indexOf('/') < 0 && fileName.indexOf('\\') < 0, "fileName must not contain / or \\");
        Checks.requireLine("contentType", contentType, 200);
        try {
            new ContentType(contentType);
        } catch (ParseException e) {
            throw new IllegalArgumentException("contentType is not a MIME type like \"application/pdf\"");
        }
    }
}
