package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.innspill.platform.DateFormats;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The consultation's details through the API: its JSON, PUT of the details, scheduling, and the definition's round trip. */
@IntegrationTest
class ConsultationDetailsApiIT {

    @LocalServerPort
    int port;
    TestApi anonymous;
    TestApi staff;

    @BeforeEach
    void clients() {
        anonymous = TestApi.anonymous(port);
        staff = TestApi.staff(port);
    }

    @Test
    void details_are_replaced_with_put_and_shown_in_the_consultation() {
        String path = "/api/v1/consultations/" + draft();
        JsonNode before = staff.get(path).json();
        assertThat(before.get("contact").isNull()).isTrue();
        assertThat(before.get("publicationDate").isNull()).isTrue();
        assertThat(before.get("translations").isEmpty()).isTrue();

        Reply put = staff.put(path, """
                {"caseNumber": "%s", "title": "Høring om API", "owner": "Testdirektoratet", "contactName": "Kari Nordmann",
                 "contactEmail": "kari@test.example", "contactPhone": "22 24 20 00", "responseEmail": "post@test.example",
                 "publicationDate": "2099-03-01", "titleNn": "Høyring om API", "introNn": "Innspel, takk.",
                 "titleEn": "Consultation on the API"}""".formatted(before.get("caseNumber").stringValue()));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        JsonNode after = put.json();
        assertThat(after.get("title").stringValue()).isEqualTo("Høring om API");
        assertThat(after.at("/contact/name").stringValue()).isEqualTo("Kari Nordmann");
        assertThat(after.at("/contact/phone").stringValue()).isEqualTo("22 24 20 00");
        assertThat(after.get("publicationDate").stringValue()).isEqualTo("2099-03-01");
        assertThat(after.at("/translations/nn/title").stringValue()).isEqualTo("Høyring om API");
        assertThat(after.at("/translations/nn/intro").stringValue()).isEqualTo("Innspel, takk.");
        assertThat(after.at("/translations/en/intro").isNull()).isTrue();
        assertThat(after.get("deadline").stringValue()).as("absent: unchanged").isEqualTo(before.get("deadline").stringValue());
        assertThat(after.get("emailInstructions").isNull()).as("absent: cleared").isTrue();
    }

    @Test
    void bad_details_are_a_problem_naming_each_field_and_nothing_changes() {
        String path = "/api/v1/consultations/" + draft();
        Reply bad = staff.put(path, """
                {"caseNumber": "22-414", "title": "%s", "owner": "", "contactEmail": "@", "contactPhone": "123",
                 "responseEmail": "post@test.example", "deadline": "i morgen", "introEn": "a\\u0000b"}""".formatted("x".repeat(301)));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").stringValue() + ":" + e.get("code").stringValue()))
                .containsExactly("caseNumber:not-a-case-number", "title:too-long", "owner:missing", "contactEmail:not-an-email",
                        "contactPhone:not-a-phone", "deadline:not-a-date", "introEn:control-characters");
        assertThat(bad.body()).doesNotContain("Exception", "at no.innspill");
        assertThat(staff.get(path).json().get("title").stringValue()).isEqualTo("Høring om testing");

        Reply notText = staff.put(path, "{\"title\": 5}");
        assertThat(notText.status()).isEqualTo(422);
        assertThat(notText.json().at("/errors/0/field").stringValue()).isEqualTo("title");
        assertThat(staff.put(path, "[1, 2]").status()).isIn(400, 422);
        assertThat(staff.put(path, "{\"title\": ").status()).isIn(400, 422);
        assertThat(staff.put(path, "{\"title\": \"" + "y".repeat(2_000_000) + "\"}").status()).isIn(400, 413, 422);
        assertThat(anonymous.put(path, "{\"title\": \"Kapret\"}").status()).isIn(401, 403);
        assertThat(staff.put("/api/v1/consultations/99-0", "{}").status()).isEqualTo(404);
    }

    @Test
    void a_scheduled_consultation_is_hidden_and_its_status_is_scheduled() {
        String slug = draft();
        String path = "/api/v1/consultations/" + slug;
        assertThat(staff.post(path + "/schedule", "application/json", new byte[0]).status()).as("no publication date").isEqualTo(409);
        JsonNode details = staff.get(path).json();
        staff.put(path, """
                {"caseNumber": "%s", "title": "Høring om testing", "owner": "Testdirektoratet", "responseEmail": "post@test.example",
                 "publicationDate": "%s"}""".formatted(details.get("caseNumber").stringValue(),
                LocalDate.now(DateFormats.OSLO).plusDays(1)));

        Reply scheduled = staff.post(path + "/schedule", "application/json", new byte[0]);
        assertThat(scheduled.status()).isEqualTo(200);
        assertThat(scheduled.json().get("status").stringValue()).isEqualTo("scheduled");
        assertThat(scheduled.json().get("acceptingResponses").booleanValue()).isFalse();
        assertThat(anonymous.get(path).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/consultations").body()).doesNotContain(details.get("caseNumber").stringValue());
        assertThat(anonymous.postJson(path + "/responses", TestForms.response("For tidlig")).status()).isEqualTo(409);

        Reply back = staff.post(path + "/unschedule", "application/json", new byte[0]);
        assertThat(back.json().get("status").stringValue()).isEqualTo("draft");
        assertThat(staff.post(path + "/unschedule", "application/json", new byte[0]).status()).as("a draft already").isEqualTo(200);
        staff.post(path + "/open", "application/json", new byte[0]);
        assertThat(staff.post(path + "/unschedule", "application/json", new byte[0]).status()).isEqualTo(409);
        assertThat(staff.post(path + "/schedule", "application/json", new byte[0]).status()).isEqualTo(409);
    }

    @Test
    void the_exported_definition_carries_the_details_and_imports_again_the_same() {
        String slug = draft();
        String path = "/api/v1/consultations/" + slug;
        String caseNumber = staff.get(path).json().get("caseNumber").stringValue();
        staff.put(path, """
                {"caseNumber": "%s", "title": "Høring om testing", "owner": "Testdirektoratet", "responseEmail": "post@test.example",
                 "contactName": "Kari", "contactPhone": "+47 22242000", "publicationDate": "2099-02-01",
                 "titleEn": "Consultation on testing", "introEn": "We ask for input.\\n\\n• One"}""".formatted(caseNumber));

        String yaml = staff.get(path + "/definition").body();
        assertThat(yaml).contains("contact:", "publicationDate: '2099-02-01'", "translations:", "  en:");
        String other = TestForms.newCaseNumber();
        Reply imported = staff.post("/api/v1/consultations", "application/yaml",
                yaml.replace("caseNumber: " + caseNumber, "caseNumber: " + other).getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String again = staff.get("/api/v1/consultations/" + other.replace('/', '-') + "/definition").body();
        assertThat(again.replace("caseNumber: " + other, "caseNumber: " + caseNumber)).isEqualTo(yaml);
        assertThat(imported.json().at("/translations/en/intro").stringValue()).isEqualTo("We ask for input.\n\n• One");
        assertThat(imported.json().at("/contact/phone").stringValue()).isEqualTo("+47 22242000");
    }

    private String draft() {
        String caseNumber = TestForms.newCaseNumber();
        assertThat(staff.post("/api/v1/consultations", "application/yaml", TestForms.yaml(caseNumber, "2099-06-30").getBytes())
                .status()).isEqualTo(201);
        return caseNumber.replace('/', '-');
    }
}
