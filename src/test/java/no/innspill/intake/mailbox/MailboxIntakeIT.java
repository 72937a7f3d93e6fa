package no.innspill.intake.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import no.innspill.InnspillApplication;
import no.innspill.consultation.Consultations;
import no.innspill.intake.IntakeItem;
import no.innspill.intake.IntakeItems;
import no.innspill.intake.review.IntakeFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The watched mailbox against GreenMail's real IMAP server, with mail delivered over its SMTP:
 * every message is taken in exactly once — after a second look, after its flag is lost, after a
 * restart — and broken attachments become items with clear errors while good ones are read.
 */
class MailboxIntakeIT {

    private static final int SMTP_PORT = freePort();
    private static final int IMAP_PORT = freePort();
    private static final String ADDRESS = "postmottak@innspill.test";
    private static final String USER = "postmottak";
    private static final String PASSWORD = "hemmelig";

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
            .withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig().withUser(ADDRESS, USER, PASSWORD))
            .withPerMethodLifecycle(true);

    @Test
    void each_message_becomes_items_exactly_once_also_after_a_lost_flag_and_a_restart() throws Exception {
        Path data = dataDirectory();
        String run = UUID.randomUUID().toString().substring(0, 8);
        send("Ordkommunen <post@ordkommunen.example>", "Høringssvar 22/414 fra Ordkommunen " + run, "Vedlagt er vårt svar.",
                new Attachment("svar.docx", IntakeFixtures.letterDocx("Høringsinstans: Ordkommunen", "Vi støtter strategien.")),
                new Attachment("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        send("PDF-etaten <post@pdf.example>", "Svar " + run, "Se vedlegg.",
                new Attachment("svar.pdf", IntakeFixtures.plainPdf("Høringsinstans: PDF-etaten")));
        List<IntakeItem> first;
        try (ConfigurableApplicationContext app = start(data)) {
            IntakeItems items = app.getBean(IntakeItems.class);
            Supplier<List<IntakeItem>> ours = () -> ours(app, items, run);
            first = waitFor(ours, list -> list.size() == 3);
            assertThat(first).extracting(IntakeItem::fileName).containsExactlyInAnyOrder("svar.docx", "logo.png", "svar.pdf");
            IntakeItem docx = first.stream().filter(i -> i.fileName().equals("svar.docx")).findFirst().orElseThrow();
            assertThat(docx.source()).isEqualTo(IntakeItem.Source.MAILBOX);
            assertThat(docx.status()).isEqualTo(IntakeItem.Status.NEEDS_REVIEW);
            assertThat(docx.mail().sender()).isEqualTo("Ordkommunen <post@ordkommunen.example>");
            assertThat(docx.mail().subject()).isEqualTo("Høringssvar 22/414 fra Ordkommunen " + run);
            assertThat(docx.mail().bodyText()).isEqualTo("Vedlagt er vårt svar.");
            assertThat(docx.mail().sentAt()).isNotNull();
            assertThat(docx.mail().messageId()).isNotBlank();
            IntakeItem png = first.stream().filter(i -> i.fileName().equals("logo.png")).findFirst().orElseThrow();
            assertThat(png.status()).isEqualTo(IntakeItem.Status.REJECTED);
            assertThat(png.problem().code()).isEqualTo("unsupported-type");
            waitFor(this::flaggedCount, n -> n == 2);

            MailboxPoller poller = app.getBean(MailboxPoller.class);
            assertThat(poller.poll()).as("a second look takes nothing").isZero();
            unflagAll(); // as if the application stopped between storing and flagging
            assertThat(poller.poll()).as("the Message-ID is known, so nothing is taken twice").isZero();
            assertThat(flaggedCount()).isEqualTo(2);
            assertThat(ours.get()).hasSize(3);
        }
        unflagAll();
        try (ConfigurableApplicationContext again = start(data)) {
            IntakeItems items = again.getBean(IntakeItems.class);
            waitFor(this::flaggedCount, n -> n == 2); // the restarted watcher has looked
            assertThat(again.getBean(MailboxPoller.class).poll()).isZero();
            assertThat(ours(again, items, run)).extracting(IntakeItem::id)
                    .containsExactlyInAnyOrderElementsOf(first.stream().map(IntakeItem::id).toList());
        }
    }

    @Test
    void broken_attachments_become_items_with_clear_errors_while_a_good_one_is_read() throws Exception {
        Path data = dataDirectory();
        String run = UUID.randomUUID().toString().substring(0, 8);
        send("a@example.no", "Skadet " + run, "Her er PDF-en.", new Attachment("skadet.pdf", IntakeFixtures.corruptPdf()));
        send("b@example.no", "Tom " + run, "Her er filen.", new Attachment("tom.docx", new byte[0]));
        send("c@example.no", "God " + run, "Her er svaret.", new Attachment("god.docx", IntakeFixtures.letterDocx("Et godt svar.")));
        send("d@example.no", "Uten vedlegg " + run, "Bare tekst.");
        try (ConfigurableApplicationContext app = start(data)) {
            IntakeItems items = app.getBean(IntakeItems.class);
            List<IntakeItem> list = waitFor(() -> ours(app, items, run), l -> l.size() == 3);
            IntakeItem corrupt = byName(list, "skadet.pdf");
            assertThat(corrupt.status()).isEqualTo(IntakeItem.Status.NEEDS_REVIEW);
            assertThat(corrupt.problem().code()).isEqualTo("corrupt-pdf");
            IntakeItem empty = byName(list, "tom.docx");
            assertThat(empty.status()).isEqualTo(IntakeItem.Status.REJECTED);
            assertThat(empty.problem().code()).isEqualTo("empty");
            IntakeItem good = byName(list, "god.docx");
            assertThat(good.status()).isEqualTo(IntakeItem.Status.NEEDS_REVIEW);
            assertThat(good.problem()).isNull();
            assertThat(good.answers()).isNotEmpty();
            waitFor(this::flaggedCount, n -> n == 4);
        }
    }

    private static IntakeItem byName(List<IntakeItem> items, String name) {
        return items.stream().filter(i -> i.fileName().equals(name)).findFirst().orElseThrow();
    }

    private static List<IntakeItem> ours(ConfigurableApplicationContext app, IntakeItems items, String run) {
        var consultation = app.getBean(Consultations.class).getBySlug("22-414");
        return items.list(consultation).stream()
                .filter(i -> i.mail() != null && i.mail().subject() != null && i.mail().subject().endsWith(run)).toList();
    }

    /** Readable by every user: running as root, the embedded PostgreSQL runs as another user. */
    private static Path dataDirectory() throws IOException {
        return Files.createTempDirectory("innspill-mailbox-test",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(InnspillApplication.class).run(
                "--server.port=0",
                "--innspill.embedded-database.directory=" + data,
                "--innspill.admin.password=test-staff-password",
                "--innspill.demo.enabled=true",
                "--innspill.jobs.polling-interval=200ms",
                "--innspill.intake.imap.enabled=true",
                "--innspill.intake.imap.host=127.0.0.1",
                "--innspill.intake.imap.port=" + IMAP_PORT,
                "--innspill.intake.imap.ssl=false",
                "--innspill.intake.imap.username=" + USER,
                "--innspill.intake.imap.password=" + PASSWORD,
                "--innspill.intake.imap.consultation=22-414",
                "--innspill.intake.imap.poll-interval=300ms");
    }

    record Attachment(String fileName, byte[] bytes) {
    }

    private static void send(String from, String subject, String text, Attachment... attachments) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(SMTP_PORT));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(ADDRESS));
        message.setSubject(subject, "UTF-8");
        if (attachments.length == 0) {
            message.setText(text, "UTF-8");
        } else {
            MimeMultipart multipart = new MimeMultipart();
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            multipart.addBodyPart(body);
            for (Attachment attachment : attachments) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(attachment.bytes(), "application/octet-stream")));
                part.setFileName(attachment.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                multipart.addBodyPart(part);
            }
            message.setContent(multipart);
        }
        message.setSentDate(new java.util.Date());
        Transport.send(message);
    }

    private int flaggedCount() {
        return withInbox(folder -> {
            int flagged = 0;
            for (Message message : folder.getMessages()) {
                if (message.isSet(Flags.Flag.FLAGGED) && message.isSet(Flags.Flag.SEEN)) {
                    flagged++;
                }
            }
            return flagged;
        });
    }

    private void unflagAll() {
        withInbox(folder -> {
            for (Message message : folder.getMessages()) {
                message.setFlag(Flags.Flag.FLAGGED, false);
                message.setFlag(Flags.Flag.SEEN, false);
            }
            return null;
        });
    }

    interface FolderWork<T> {
        T apply(Folder folder) throws Exception;
    }

    private static <T> T withInbox(FolderWork<T> work) {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", IMAP_PORT, USER, PASSWORD);
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            try {
                return work.apply(folder);
            } finally {
                folder.close(false);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T waitFor(Supplier<T> probe, java.util.function.Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 30 s; last saw " + value);
            }
            Thread.sleep(100);
            value = probe.get();
        }
        return value;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
