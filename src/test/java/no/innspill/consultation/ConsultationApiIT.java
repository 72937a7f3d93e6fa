package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ConsultationApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CacheManager caches;
    TestApi anonymous;
    TestApi staff;

    @BeforeEach
    void clients() {
        anonymous = TestApi.anonymous(port);
        staff = TestApi.staff(port);
    }

    @Test
    void the_public_lists_and_reads_open_consultations_and_their_forms() {
        JsonNode list = anonymous.get("/api/v1/consultations").json();
        JsonNode demo = null;
        for (JsonNode consultation : list) {
            assertThat(consultation.get("status").stringValue()).isNotEqualTo("draft");
            if (consultation.get("caseNumber").stringValue().equals("22/414")) {
                demo = consultation;
            }
        }
        assertThat(demo).isNotNull();
        assertThat(demo.get("slug").stringValue()).isEqualTo("22-414");
        assertThat(demo.get("owner").stringValue()).isEqualTo("Direktoratet for e-helse");

        JsonNode form = anonymous.get("/api/v1/consultations/22-414/form").json();
        assertThat(form.has("caseNumber")).as("case data is the consultation's, not the form's").isFalse();
        assertThat(form.get("version").intValue()).isEqualTo(1);
        assertThat(form.at("/questions/0/kind").stringValue()).isEqualTo("choice");
        assertThat(form.at("/questions/0/id").stringValue()).isEqualTo("q1");
        assertThat(form.at("/questions/0/options/2/id").stringValue()).isEqualTo("dont_know");
        assertThat(form.at("/questions/1/parts/4/fullId").stringValue()).isEqualTo("q2.goal5");

        assertThat(anonymous.get("/api/v1/consultations/99-0").status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/consultations/../etc").status()).isIn(400, 404);
    }

    @Test
    void staff_create_a_draft_from_yaml_then_open_and_close_it() {
        String caseNumber = TestForms.newCaseNumber();
        String slug = caseNumber.replace('/', '-');
        String path = "/api/v1/consultations/" + slug;

        Reply created = createConsultation(caseNumber, "2099-06-30");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(path);
        assertThat(created.json().get("status").stringValue()).isEqualTo("draft");
        assertThat(created.json().get("deadline").stringValue()).isEqualTo("2099-06-30T23:59:59+02:00");

        // a draft is invisible to the public and takes no responses
        assertThat(anonymous.get(path).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/consultations").body()).doesNotContain(caseNumber);
        assertThat(staff.get(path).status()).isEqualTo(200);
        assertThat(anonymous.postJson(path + "/responses", TestForms.response("Tidlig")).status()).isEqualTo(409);

        Reply opened = staff.post(path + "/open", "application/json", new byte[0]);
        assertThat(opened.json().get("status").stringValue()).isEqualTo("open");
        assertThat(opened.json().get("acceptingResponses").booleanValue()).isTrue();
        assertThat(anonymous.postJson(path + "/responses", TestForms.response("I tide")).status()).isEqualTo(201);

        Reply closed = staff.post(path + "/close", "application/json", new byte[0]);
        assertThat(closed.json().get("status").stringValue()).isEqualTo("closed");
        Reply refused = anonymous.postJson(path + "/responses", TestForms.response("For sent"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").stringValue()).contains("closed");

        // staff may still register a response that came by post, flagged late only after the deadline
        Reply registered = staff.postJson(path + "/responses", TestForms.response("Etternøler")
                .replace("\"answers\"", "\"channel\": \"paper\", \"answers\""));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("documentNumber").stringValue()).isEqualTo(caseNumber + "-2");

        assertThat(staff.post(path + "/open", "application/json", new byte[0]).status()).isEqualTo(409);
    }

    @Test
    void after_the_deadline_the_public_is_refused_and_staff_registrations_are_flagged_late() {
        String caseNumber = TestForms.newCaseNumber();
        String path = "/api/v1/consultations/" + caseNumber.replace('/', '-');
        createConsultation(caseNumber, "2099-06-30");
        staff.post(path + "/open", "application/json", new byte[0]);

        Reply past = staff.put(path + "/deadline", "{\"deadline\": \"2020-01-01T12:00\", \"reason\": \"Feil dato\"}");
        assertThat(past.status()).as("a deadline in the past would close it without asking").isEqualTo(422);
        assertThat(past.json().at("/errors/0/field").stringValue()).isEqualTo("deadline");
        Reply noReason = staff.put(path + "/deadline", "{\"deadline\": \"2099-07-31T12:00\"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().at("/errors/0/field").stringValue()).isEqualTo("reason");
        Reply moved = staff.put(path + "/deadline", "{\"deadline\": \"2099-07-31T12:00\", \"reason\": \"Flere ba om mer tid\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("deadline").stringValue()).startsWith("2099-07-31T12:00");
        assertThat(jdbc.queryForObject("select reason from consultation_change c join consultation k on k.id = c.consultation_id"
                + " where k.case_number = ? and c.field = 'deadline'", String.class, caseNumber)).isEqualTo("Flere ba om mer tid");

        // the deadline passing, without waiting for it
        jdbc.update("update consultation set deadline = '2020-01-01T12:00:00+01' where case_number = ?", caseNumber);
        caches.getCache(ConsultationConfiguration.BY_SLUG).clear();
        assertThat(anonymous.get(path).json().get("acceptingResponses").booleanValue()).isFalse();

        Reply refused = anonymous.postJson(path + "/responses", TestForms.response("For sent"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("title").stringValue()).isEqualTo("Deadline passed");

        Reply late = staff.postJson(path + "/responses", TestForms.response("Sen e-post")
                .replace("\"answers\"", "\"channel\": \"email\", \"answers\""));
        assertThat(late.status()).isEqualTo(201);
        assertThat(late.json().get("late").booleanValue()).isTrue();

        Reply onTime = staff.postJson(path + "/responses", TestForms.response("Brev i tide")
                .replace("\"answers\"", "\"channel\": \"paper\", \"receivedAt\": \"2019-12-30T09:00:00+01:00\", \"answers\""));
        assertThat(onTime.json().get("late").booleanValue()).isFalse();

        assertThat(staff.put(path + "/deadline", "{\"deadline\": \"snart\"}").status()).isEqualTo(422);
    }

    @Test
    void a_definition_in_json_creates_the_same_draft_and_its_errors_name_the_json_line() {
        String caseNumber = TestForms.newCaseNumber().replace("99/", "2099/");
        String json = """
                {
                	"caseNumber": "%s",
                	"title": "Høring om \\u00e6rlig \\"JSON\\"",
                	"owner": "Testdirektoratet",
                	"deadline": "2099-06-30T12:00",
                	"responseEmail": "postmottak@test.example",
                	"questions": [
                		{"id": "q1", "kind": "text", "text": "Andre innspill?", "maxLength": 500}
                	]
                }""".formatted(caseNumber);
        Reply created = staff.postJson("/api/v1/consultations", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("slug").stringValue()).isEqualTo(caseNumber.replace("2099/", "99-"));
        assertThat(created.json().get("title").stringValue()).isEqualTo("Høring om ærlig \"JSON\"");
        assertThat(staff.postJson("/api/v1/consultations", json).status()).as("the same case again").isEqualTo(409);

        Reply invalid = staff.postJson("/api/v1/consultations", """
                {"caseNumber": "99/7",
                 "title": "Uten eier",
                 "deadline": "2099-06-30", "responseEmail": "postmottak@test.example",
                 "questions": [{"id": "q1", "kind": "kryss", "text": "?"}]}""");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").findValuesAsString("field")).contains("owner", "questions[0].kind");
        assertThat(invalid.json().get("errors").findValues("line").stream().map(JsonNode::asInt).toList()).contains(4);

        Reply broken = staff.postJson("/api/v1/consultations", "{\"caseNumber\": ");
        assertThat(broken.status()).isIn(400, 422);
        assertThat(broken.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_broken_definition_is_refused_with_field_and_line_and_nothing_is_created() {
        Reply reply = staff.post("/api/v1/consultations", "application/yaml", """
                caseNumber: "99/1"
                title: "Høring"
                owner: "Noen"
                deadline: "2099-01-01"
                responseEmail: "post@test.example"
                questions:
                  - id: q1
                    kind: dropdown
                    text: "Hva?"
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(422);
        JsonNode error = reply.json().get("errors").get(0);
        assertThat(error.get("field").stringValue()).isEqualTo("questions[0].kind");
        assertThat(error.get("line").intValue()).isEqualTo(8);
        assertThat(error.get("message").stringValue()).isEqualTo("\"dropdown\" is not a kind; use choice, multiple-choice, text, text-with-parts, heading");
        assertThat(error.get("code").stringValue()).isEqualTo("unknown-kind");
        assertThat(staff.get("/api/v1/consultations/99-1").status()).isEqualTo(404);

        Reply notYaml = staff.post("/api/v1/consultations", "application/yaml", "title: [unclosed".getBytes(StandardCharsets.UTF_8));
        assertThat(notYaml.status()).isEqualTo(422);
        assertThat(notYaml.json().at("/errors/0/message").stringValue()).contains("not valid YAML");
    }

    @Test
    void a_case_number_can_be_used_once() {
        String caseNumber = TestForms.newCaseNumber();
        assertThat(createConsultation(caseNumber, "2099-01-01").status()).isEqualTo(201);
        Reply again = createConsultation(caseNumber, "2099-01-01");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").stringValue()).contains(caseNumber);
    }

    @Test
    void a_case_number_with_a_four_digit_year_is_the_case_of_its_short_form() {
        String shortForm = TestForms.newCaseNumber();
        String written = "20" + shortForm;
        String slug = shortForm.replace('/', '-');

        Reply created = createConsultation(written, "2099-01-01");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/consultations/" + slug);
        assertThat(created.json().get("caseNumber").stringValue()).isEqualTo(shortForm);
        assertThat(created.json().get("slug").stringValue()).isEqualTo(slug);
        assertThat(staff.get("/api/v1/consultations/" + slug + "/definition").body()).contains("caseNumber: " + shortForm + "\n");

        for (String sameCase : List.of(shortForm, written, shortForm.replace("/", "/00"))) {
            Reply again = createConsultation(sameCase, "2099-01-01");
            assertThat(again.status()).as(sameCase).isEqualTo(409);
            assertThat(again.json().get("detail").stringValue()).contains(shortForm);
        }
        Reply outOfRange = createConsultation("19" + shortForm, "2099-01-01");
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(outOfRange.json().at("/errors/0/field").stringValue()).isEqualTo("caseNumber");
        assertThat(outOfRange.json().at("/errors/0/line").intValue()).isEqualTo(1);
        assertThat(outOfRange.json().at("/errors/0/message").stringValue()).contains("year outside 2000–2099");
        assertThat(outOfRange.json().at("/errors/0/code").stringValue()).isEqualTo("case-year-out-of-range");

        Reply inBokmal = staff.post("/api/v1/consultations", "application/yaml",
                TestForms.yaml("19" + shortForm, "2099-01-01").getBytes(StandardCharsets.UTF_8), "Accept-Language", "nb");
        assertThat(inBokmal.json().at("/errors/0/message").stringValue()).as("the API answers in English (docs/decisions.md)")
                .isEqualTo(outOfRange.json().at("/errors/0/message").stringValue());
    }

    private Reply createConsultation(String caseNumber, String deadline) {
        return staff.post("/api/v1/consultations", "application/yaml",
                TestForms.yaml(caseNumber, deadline).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void staff_export_a_consultation_as_yaml_that_imports_again_with_the_same_form() {
        Reply exported = staff.get("/api/v1/consultations/22-414/definition");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.header("Content-Type")).startsWith("application/yaml");
        assertThat(exported.body()).contains("caseNumber: 22/414", "responseEmail: postmottak@ehelse.no", "- id: q2");
        assertThat(anonymous.get("/api/v1/consultations/22-414/definition").status()).isEqualTo(401);

        String caseNumber = TestForms.newCaseNumber();
        Reply imported = staff.post("/api/v1/consultations", "application/yaml",
                exported.body().replace("caseNumber: 22/414", "caseNumber: " + caseNumber).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode copy = staff.get("/api/v1/consultations/" + caseNumber.replace('/', '-') + "/form").json();
        JsonNode demo = staff.get("/api/v1/consultations/22-414/form").json();
        assertThat(copy.get("questions")).isEqualTo(demo.get("questions"));
        assertThat(copy.get("intro")).isEqualTo(demo.get("intro"));
    }
}
