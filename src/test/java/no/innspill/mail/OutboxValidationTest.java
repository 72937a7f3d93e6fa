package no.innspill.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link OutgoingMail} and {@link AttachmentRef} refuse, before anything reaches the outbox. */
class OutboxValidationTest {

    private static final AttachmentRef PDF = new AttachmentRef("response-pdf", "22/414-7", "Høringssvar 22-414-7.pdf", "application/pdf");

    @Test
    void a_valid_mail_is_accepted_with_a_named_recipient_and_no_attachments_for_null() {
        OutgoingMail mail = new OutgoingMail("  Kari Nordmann <kari@example.no> ", "Kvittering – æøå", "Hei!\r\n\tTakk.", null);
        assertThat(mail.to()).isEqualTo("Kari Nordmann <kari@example.no>");
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void a_line_break_in_the_subject_is_refused_so_it_cannot_add_headers() {
        for (String subject : List.of("Hei\r\nBcc: alle@example.no", "Hei\nBcc: alle@example.no", "Hei\rX: y", "Hei\u0000")) {
            assertThatThrownBy(() -> new OutgoingMail("kari@example.no", subject, "Tekst"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("subject must be one line, without line breaks or other control characters");
        }
    }

    @Test
    void the_recipient_must_be_exactly_one_valid_address() {
        assertRefused("kari@example.no\r\nBcc: alle@example.no", "to must be one line");
        assertRefused("kari@example.no, ola@example.no", "to is not one valid e-mail address");
        assertRefused("kari", "to is not one valid e-mail address");
        assertRefused("kari@example..no", "to is not one valid e-mail address");
        assertRefused("kari@localhost", "to must have a full domain");
        assertRefused("kåri@example.no", "to has letters outside ASCII before the @");
        assertRefused(" ", "to is missing");
        assertRefused(null, "to is missing");
        assertRefused("k".repeat(320) + "@example.no", "to is longer than 320 characters");
    }

    @Test
    void a_domain_with_norwegian_letters_is_sent_in_its_ascii_form() throws Exception {
        InternetAddress address = Addresses.parse("to", "Kåre Ås <post@bærum.no>");
        assertThat(address.getAddress()).isEqualTo("post@xn--brum-voa.no");
        assertThat(address.getPersonal()).isEqualTo("Kåre Ås");
    }

    @Test
    void subject_and_body_sizes_are_capped_and_counted_in_characters() {
        new OutgoingMail("kari@example.no", "ø".repeat(OutgoingMail.MAX_SUBJECT_LENGTH), "Tekst");
        assertThatThrownBy(() -> new OutgoingMail("kari@example.no", "ø".repeat(OutgoingMail.MAX_SUBJECT_LENGTH + 1), "Tekst"))
                .hasMessage("subject is longer than 250 characters");
        assertThatThrownBy(() -> new OutgoingMail("kari@example.no", "Emne", "x".repeat(OutgoingMail.MAX_BODY_LENGTH + 1)))
                .hasMessage("textBody is longer than 1000000 characters");
        assertThatThrownBy(() -> new OutgoingMail("kari@example.no", "", "Tekst")).hasMessage("subject is missing");
        assertThatThrownBy(() -> new OutgoingMail("kari@example.no", "Emne", " \n ")).hasMessage("textBody is empty");
        assertThatThrownBy(() -> new OutgoingMail("kari@example.no", "Emne", null)).hasMessage("textBody is missing");
        assertThatThrownBy(() -> new OutgoingMail("kari@example.no", "Emne", "nul\u0000"))
                .hasMessage("textBody contains a control character other than line break or tab");
    }

    @Test
    void attachments_are_capped_and_copied() {
        List<AttachmentRef> many = new ArrayList<>(Collections.nCopies(OutgoingMail.MAX_ATTACHMENTS + 1, PDF));
        assertThatThrownBy(() -> new OutgoingMail("kari@example.no", "Emne", "Tekst", many))
                .hasMessage("a mail takes at most 20 attachments");
        List<AttachmentRef> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new OutgoingMail("kari@example.no", "Emne", "Tekst", withNull))
                .hasMessage("attachments contains null");

        List<AttachmentRef> one = new ArrayList<>(List.of(PDF));
        OutgoingMail mail = new OutgoingMail("kari@example.no", "Emne", "Tekst", one);
        one.clear();
        assertThat(mail.attachments()).containsExactly(PDF);
    }

    @Test
    void an_attachment_reference_is_checked() {
        assertThatThrownBy(() -> new AttachmentRef("ResponsePdf", "1", "a.pdf", "application/pdf"))
                .hasMessageContaining("source must be a lower-case name");
        assertThatThrownBy(() -> new AttachmentRef("response-pdf", "", "a.pdf", "application/pdf"))
                .hasMessage("reference is missing");
        assertThatThrownBy(() -> new AttachmentRef("response-pdf", "1", "../etc/passwd", "application/pdf"))
                .hasMessage("fileName must not contain / or \\");
        assertThatThrownBy(() -> new AttachmentRef("response-pdf", "1", "a.pdf\r\nX: y", "application/pdf"))
                .hasMessageStartingWith("fileName must be one line");
        assertThatThrownBy(() -> new AttachmentRef("response-pdf", "1", "a.pdf", "pdf"))
                .hasMessage("contentType is not a MIME type like \"application/pdf\"");
        assertThatThrownBy(() -> new AttachmentRef("response-pdf", "1", "a.pdf", "application/pdf\r\nX: y"))
                .hasMessageStartingWith("contentType must be one line");
    }

    private static void assertRefused(String to, String message) {
        assertThatThrownBy(() -> new OutgoingMail(to, "Emne", "Tekst"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }
}
