package no.innspill.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import no.innspill.document.PdfInspection;
import no.innspill.response.AttachmentText;
import no.innspill.response.Attachments;
import no.innspill.consultation.Consultations;
import no.innspill.testing.AppProcesses;
import no.innspill.testing.AttachmentFiles;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.Multipart;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A response sent through the API with a PDF, a Word, an OpenDocument and a scanned file: each file's
 * text is extracted and stored, each gets a PDF/A archive copy staff can download from the page and the
 * API, and the staff page says how each copy was made and what was read of each text.
 */
@IntegrationTest
// A context of its own, started for this class: the test waits on background jobs, and a shared context that
// Spring's test cache paused for another class comes back with its scheduler stopped (SchedulerLifecycle).
@org.springframework.test.context.TestPropertySource(properties = "innspill.archive.poll-interval=500ms")
public class AttachmentArchiveCopiesIT {

    public static final String RESPONSE = """
            {"respondent": {"name": "Fylkeslaget", "kind": "organisation", "organisationNumber": null, "email": null},
             "answers": {"q1": {"text": "Se vedlagte brev."}}}""";

    @LocalServerPort
    int port;

    @Autowired
    Attachments attachments;

    @Autowired
    Consultations consultations;

    @Test
    void every_attached_file_gets_its_text_and_a_pdf_a_copy_with_the_conversion_noted() throws Exception {
        String slug = openConsultation();
        var sent = TestApi.anonymous(port).post("/api/v1/consultations/" + slug + "/responses", Multipart.CONTENT_TYPE, new Multipart()
                .json("response", RESPONSE)
                .file("q2", "brev.pdf", "application/pdf", AttachmentFiles.letterPdf("Fylkeslaget støtter forslaget.", "Med hilsen Kari"))
                .file("q2", "innspill.docx", "application/octet-stream", AttachmentFiles.letterDocx())
                .file("q2", "uttalelse.odt", "application/vnd.oasis.opendocument.text", AttachmentFiles.letterOdt())
                .file("q2", "skannet.pdf", "application/pdf", AttachmentFiles.scannedPdf())
                .bytes());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        int number = Integer.parseInt(sent.json().get("documentNumber").stringValue().replaceAll(".*-", ""));
        long consultationId = consultations.getBySlug(slug).id();

        AppProcesses.waitUntil(() -> java.util.stream.IntStream.rangeClosed(1, 4)
                .allMatch(i -> attachments.text(consultationId, number, i).map(AttachmentText::extracted).orElse(false)), Duration.ofSeconds(60));
        assertThat(attachments.text(consultationId, number, 1).orElseThrow().text()).isEqualTo("Fylkeslaget støtter forslaget.\nMed hilsen Kari");
        assertThat(attachments.text(consultationId, number, 2).orElseThrow().text()).contains("Innspill fra Fylkeslaget", "Opplæring\t2 millioner");
        assertThat(attachments.text(consultationId, number, 3).orElseThrow().text()).contains("Uttalelse fra Kommunen", "Underpunkt");
        AttachmentText scanned = attachments.text(consultationId, number, 4).orElseThrow();
        assertThat(scanned.text()).isEmpty();
        assertThat(scanned.notes()).containsExactly("no-text");

        WebSession web = new WebSession(port);
        web.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        String base = "/saksbehandler/horinger/" + slug + "/svar/" + number;
        AppProcesses.waitUntil(() -> java.util.stream.IntStream.rangeClosed(1, 4)
                .allMatch(i -> web.get(base + "/vedlegg/" + i + "/arkivkopi.pdf").status() == 200), Duration.ofSeconds(120));

        byte[] pdfCopy = copy(web, base, 1);
        assertThat(PdfInspection.failedRules(pdfCopy, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(PdfInspection.collapse(String.join(" ", PdfInspection.pages(pdfCopy)))).contains("Fylkeslaget støtter forslaget.");
        for (int position : new int[] {2, 3}) {
            byte[] fromText = copy(web, base, position);
            assertThat(PdfInspection.failedRules(fromText, PDFAFlavour.PDFA_2_A)).as("file " + position).isEmpty();
            assertThat(PdfInspection.failedRules(fromText, PDFAFlavour.PDFUA_1)).as("file " + position).isEmpty();
        }
        assertThat(PdfInspection.failedRules(copy(web, base, 4), PDFAFlavour.PDFA_2_B)).isEmpty();

        var api = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/responses/" + number + "/attachments/2/archive-copy.pdf");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.contentType()).isEqualTo("application/pdf");
        assertThat(api.header("X-Archive-Conversion")).isEqualTo("from-text");
        assertThat(TestApi.anonymous(port).get("/api/v1/consultations/" + slug + "/responses/" + number + "/attachments/2/archive-copy.pdf")
                .status()).isEqualTo(401);
        assertThat(TestApi.staff(port).get("/api/v1/consultations/" + slug + "/responses/" + number + "/attachments/9/archive-copy.pdf")
                .status()).isEqualTo(404);

        var page = web.get(base).html();
        assertThat(page.getElementById("file-1-copy").text())
                .isEqualTo("Arkivkopi (PDF/A) av brev.pdf: sidene gjengitt som bilder i en PDF/A-2b, med teksten som et usynlig, søkbart lag.");
        assertThat(page.getElementById("file-2-copy").text())
                .isEqualTo("Arkivkopi (PDF/A) av innspill.docx: laget fra teksten i innspill.docx; oppsett og bilder er ikke med.");
        assertThat(page.getElementById("file-2-copy").selectFirst("a").attr("href")).isEqualTo(base + "/vedlegg/2/arkivkopi.pdf");
        assertThat(page.getElementById("file-1-text").text()).isEqualTo("Teksten er hentet ut for søk.");
        assertThat(page.getElementById("file-4-text").text()).contains("trolig fordi den er skannet");
    }

    @Test
    void a_zip_bomb_odt_is_refused_and_nothing_is_stored() {
        String slug = openConsultation();
        var bomb = TestApi.anonymous(port).post("/api/v1/consultations/" + slug + "/responses", Multipart.CONTENT_TYPE, new Multipart()
                .json("response", RESPONSE)
                .file("q2", "bombe.odt", "application/vnd.oasis.opendocument.text", AttachmentFiles.zipBombOdt())
                .bytes());
        assertThat(bomb.status()).as(bomb.toString()).isEqualTo(422);
        assertThat(bomb.json().get("errors").findValuesAsString("code")).contains("file-damaged");
        var listed = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/responses");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain("Fylkeslaget");
    }

    private static byte[] copy(WebSession web, String base, int position) {
        var reply = web.get(base + "/vedlegg/" + position + "/arkivkopi.pdf");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/pdf");
        assertThat(new String(reply.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        return reply.bytes();
    }

    private String openConsultation() {
        return openConsultation(port);
    }

    /** A new open consultation whose q2 takes up to four files, made through the API; its slug. */
    public static String openConsultation(int port) {
        String yaml = """
                caseNumber: "%s"
                title: "Høring om vedlegg"
                owner: "Testdirektoratet"
                deadline: "2099-06-30"
                responseEmail: "postmottak@test.example"
                questions:
                  - id: q1
                    kind: text
                    text: "Innspill?"
                  - id: q2
                    kind: attachments
                    text: "Legg ved dokumenter"
                    maxFiles: 4
                """.formatted(TestForms.newCaseNumber());
        TestApi staff = TestApi.staff(port);
        var created = staff.post("/api/v1/consultations", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String slug = created.json().get("slug").stringValue();
        assertThat(staff.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        return slug;
    }

}
