package no.innspill.mail;

/**
 * Where the bytes of an attachment come from when a mail is sent. A module that mails its documents
 * implements this as a Spring bean (the response module's PDF copy of a response, say) and refers to
 * it in an {@link AttachmentRef} by {@link #name()}. The name is stored with each mail, so once used
 * it must stay the same.
 */
public interface AttachmentSource {

    /** A stable lower-case name such as {@code response-pdf}; never a class name. */
    String name();

    /**
     * The attachment's content for a reference given when the mail was enqueued. Runs outside the
     * deliverer's transaction. Throwing fails this attempt: the mail is tried again later.
     */
    byte[] load(String reference);
}
