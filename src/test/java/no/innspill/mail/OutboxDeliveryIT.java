package no.innspill.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail) and the application's embedded PostgreSQL:
 * what is committed arrives once, what is rolled back never, and an SMTP outage loses nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "innspill.embedded-database.directory=${java.io.tmpdir}/innspill-tests/${random.uuid}",
        "innspill.admin.password=x",
        "spring.mail.host=127.0.0.1",
        "innspill.mail.from=Høringsportalen <postmottak@innspill.example>",
        "innspill.mail.poll-interval=300ms",
        "innspill.mail.first-retry-delay=2s",
        "innspill.jobs.polling-interval=200ms"})
class OutboxDeliveryIT {

    /** A fixed port, so GreenMail can be stopped and started again where the application expects it. */
    private static final int SMTP_PORT = freePort();
    private static final String SOURCE = "test-documents";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @TestConfiguration
    static class Documents {

        /** Bytes derived from the reference; "broken-query" fails in the database, "missing" finds nothing. */
        @Bean
        AttachmentSource testDocuments(JdbcClient jdbc) {
            return new AttachmentSource() {
                @Override
                public String name() {
                    return SOURCE;
                }

                @Override
                public byte[] load(String reference) {
                    if (reference.equals("broken-query")) {
                        jdbc.sql("select 1 / 0").query(Integer.class).single();
                    }
                    return reference.equals("missing") ? null : document(reference);
                }
            };
        }
    }

    @Autowired
    Outbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Scheduler scheduler;

