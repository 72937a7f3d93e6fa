package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.Multipart;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What an API client gets back from a submission, and what the OpenAPI document promises about it. */
@IntegrationTest
class ApiReceiptsIT {

    private static final String RESPONSE = """
            {"respondent": {"name": "Kari Nordmann", "kind": "person", "organisationNumber": null, "email": null},
             "answers": {"q1": {"text": "Se vedlagt brev."}}}""";

    @LocalServerPort
    int port;

    @Test
    void the_201_carries_a_receipt_page_and_its_pdf_that_anyone_with_the_links_can_open() throws Exception {
        String slug = AttachmentsApiIT.openConsultation(port, "");
        var sent = TestApi.anonymous(port).postJson("/api/v1/consultations/" + slug + "/responses", RESPONSE);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonNode receipt = sent.json();
        String documentNumber = receipt.get("documentNumber").stringValue();

        String page = receipt.get("receiptUrl").stringValue();
        assertThat(page).as("absolute, on the port the client reached").startsWith("http://127.0.0.1:" + port + "/kvittering/");
        HttpResponse<String> html = anonymousGet(page, HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains(documentNumber);

        String pdfUrl = receipt.get("pdfUrl").stringValue();
        assertThat(pdfUrl).startsWith(page + "/");
        HttpResponse<byte[]> pdf = anonymousGet(pdfUrl, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(PdfText.of(pdf.body())).contains(documentNumber, "Se vedlagt brev.");

        List<String> links = sent.response().headers().allValues("Link");
        assertThat(String.join(", ", links)).contains("<" + page + ">; rel=\"receipt\"", "<" + pdfUrl + ">");

        String location = sent.header("Location");
        assertThat(location).endsWith("/api/v1/consultations/" + slug + "/responses/" + documentNumber.substring(documentNumber.indexOf('-') + 1));
        assertThat(TestApi.anonymous(port).get(location).status()).as("the stored response is for staff").isEqualTo(401);
        var stored = TestApi.staff(port).get(location);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().get("documentNumber").stringValue()).isEqualTo(documentNumber);
    }

    @Test
    void a_replayed_submission_gives_the_same_receipt_links() {
        String slug = AttachmentsApiIT.openConsultation(port, "");
        String path = "/api/v1/consultations/" + slug + "/responses";
        var first = TestApi.anonymous(port).postJson(path, RESPONSE, "Idempotency-Key", "receipt-links-1");
        var again = TestApi.anonymous(port).postJson(path, RESPONSE, "Idempotency-Key", "receipt-links-1");
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("receiptUrl")).isEqualTo(first.json().get("receiptUrl"));
        assertThat(again.json().get("pdfUrl")).isEqualTo(first.json().get("pdfUrl"));
    }

    @Test
    void file_parts_named_attachment_belong_to_the_response_as_a_whole() {
        String slug = AttachmentsApiIT.openConsultation(port, "");
        var sent = TestApi.anonymous(port).post("/api/v1/consultations/" + slug + "/responses", Multipart.CONTENT_TYPE, new Multipart()
                .json("response", RESPONSE)
                .file("attachment", "brev.pdf", "application/pdf", TestFiles.pdf())
                .file("attachment", "notat.docx", "application/octet-stream", TestFiles.docx())
                .bytes());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonNode stored = TestApi.staff(port).get(sent.header("Location")).json();
        assertThat(stored.get("attachments").findValuesAsString("name")).containsExactly("brev.pdf", "notat.docx");
        assertThat(TestApi.staff(port).get(sent.header("Location") + "/attachments/2").status()).isEqualTo(200);
    }

    @Test
    void attachment_parts_on_a_form_with_an_attachments_question_are_refused_naming_the_question() {
        String slug = AttachmentsApiIT.openConsultation(port, AttachmentsApiIT.ATTACHMENTS_QUESTION);
        var sent = TestApi.anonymous(port).post("/api/v1/consultations/" + slug + "/responses", Multipart.CONTENT_TYPE, new Multipart()
                .json("response", RESPONSE)
                .file("attachment", "brev.pdf", "application/pdf", TestFiles.pdf())
                .bytes());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(422);
        assertThat(sent.json().get("errors").findValuesAsString("code")).contains("attachments-question");
        assertThat(sent.body()).contains("q2");
    }

