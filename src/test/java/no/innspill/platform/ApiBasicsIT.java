package no.innspill.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApiBasicsIT {

    @LocalServerPort
    int port;

    @Test
    void the_openapi_document_and_swagger_ui_are_served() throws Exception {
        TestApi api = TestApi.anonymous(port);
        Reply docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames())
                .contains("/api/v1/consultations", "/api/v1/consultations/{slug}/responses",
                        "/api/v1/consultations/{slug}/export/responses.csv");

        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> ui = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/swagger-ui.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void errors_outside_our_controllers_are_problem_json_too() throws Exception {
        TestApi staff = TestApi.staff(port);
        Reply unknown = staff.get("/api/v1/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        HttpResponse<String> delete = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/consultations/22-414/responses"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (TestApi.STAFF_USER + ":" + TestApi.STAFF_PASSWORD).getBytes()))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        Reply badNumber = staff.get("/api/v1/consultations/22-414/responses?limit=many");
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.body()).doesNotContain("Exception", "java.lang");
    }

    @Test
    void problems_from_the_security_chain_and_the_size_filter_have_the_shape_of_every_other_problem() {
        TestApi anonymous = TestApi.anonymous(port);
        Reply unauthorized = anonymous.get("/api/v1/consultations/22-414/responses");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Innspill\"");
        assertProblem(unauthorized, 401, "Unauthorized");

        Reply wrongPassword = TestApi.anonymous(port).as(TestApi.STAFF_USER, "wrong").get("/api/v1/consultations/22-414/responses");
        assertProblem(wrongPassword, 401, "Unauthorized");

        Reply tooLarge = anonymous.postJson("/api/v1/consultations/22-414/responses", "[" + "0,".repeat(1_100_000) + "0]");
        assertProblem(tooLarge, 413, "Request too large");

        Reply notFound = anonymous.get("/api/v1/consultations/99-0");
        assertProblem(notFound, 404, "Not found");
    }

    private static void assertProblem(Reply reply, int status, String title) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        var body = reply.json();
        assertThat(body.get("status").intValue()).isEqualTo(status);
        assertThat(body.get("title").stringValue()).isEqualTo(title);
        assertThat(body.get("detail").stringValue()).isNotBlank();
        assertThat(body.propertyNames()).as("the same fields as Spring MVC's problems, nothing empty")
                .containsExactlyInAnyOrder("title", "status", "detail", "instance");
        assertThat(body.get("instance").stringValue()).startsWith("/api/v1/consultations/");
    }
}