    @Test
    void a_committed_mail_arrives_with_its_utf8_text_and_attachment_bytes() throws Exception {
        String subject = "Kvittering for høringssvar 22/414-7 – ÆØÅ æøå " + unique();
        String body = "Hei Kari,\n\nvi har fått svaret ditt om blåbærsyltetøy på Ærøy.\n\nHilsen Høringsportalen\n";
        AttachmentRef pdf = new AttachmentRef(SOURCE, "22/414-7", "Høringssvar 22-414-7.pdf", "application/pdf");
        AttachmentRef note = new AttachmentRef(SOURCE, "notat", "Notat.bin", "application/octet-stream");

        long id = transactions.execute(status ->
                outbox.enqueue(new OutgoingMail("Kari Nordmann <kari@example.no>", subject, body, List.of(pdf, note))));

        MimeMessage message = arrived(subject);
        assertThat(message.getSubject()).isEqualTo(subject);
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Høringsportalen");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("postmottak@innspill.example");
        assertThat(((InternetAddress) message.getAllRecipients()[0]).getAddress()).isEqualTo("kari@example.no");
        assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        List<Part> parts = leaves(message);
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).isMimeType("text/plain")).isTrue();
        assertThat(parts.get(0).getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(((String) parts.get(0).getContent()).replace("\r\n", "\n")).isEqualTo(body);
        assertThat(parts.get(1).getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(parts.get(1).getFileName()).isEqualTo("Høringssvar 22-414-7.pdf");
        assertThat(parts.get(1).isMimeType("application/pdf")).isTrue();
        assertThat(parts.get(1).getInputStream().readAllBytes()).isEqualTo(document("22/414-7"));
        assertThat(parts.get(2).getFileName()).isEqualTo("Notat.bin");
        assertThat(parts.get(2).getInputStream().readAllBytes()).isEqualTo(document("notat"));

        OutboxEntry entry = Poll.until("mail " + id + " marked sent", () -> outbox.find(id).orElseThrow(),
                e -> e.status().equals(OutboxEntry.SENT));
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.sentAt()).isNotNull();
        assertThat(entry.nextAttemptAt()).isNull();
        assertThat(entry.lastError()).isNull();
        assertThat(entry.attachments()).containsExactly(pdf, note);
        assertThat(entry.textBody()).isEqualTo(body);
    }

    @Test
    void a_mail_is_not_sent_before_its_transaction_commits() {
        String subject = "Etter commit " + unique();
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(mail(subject));
            // another deliverer, on its own connection, cannot see the uncommitted mail
            CompletableFuture.supplyAsync(delivery::deliverDue).join();
            assertThat(received(subject)).isEmpty();
        });
        arrived(subject);
    }

    @Test
    void a_mail_enqueued_in_a_transaction_that_rolls_back_is_never_sent() {
        String subject = "Rullet tilbake " + unique();
        AtomicLong id = new AtomicLong();
        transactions.executeWithoutResult(status -> {
            id.set(outbox.enqueue(mail(subject)));
            status.setRollbackOnly();
        });
        assertThat(outbox.find(id.get())).isEmpty();

        String later = "Sendt etter tilbakerullingen " + unique();
        outbox.enqueue(mail(later));
        arrived(later);
        delivery.deliverDue();
        assertThat(received(subject)).isEmpty();
    }

    @Test
    void with_the_smtp_server_down_attempts_are_counted_and_the_mail_arrives_once_when_it_is_back() {
        String subject = "Under nedetid " + unique();
        long id;
        OutboxEntry failed;
        smtp.stop();
        try {
            id = outbox.enqueue(mail(subject));
            failed = Poll.until("a failed attempt", () -> outbox.find(id).orElseThrow(), e -> e.attempts() >= 1);
        } finally {
            smtp.start();
        }
        assertThat(failed.status()).isEqualTo(OutboxEntry.PENDING);
        assertThat(failed.sentAt()).isNull();
        assertThat(failed.lastError()).contains("MailSendException").doesNotContain("\n").hasSizeLessThanOrEqualTo(500);
        assertThat(failed.nextAttemptAt()).as("the next attempt waits innspill.mail.first-retry-delay")
                .isAfterOrEqualTo(failed.createdAt().plusSeconds(2));

        OutboxEntry sent = Poll.until("delivery once SMTP is back", () -> outbox.find(id).orElseThrow(),
                e -> e.status().equals(OutboxEntry.SENT));
        assertThat(sent.attempts()).isGreaterThanOrEqualTo(2);
        assertThat(sent.lastError()).isNull();
        delivery.deliverDue();
        assertThat(received(subject)).hasSize(1);
    }

    @Test
    void concurrent_deliverers_never_send_a_mail_twice() throws Exception {
        String prefix = "Samtidig " + unique() + " ";
        List<String> subjects = IntStream.range(0, 60).mapToObj(i -> prefix + i).toList();
        scheduler.pause(); // the deliverers below, and only they, race for the mail
        try {
            Poll.until("the scheduled deliverer to finish its run", scheduler::getCurrentlyExecuting, List::isEmpty);
            transactions.executeWithoutResult(status -> subjects.forEach(s -> outbox.enqueue(mail(s))));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> deliverers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                deliverers.add(pool.submit(() -> {
                    start.await();
                    int total = 0;
                    for (int sent = delivery.deliverDue(); sent > 0; sent = delivery.deliverDue()) {
                        total += sent;
                    }
                    return total;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> deliverer : deliverers) {
                total += deliverer.get();
            }
            pool.shutdown();
            assertThat(total).isEqualTo(subjects.size());
        } finally {
            scheduler.resume();
        }
        Poll.until("all " + subjects.size() + " mails", () -> receivedStartingWith(prefix), list -> list.size() >= subjects.size());
        assertThat(receivedStartingWith(prefix)).hasSameSizeAs(subjects).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(subjects);
    }

    @Test
    void a_mail_held_while_no_smtp_server_was_configured_is_sent_once_there_is_one() {
        String subject = "Holdt tilbake " + unique();
        long id = outbox.enqueue(mail(subject));
        jdbc.sql("update outbox_mail set status = 'held' where id = ? and status = 'pending'").param(id).update();
        arrived(subject);
        assertThat(Poll.until("mail marked sent", () -> outbox.find(id).orElseThrow(),
                e -> e.status().equals(OutboxEntry.SENT)).attempts()).isEqualTo(1);
    }

    @Test
    void a_failing_attachment_source_fails_the_attempt_and_the_mail_is_given_up_after_the_last_one() {
        long brokenQuery = outbox.enqueue(new OutgoingMail("kari@example.no", "Ødelagt spørring " + unique(), "Tekst",
                List.of(new AttachmentRef(SOURCE, "broken-query", "a.pdf", "application/pdf"))));
        OutboxEntry failed = Poll.until("a failed attempt", () -> outbox.find(brokenQuery).orElseThrow(), e -> e.attempts() >= 1);
        assertThat(failed.status()).isEqualTo(OutboxEntry.PENDING);
        assertThat(failed.lastError()).as("a source's database error is recorded, not rolled back").contains("division by zero");

        long missing = outbox.enqueue(new OutgoingMail("kari@example.no", "Mangler vedlegg " + unique(), "Tekst",
                List.of(new AttachmentRef(SOURCE, "missing", "b.pdf", "application/pdf"))));
        jdbc.sql("update outbox_mail set attempts = 9 where id = ?").param(missing).update(); // innspill.mail.max-attempts is 10
        OutboxEntry givenUp = Poll.until("the last attempt", () -> outbox.find(missing).orElseThrow(),
                e -> e.status().equals(OutboxEntry.FAILED));
        assertThat(givenUp.attempts()).isEqualTo(10);
        assertThat(givenUp.nextAttemptAt()).isNull();
        assertThat(givenUp.lastError()).contains("found nothing for b.pdf");
    }

    @Test
    void misuse_is_refused_and_nothing_is_stored() {
        long before = count();
        assertThatThrownBy(() -> outbox.enqueue(new OutgoingMail("kari@example.no", "Hei\r\nBcc: alle@example.no", "Tekst")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject must be one line");
        assertThatThrownBy(() -> outbox.enqueue(new OutgoingMail("kari@example.no", "Emne", "Tekst",
                List.of(new AttachmentRef("no-such-source", "1", "a.pdf", "application/pdf")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No attachment source is called \"no-such-source\"").hasMessageContaining("test-documents");
        assertThatThrownBy(() -> outbox.enqueue(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("select count(*) from outbox_mail").query(Long.class).single();
    }

    private static OutgoingMail mail(String subject) {
        return new OutgoingMail("ola@example.no", subject, "Tekst til " + subject);
    }

    private static MimeMessage arrived(String subject) {
        return Poll.until("a mail with subject \"" + subject + "\"", () -> received(subject), list -> !list.isEmpty()).get(0);
    }

    private static List<MimeMessage> received(String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject.equals(subjectOf(m))).toList();
    }

    private static List<String> receivedStartingWith(String prefix) {
        return Arrays.stream(smtp.getReceivedMessages()).map(OutboxDeliveryIT::subjectOf)
                .filter(s -> s != null && s.startsWith(prefix)).toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The leaf parts of a message, depth first: its text, then its attachments. */
    private static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                leaves.addAll(leaves(multipart.getBodyPart(i)));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    /** Content with every byte value, so a broken transfer encoding shows. */
    static byte[] document(String reference) {
        byte[] name = ("%PDF-1.7 " + reference).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[name.length + 256];
        System.arraycopy(name, 0, bytes, 0, name.length);
        for (int i = 0; i < 256; i++) {
            bytes[name.length + i] = (byte) i;
        }
        return bytes;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
