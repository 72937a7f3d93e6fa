package no.innspill.intake.mailbox;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import no.innspill.intake.IntakeItem.Mail;
import no.innspill.intake.IntakeItems.Attachment;
import org.jsoup.Jsoup;

/** An e-mail as intake keeps it: who sent it, when, about what, its text, and its attachments. */
record IncomingMessage(Mail mail, List<Attachment> attachments) {

    private static final int MAX_BODY_CHARS = 100_000;
    private static final int MAX_DEPTH = 10;

    static IncomingMessage read(MimeMessage message, String messageId, long maxFileSize) throws MessagingException, IOException {
        List<Attachment> attachments = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        walk(message, attachments, plain, html, maxFileSize, 0);
        String body = !plain.isEmpty() ? plain.toString() : html.isEmpty() ? null : Jsoup.parse(html.toString()).wholeText();
        if (body != null) {
            body = body.replace("\r\n", "\n").strip();
            body = body.isEmpty() ? null : body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) + " …" : body;
        }
        Mail mail = new Mail(messageId, sender(message), message.getSubject(),
                message.getSentDate() == null ? null : message.getSentDate().toInstant(), body);
        return new IncomingMessage(mail, attachments);
    }

    private static void walk(Part part, List<Attachment> attachments, StringBuilder plain, StringBuilder html, long maxFileSize,
                             int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        String fileName = fileName(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
        if (!attachment && part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, attachments, plain, html, maxFileSize, depth + 1);
            }
        } else if (attachment) {
            attachments.add(attachment(part, fileName == null ? "vedlegg" : fileName, maxFileSize));
        } else if (part.isMimeType("text/plain") && plain.isEmpty()) {
            plain.append(part.getContent());
        } else if (part.isMimeType("text/html") && html.isEmpty()) {
            html.append(part.getContent());
        }
    }

    /** Reads at most one byte over the limit: a larger attachment is recorded without its bytes. */
    private static Attachment attachment(Part part, String fileName, long maxFileSize) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
            if (bytes.length > maxFileSize) {
                long more = in.transferTo(java.io.OutputStream.nullOutputStream());
                return new Attachment(fileName, null, bytes.length + more);
            }
            return new Attachment(fileName, bytes, bytes.length);
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }

    private static String sender(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0) {
            return null;
        }
        return from[0] instanceof InternetAddress address ? address.toUnicodeString() : from[0].toString();
    }

}
