package no.innspill.archive;

import static org.assertj.core.api.Assertions.assertThat;

import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A copy asked for before it is made: 503 with Retry-After, as problem+json for the API and as a page for people. */
@IntegrationTest
@TestPropertySource(properties = "innspill.archive.render=false")
class ArchiveCopyNotReadyIT {

    @LocalServerPort
    int port;

    @Test
    void a_copy_not_made_yet_says_so_in_the_api_and_on_the_page() {
        TestApi staff = TestApi.staff(port);
        var created = staff.postJson(TestApi.DEMO + "/responses", """
                {"respondent": {"name": "Venteetaten", "kind": "organisation"}, "answers": {"q4": {"text": "Snart."}}}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("documentNumber").stringValue().replaceAll(".*-", "");

        var api = staff.get(TestApi.DEMO + "/responses/" + number + "/archive-copy.pdf");
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.header("Retry-After")).isEqualTo("10");
        assertThat(api.json().get("title").stringValue()).isEqualTo("Archive copy not made yet");

        WebSession web = new WebSession(port);
        web.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        var page = web.get("/saksbehandler/horinger/22-414/svar/" + number + "/arkivkopi.pdf");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.html().select("h1").text()).isEqualTo("Arkivkopien av 22/414-" + number + " er ikke klar ennå");
        assertThat(page.html().select("a[href$=/svar/" + number + "]")).hasSize(1);

        assertThat(staff.get(TestApi.DEMO + "/responses/99999/archive-copy.pdf").status()).isEqualTo(404);
    }

    @Test
    void an_attached_files_copy_not_made_yet_says_so_too() {
        String slug = AttachmentArchiveCopiesIT.openConsultation(port);
        var sent = TestApi.anonymous(port).post("/api/v1/consultations/" + slug + "/responses", no.innspill.testing.Multipart.CONTENT_TYPE,
                new no.innspill.testing.Multipart().json("response", AttachmentArchiveCopiesIT.RESPONSE)
                        .file("q2", "brev.pdf", "application/pdf", no.innspill.testing.AttachmentFiles.letterPdf("Hei")).bytes());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String documentNumber = sent.json().get("documentNumber").stringValue();
        String number = documentNumber.replaceAll(".*-", "");

        var api = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/responses/" + number + "/attachments/1/archive-copy.pdf");
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.header("Retry-After")).isEqualTo("10");
        assertThat(api.json().get("title").stringValue()).isEqualTo("Archive copy not made yet");

        WebSession web = new WebSession(port);
        web.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        String base = "/saksbehandler/horinger/" + slug + "/svar/" + number;
        var page = web.get(base + "/vedlegg/1/arkivkopi.pdf");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().select("h1").text()).isEqualTo("Arkivkopien av vedlegg 1 til " + documentNumber + " er ikke klar ennå");
        assertThat(page.html().select("a[href$=/vedlegg/1/arkivkopi.pdf]")).hasSize(1);

        var response = web.get(base).html();
        assertThat(response.getElementById("file-1-copy").text()).isEqualTo("Arkivkopien (PDF/A) lages i bakgrunnen.");
        assertThat(response.getElementById("file-1-copy").select("a")).isEmpty();
        assertThat(response.getElementById("file-1-text").text()).isEqualTo("Teksten hentes ut for søk.");
    }
}
