package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A consultation's own documents over real HTTP: the API, the staff page, the public page and the demo's høringsbrev. */
@IntegrationTest
class ConsultationDocumentsIT {

    private static final String BOUNDARY = "innspill-test-boundary";

    @LocalServerPort
    int port;

    @Test
    void the_demo_consultation_lists_its_hoeringsbrev_written_as_pdf_a() {
        WebSession visitor = new WebSession(port);
        var page = visitor.get("/horinger/22-414");
        var link = page.html().selectFirst("#case-documents a");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Høringsbrev");
        assertThat(page.html().selectFirst("#case-documents li").text()).contains("høringsbrev", "PDF", "kB");
        var pdf = visitor.get(link.attr("href"));
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text = new String(pdf.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-").contains("pdfaid:part");
    }

    @Test
    void staff_add_documents_through_the_api_and_bad_files_are_refused_by_field() throws Exception {
        String slug = draft();
        TestApi staff = TestApi.staff(port);
        var added = staff.post(documents(slug), "multipart/form-data; boundary=" + BOUNDARY,
                multipart(Map.of("title", "Høringsnotat", "kind", "horingsnotat"), "notat.pdf", DocumentFormatTest.pdf()));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("format").stringValue()).isEqualTo("pdf");
        assertThat(added.json().get("position").intValue()).isEqualTo(1);
        assertThat(added.header("Location")).startsWith("/horinger/" + slug + "/dokumenter/");
        var odt = staff.post(documents(slug), "multipart/form-data; boundary=" + BOUNDARY,
                multipart(Map.of("title", "Høringsliste", "kind", "horingsliste"), "liste.odt",
                        DocumentFormatTest.odt("application/vnd.oasis.opendocument.text")));
        assertThat(odt.status()).isEqualTo(201);

        var refused = staff.post(documents(slug), "multipart/form-data; boundary=" + BOUNDARY,
                multipart(Map.of("title", " ", "kind", "brev"), "virus.pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("title", "kind", "file");
        assertThat(errors.findValuesAsString("code")).contains("title-missing", "kind-invalid", "file-type");

        JsonNode list = staff.get(documents(slug)).json();
        assertThat(list.findValuesAsString("title")).containsExactly("Høringsnotat", "Høringsliste");
        assertThat(TestApi.anonymous(port).get(documents(slug)).status()).as("staff only").isEqualTo(401);
        WebSession visitor = new WebSession(port);
        assertThat(visitor.get(list.get(0).get("url").stringValue()).status()).as("a draft's documents are not public").isEqualTo(404);
    }

    @Test
    void the_staff_page_adds_orders_and_replaces_documents_and_the_public_page_follows() throws Exception {
        String slug = draft();
        WebSession staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        String path = "/saksbehandler/horinger/" + slug + "/dokumenter";
        var page = staff.get(path);
        assertThat(page.text()).contains("ingen dokumenter ennå");

        var empty = staff.postMultipart(path, Map.of("_csrf", WebSession.csrf(page), "title", "", "kind", "horingsbrev"),
                "file", "", new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().select("#error-summary a").eachAttr("href")).containsExactly("#document-file", "#document-title");
        assertThat(empty.html().getElementById("document-file-error").text()).isEqualTo("Velg en fil å laste opp.");
        var noFile = staff.postMultipart(path, Map.of("_csrf", WebSession.csrf(page), "title", "Mitt notat", "kind", "horingsnotat"),
                "file", "", new byte[0]);
        assertThat(noFile.html().getElementById("document-title").val()).as("what was typed stays").isEqualTo("Mitt notat");
        assertThat(noFile.html().select("#document-kind option[selected]").val()).isEqualTo("horingsnotat");

        staff.postMultipart(path, Map.of("_csrf", WebSession.csrf(page), "title", "Høringsbrev", "kind", "horingsbrev"),
                "file", "brev.pdf", DocumentFormatTest.pdf());
        staff.postMultipart(path, Map.of("_csrf", WebSession.csrf(page), "title", "Høringsnotat", "kind", "horingsnotat"),
                "file", "C:\\Users\\kari\\notat.odt", DocumentFormatTest.odt("application/vnd.oasis.opendocument.text"));
        page = staff.get(path);
        assertThat(page.text()).contains("«Høringsnotat» er lagt til.");
        assertThat(page.html().select("#documents tbody tr td:eq(0)").eachText()).containsExactly("Høringsbrev", "Høringsnotat");
        assertThat(page.html().select("#documents tbody tr:eq(1) td:eq(2)").text()).startsWith("notat.odt (OpenDocument");

        staff.submit(page.html().select("#documents tbody tr:eq(1) form").first(), Map.of("direction", "up"));
        page = staff.get(path);
        assertThat(page.html().select("#documents tbody tr td:eq(0)").eachText()).containsExactly("Høringsnotat", "Høringsbrev");

        var replaceForm = page.html().select("#documents tbody tr:eq(1) form[action$=/erstatt]").first();
        staff.postMultipart(replaceForm.attr("action"), Map.of("_csrf", WebSession.csrf(page)), "file", "tekst.txt",
                "ikke et dokument".getBytes(StandardCharsets.UTF_8));
        assertThat(staff.get(path).text()).contains("verken PDF, Word (.docx) eller OpenDocument");
        staff.postMultipart(replaceForm.attr("action"), Map.of("_csrf", WebSession.csrf(page)), "file", "brev-v2.pdf",
                DocumentFormatTest.pdf());
        page = staff.get(path);
        assertThat(page.text()).contains("Filen til «Høringsbrev» er erstattet.");
        assertThat(page.html().select("#documents tbody tr:eq(1) td:eq(2)").text()).startsWith("brev-v2.pdf (PDF");

        TestApi.staff(port).post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]);
        var publicPage = new WebSession(port).get("/horinger/" + slug);
        assertThat(publicPage.html().select("#case-documents a").eachText()).containsExactly("Høringsnotat", "Høringsbrev");
        var download = new WebSession(port).get(publicPage.html().select("#case-documents a").first().attr("href"));
        assertThat(download.contentType()).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    private String draft() {
        String caseNumber = TestForms.newCaseNumber();
        assertThat(TestApi.staff(port).post("/api/v1/consultations", "application/yaml",
                TestForms.yaml(caseNumber, "2099-06-30").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        return caseNumber.replace('/', '-');
    }

    private static String documents(String slug) {
        return "/api/v1/consultations/" + slug + "/documents";
    }

    private static byte[] multipart(Map<String, String> fields, String fileName, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
