package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import no.innspill.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Receipts and draft links reach the respondent's mailbox — a real SMTP server (GreenMail) — with
 * the response's PDF copy attached.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "innspill.embedded-database.directory=${java.io.tmpdir}/innspill-tests/${random.uuid}",
        "innspill.admin.password=" + TestApi.STAFF_PASSWORD,
        "spring.mail.host=127.0.0.1",
        "innspill.mail.poll-interval=300ms",
        "innspill.jobs.polling-interval=200ms"})
class ReceiptMailIT {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Test
    void a_response_sent_on_the_web_brings_a_receipt_with_its_pdf() throws Exception {
        WebSession web = new WebSession(port);
        var preview = web.submitAndFollow(web.get("/horinger/22-414/svar").form("#response-form"), Map.of(
                "respondent.name", "Kvittering Kommune", "respondent.kind", "organisation",
                "respondent.email", "postmottak@kvittering.example", "q4.text", "Takk for at vi fikk svare."), "preview");
        var sent = web.submit(preview.form("#send-form"), Map.of());
        String documentNumber = web.get(sent.location()).html().getElementById("document-number").text();

        MimeMessage mail = awaitMail("postmottak@kvittering.example", "Kvittering");
        assertThat(mail.getSubject()).isEqualTo("Kvittering for høringssvar " + documentNumber);
        Multipart parts = (Multipart) mail.getContent();
        String body = GreenMailUtil.getBody(parts.getBodyPart(0));
        // sent in the background, without a request: the link still carries the port the app runs on
        assertThat(parts.getBodyPart(0).getContent().toString()).contains(documentNumber,
                "http://127.0.0.1:" + port + "/kvittering/");
        BodyPart attachment = parts.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("horingssvar-" + documentNumber.replace('/', '-') + ".pdf");
        try (InputStream in = attachment.getInputStream(); var pdf = Loader.loadPDF(in.readAllBytes())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains(documentNumber, "Kvittering Kommune", "Takk for at vi fikk svare.");
        }
        assertThat(body).isNotBlank();
    }

    @Test
    void the_receipt_repeats_what_the_respondent_asked_about_publication() throws Exception {
        Reply sent = TestApi.anonymous(port).postJson("/api/v1/consultations/22-414/responses", """
                {"respondent": {"name": "Kari Privat", "kind": "person", "email": "kari@publisering.example"},
                 "publication": {"name": "withhold", "online": false, "reason": "Det gjelder helsen min."},
                 "answers": {"q4": {"text": "Et innspill."}}}""");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        MimeMessage mail = awaitMail("kari@publisering.example", "Kvittering");
        String body = GreenMailUtil.getBody(((Multipart) mail.getContent()).getBodyPart(0)).replaceAll("=\\r?\\n", "");
        String text = ((Multipart) mail.getContent()).getBodyPart(0).getContent().toString();
        assertThat(text).as(body).contains("Du ba om å bli vist som «Privatperson» når svaret publiseres.",
                "Du ba om at svaret ikke publiseres på nettet, med denne begrunnelsen: Det gjelder helsen min.");
    }

    @Test
    void saving_a_draft_with_an_address_mails_the_private_link() throws Exception {
        WebSession web = new WebSession(port);
        var saved = web.submit(web.get("/horinger/22-414/svar").form("#response-form"), Map.of(
                "respondent.name", "Utkastskriver", "respondent.email", "kari@utkast.example", "q3.text", "Kommer tilbake."), "save");
        String link = saved.location().replaceAll("\\?.*", "");

        MimeMessage mail = awaitMail("kari@utkast.example", "Utkast");
        assertThat(mail.getContent().toString()).contains("http://127.0.0.1:" + port + link.replaceAll("^https?://[^/]+", ""));
        assertThat(TestApi.staff(port).get("/api/v1/consultations/22-414/responses?limit=1000").body()).doesNotContain("Utkastskriver");
    }

    private static MimeMessage awaitMail(String to, String subjectStart) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessagesForDomain(to.substring(to.indexOf('@') + 1))) {
                if (message.getSubject().startsWith(subjectStart)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + to + " starting '" + subjectStart + "' within 60 s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