    @Test
    void the_openapi_document_shows_the_submission_schema_the_status_codes_and_basic_auth() {
        JsonNode docs = TestApi.anonymous(port).get("/v3/api-docs").json();
        JsonNode submit = docs.at("/paths/~1api~1v1~1consultations~1{slug}~1responses/post");
        assertThat(submit.isMissingNode()).as("the submit operation").isFalse();

        JsonNode json = submit.at("/requestBody/content/application~1json/schema");
        assertThat(json.path("type").asString("")).as("not a byte string").isNotEqualTo("string");
        JsonNode submission = resolve(docs, json);
        assertThat(submission.get("properties").propertyNames()).contains("respondent", "answers", "noComments", "channel", "receivedAt");
        assertThat(submission.get("required").valueStream().map(JsonNode::stringValue).toList()).contains("respondent");
        JsonNode respondent = resolve(docs, submission.at("/properties/respondent"));
        assertThat(respondent.get("properties").propertyNames()).contains("name", "kind", "organisationNumber", "email");
        assertThat(respondent.at("/properties/kind/enum").valueStream().map(JsonNode::stringValue).toList())
                .containsExactlyInAnyOrder("organisation", "person");
        JsonNode answer = resolve(docs, submission.at("/properties/answers/additionalProperties"));
        assertThat(answer.get("properties").propertyNames()).contains("choice", "choices", "text");

        JsonNode multipart = resolve(docs, submit.at("/requestBody/content/multipart~1form-data/schema"));
        assertThat(multipart.get("properties").propertyNames()).contains("response", "attachment");
        assertThat(multipart.at("/properties/attachment/items/format").stringValue()).isEqualTo("binary");
        assertThat(submit.at("/requestBody/content/multipart~1form-data/encoding/response/contentType").stringValue())
                .isEqualTo("application/json");

        assertThat(submit.get("responses").propertyNames()).contains("201", "400", "409", "413", "415", "422");
        for (String code : List.of("400", "409", "413", "415", "422")) {
            assertThat(submit.at("/responses/" + code + "/content").propertyNames()).as(code).contains("application/problem+json");
        }
        JsonNode created = resolve(docs, submit.at("/responses/201/content/application~1json/schema"));
        assertThat(created.get("properties").propertyNames()).contains("documentNumber", "receiptUrl", "pdfUrl");
        assertThat(submit.at("/responses/201/headers").propertyNames()).contains("Location");

        JsonNode scheme = docs.at("/components/securitySchemes/staff");
        assertThat(scheme.path("type").asString("")).isEqualTo("http");
        assertThat(scheme.path("scheme").asString("")).isEqualTo("basic");
        JsonNode list = docs.at("/paths/~1api~1v1~1consultations~1{slug}~1responses/get");
        assertThat(schemes(list)).as("staff only").containsExactly("staff");
        assertThat(schemes(docs.at("/paths/~1api~1v1~1consultations~1{slug}~1export~1responses.csv/get"))).containsExactly("staff");
        assertThat(schemes(submit)).as("anonymous, or staff").containsExactly("", "staff");
        assertThat(schemes(docs.at("/paths/~1api~1v1~1consultations~1{slug}~1form/get"))).as("public").containsExactly("", "staff");
    }

    /** The security requirements of an operation, by scheme name; "" for the empty one (anonymous allowed). */
    private static List<String> schemes(JsonNode operation) {
        assertThat(operation.isMissingNode()).isFalse();
        List<String> names = new ArrayList<>();
        for (JsonNode requirement : operation.path("security")) {
            names.add(requirement.isEmpty() ? "" : String.join(",", requirement.propertyNames()));
        }
        return names;
    }

    private static JsonNode resolve(JsonNode docs, JsonNode schema) {
        assertThat(schema.isMissingNode()).as("a schema").isFalse();
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").stringValue();
            return docs.at(ref.substring(1));
        }
        return schema;
    }

    private static <T> HttpResponse<T> anonymousGet(String url, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(), body);
    }
}
