package no.innspill.mail;

import java.util.List;
import java.util.Objects;

/**
 * An e-mail to send: one recipient, a subject, a plain-text body (sent as UTF-8) and attachments
 * by reference. Checked when made, so a misuse throws {@link IllegalArgumentException} at the
 * caller and never reaches the outbox: the recipient must be one valid address, the subject one
 * line (a line break would let the text add mail headers of its own), and sizes are capped.
 *
 * @param to          {@code kari@example.no} or {@code Kari Nordmann <kari@example.no>}
 * @param attachments in the order they are attached; {@code null} means none
 */
public record OutgoingMail(String to, String subject, String textBody, List<AttachmentRef> attachments) {

    public static final int MAX_SUBJECT_LENGTH = 250;
    public static final int MAX_BODY_LENGTH = 1_000_000;
    public static final int MAX_ATTACHMENTS = 20;

    public OutgoingMail {
        Addresses.parse("to", to);
        to = to.strip();
        Checks.requireLine("subject", subject, MAX_SUBJECT_LENGTH);
        Checks.requireText("textBody", textBody, MAX_BODY_LENGTH);
        Checks.require(!textBody.isBlank(), "textBody is empty");
        attachments = attachments == null ? List.of() : attachments;
        Checks.require(attachments.stream().noneMatch(Objects::isNull), "attachments contains null");
        Checks.require(attachments.size() <= MAX_ATTACHMENTS, "a mail takes at most " + MAX_ATTACHMENTS + " attachments");
        attachments = List.copyOf(attachments);
    }

    /** A mail without attachments. */
    public OutgoingMail(String to, String subject, String textBody) {
        this(to, subject, textBody, List.of());
    }
}
