package no.innspill.response;

import static no.innspill.testing.TestApi.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ResponseApiIT {

    private static final String RESPONSES = DEMO + "/responses";

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
    void submitting_a_valid_response_returns_its_document_number() {
        Reply reply = anonymous.postJson(RESPONSES, """
                {"respondent": {"name": "Helse Vest RHF", "kind": "organisation", "organisationNumber": "983 658 725",
                                "email": "post@helse-vest.example"},
                 "answers": {"q1": {"choice": "dont_know", "text": "Vi trenger mer tid.\\n• Punkt én"},
                             "q2.goal3": {"text": "Mål 3 er viktig."}}}""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String documentNumber = reply.json().get("documentNumber").stringValue();
        assertThat(documentNumber).matches("22/414-\\d+");
        assertThat(reply.json().get("channel").stringValue()).isEqualTo("api");
        assertThat(reply.json().get("late").booleanValue()).isFalse();
        String number = documentNumber.substring("22/414-".length());
        assertThat(reply.header("Location")).isEqualTo(RESPONSES + "/" + number);

        JsonNode stored = staff.get(RESPONSES + "/" + number).json();
        assertThat(stored.get("documentNumber").stringValue()).isEqualTo(documentNumber);
        assertThat(stored.get("formVersion").intValue()).as("the form version it answered").isEqualTo(1);
        assertThat(stored.at("/respondent/organisationNumber").stringValue()).isEqualTo("983658725");
        assertThat(stored.at("/answers/q1/choice").stringValue()).isEqualTo("dont_know");
        assertThat(stored.at("/answers/q1/text").stringValue()).isEqualTo("Vi trenger mer tid.\n• Punkt én");
        assertThat(stored.at("/answers/q2.goal3/text").stringValue()).isEqualTo("Mål 3 er viktig.");
        assertThat(stored.get("answers").propertyNames())
                .containsExactly("q1", "q2", "q2.goal1", "q2.goal2", "q2.goal3", "q2.goal4", "q2.goal5", "q3", "q4");
        assertThat(stored.at("/answers/q4/text").isNull()).isTrue();
        assertThat(stored.at("/answers/q4").has("choice")).as("text answers carry no choice").isFalse();
    }

    @Test
    void each_validation_rule_rejects_with_the_field_named_and_stores_nothing() {
        int before = count();
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"}, "answers": {"q9": {"text": "hei"}}}""",
                "answers.q9", "not a question of this form");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"}, "answers": {"q1": {"choice": "maybe"}}}""",
                "answers.q1.choice", "\"maybe\" is not an option");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"}, "answers": {"q3": {"choice": "yes"}}}""",
                "answers.q3.choice", "takes no choice");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"}, "answers": {"q3": {"text": "%s"}}}""".formatted("a".repeat(20_001)),
                "answers.q3.text", "limit is 20000");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"}, "answers": {"q3": {"text": "  "}, "q1": {"choice": null}}}""",
                "answers", "the response is empty");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"}, "answers": {}}""", "answers", "the response is empty");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "organisation", "organisationNumber": "983658724"},
                 "answers": {"q3": {"text": "hei"}}}""", "respondent.organisationNumber", "not a valid organisation number");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "organisation", "organisationNumber": "12345"},
                 "answers": {"q3": {"text": "hei"}}}""", "respondent.organisationNumber", "nine digits");
        assertRejected("""
                {"respondent": {"name": "", "kind": "person"}, "answers": {"q3": {"text": "hei"}}}""",
                "respondent.name", "is missing");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "company"}, "answers": {"q3": {"text": "hei"}}}""",
                "respondent.kind", "use organisation or person");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person", "email": "not-an-address"}, "answers": {"q3": {"text": "hei"}}}""",
                "respondent.email", "not an e-mail address");
        assertRejected("""
                {"answers": {"q3": {"text": "hei"}}}""", "respondent", "is missing");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"}, "answers": {"q3": {"text": 42}}}""",
                "answers.q3.text", "must be a string");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"}, "answers": {"q3": {"txt": "hei"}}}""",
                "answers.q3.txt", "not a known field");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"}, "answers": {"q3": {"text": "a\\u0000b"}}}""",
                "answers.q3.text", "control characters");
        assertRejected("""
                {"respondent": {"name": "Ola \\ud83d", "kind": "person"}, "answers": {"q3": {"text": "hei"}}}""",
                "respondent.name", "control characters"); // half an emoji: neither PostgreSQL nor the PDF can hold it
        assertThat(count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void all_problems_are_reported_in_one_round() {
        Reply reply = anonymous.postJson(RESPONSES, """
                {"respondent": {"name": "X", "kind": "organisation", "organisationNumber": "123456789"},
                 "answers": {"q1": {"choice": "maybe"}, "q7": {"text": "x"}}}""");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).contains("respondent.organisationNumber", "answers.q1.choice", "answers.q7");
    }

    @Test
    void broken_and_hostile_bodies_get_a_clear_error() {
        Reply truncated = anonymous.postJson(RESPONSES, "{\"respondent\": {\"name\": \"X\"");
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.contentType()).startsWith("application/problem+json");
        assertThat(truncated.json().get("detail").stringValue()).contains("not valid JSON", "line 1");

        assertThat(anonymous.postJson(RESPONSES, "").status()).isEqualTo(400);
        assertThat(anonymous.postJson(RESPONSES, "[1, 2]").json().get("detail").stringValue()).contains("JSON object");
        assertThat(anonymous.postJson(RESPONSES, "\"just a string\"").status()).isEqualTo(400);

        Reply duplicateKey = anonymous.postJson(RESPONSES, """
                {"respondent": {"name": "X", "kind": "person"}, "answers": {"q3": {"text": "a"}, "q3": {"text": "b"}}}""");
        assertThat(duplicateKey.status()).isEqualTo(400);
        assertThat(duplicateKey.json().get("detail").stringValue()).contains("Duplicate");

        Reply wrongType = anonymous.post(RESPONSES, "text/plain", "hei".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");

        byte[] huge = ("{\"respondent\": {\"name\": \"" + "x".repeat(3_000_000) + "\"}}").getBytes(StandardCharsets.UTF_8);
        Reply tooLarge = anonymous.post(RESPONSES, "application/json", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("detail").stringValue()).contains("larger than");

        Reply deep = anonymous.postJson(RESPONSES, "[".repeat(5000) + "]".repeat(5000));
        assertThat(deep.status()).isEqualTo(400);

        for (Reply reply : List.of(truncated, duplicateKey, deep)) {
            assertThat(reply.body()).doesNotContain("Exception", "at no.innspill", "tools.jackson");
        }
    }

    @Test
    void unknown_consultation_is_404() {
        Reply reply = anonymous.postJson("/api/v1/consultations/11-111/responses", TestForms.response("X"));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("detail").stringValue()).contains("11-111");
        assertThat(anonymous.postJson("/api/v1/consultations/nonsense/responses", TestForms.response("X")).status()).isEqualTo(404);
    }

    @Test
    void a_retry_with_the_same_idempotency_key_creates_nothing_new() {
        String body = """
                {"respondent": {"name": "Retrying Kommune", "kind": "organisation"}, "answers": {"q4": {"text": "Takk."}}}""";
        int before = count();

        Reply first = anonymous.postJson(RESPONSES, body, "Idempotency-Key", "retry-test-1");
        Reply second = anonymous.postJson(RESPONSES, body, "Idempotency-Key", "retry-test-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("documentNumber")).isEqualTo(first.json().get("documentNumber"));
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(count()).isEqualTo(before + 1);

        Reply reused = anonymous.postJson(RESPONSES, body.replace("Takk.", "Noe annet."), "Idempotency-Key", "retry-test-1");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(fields(reused)).containsExactly("Idempotency-Key");
        assertThat(count()).isEqualTo(before + 1);

        assertThat(anonymous.postJson(RESPONSES, body, "Idempotency-Key", "has space").status()).isEqualTo(422);
        assertThat(anonymous.postJson(RESPONSES, body, "Idempotency-Key", "k".repeat(256)).status()).isEqualTo(422);
    }

    @Test
    void concurrent_retries_with_one_key_store_one_response() throws Exception {
        String body = TestForms.response("Concurrent retrier").replace("\"kind\": \"person\"", "\"kind\": \"person\"");
        String consultation = openConsultation();
        List<Reply> replies = concurrently(20, i -> anonymous.postJson(consultation + "/responses", body,
                "Idempotency-Key", "same-key"));

        assertThat(replies).allMatch(reply -> reply.status() == 201);
        assertThat(replies.stream().map(r -> r.json().get("documentNumber").stringValue()).distinct()).hasSize(1);
        assertThat(staff.get(consultation + "/responses").json().size()).isEqualTo(1);
    }

    @Test
    void fifty_concurrent_submissions_get_fifty_distinct_gapless_document_numbers() throws Exception {
        String consultation = openConsultation();
        String caseNumber = staff.get(consultation).json().get("caseNumber").stringValue();

        List<Reply> replies = concurrently(50, i -> anonymous.postJson(consultation + "/responses",
                TestForms.response("Respondent " + i)));

        assertThat(replies).allMatch(reply -> reply.status() == 201);
        Set<String> numbers = new HashSet<>();
        replies.forEach(reply -> numbers.add(reply.json().get("documentNumber").stringValue()));
        Set<String> expected = new HashSet<>();
        IntStream.rangeClosed(1, 50).forEach(i -> expected.add(caseNumber + "-" + i));
        assertThat(numbers).isEqualTo(expected);

        JsonNode listed = staff.get(consultation + "/responses?limit=1000").json();
        assertThat(listed.size()).isEqualTo(50);
        for (int i = 0; i < 50; i++) {
            assertThat(listed.get(i).get("documentNumber").stringValue()).isEqualTo(caseNumber + "-" + (i + 1));
        }
    }

    @Test
    void staff_endpoints_refuse_anonymous_and_wrong_passwords() {
        List<String> staffOnly = List.of(RESPONSES, RESPONSES + "/1", DEMO + "/export/responses.json",
                DEMO + "/export/responses.csv");
        for (String path : staffOnly) {
            Reply reply = anonymous.get(path);
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(anonymous.as("admin", "wrong").get(path).status()).as(path).isEqualTo(401);
            assertThat(anonymous.as("nobody", "x").get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(anonymous.post("/api/v1/consultations", "application/yaml", "x".getBytes()).status()).isEqualTo(401);
        assertThat(anonymous.post(DEMO + "/close", "application/json", new byte[0]).status()).isEqualTo(401);
        assertThat(anonymous.post(DEMO + "/open", "application/json", new byte[0]).status()).isEqualTo(401);
        assertThat(anonymous.put(DEMO + "/deadline", "{}").status()).isEqualTo(401);
    }

    @Test
    void only_staff_may_set_channel_and_received_time() {
        Reply reply = anonymous.postJson(RESPONSES, """
                {"respondent": {"name": "X", "kind": "person"}, "answers": {"q4": {"text": "hei"}}, "channel": "paper"}""");
        assertThat(reply.status()).isEqualTo(403);

        Reply registered = staff.postJson(RESPONSES, """
                {"respondent": {"name": "Brevskriver", "kind": "person"}, "answers": {"q4": {"text": "Sendt i posten."}},
                 "channel": "paper", "receivedAt": "2026-11-20T10:15:00+01:00"}""");
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("channel").stringValue()).isEqualTo("paper");
        assertThat(registered.json().get("receivedAt").stringValue()).isEqualTo("2026-11-20T10:15:00+01:00");
    }

    @Test
    void exports_hold_every_response_with_one_column_per_question_id() {
        anonymous.postJson(RESPONSES, """
                {"respondent": {"name": "=HYPERLINK(\\"http://evil\\")", "kind": "person"},
                 "answers": {"q1": {"choice": "no", "text": "Linje 1\\nLinje 2, med komma"}}}""");

        Reply json = staff.get(DEMO + "/export/responses.json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().size()).isEqualTo(count());
        assertThat(json.json().get(0).get("documentNumber").stringValue()).isEqualTo("22/414-1");
        assertThat(json.json().get(0).at("/respondent/name").stringValue()).isEqualTo("Legemiddelverket");

        Reply csv = staff.get(DEMO + "/export/responses.csv?labels=ids&separator=comma");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\ufeffdocumentNumber,receivedAt,channel,late,respondentName,respondentKind,"
                + "organisationNumber,email,contactName,contactPhone,publicationName,publishOnline,publicationReason,revises,supersededBy,q1,q1.text,q2,q2.goal1,q2.goal2,q2.goal3,q2.goal4,q2.goal5,q3,q4");
        assertThat(lines[1]).startsWith("22/414-1,").contains(",email,false,Legemiddelverket,organisation,,,,,publish,true,,,,yes,");
        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").contains("\"Linje 1\nLinje 2, med komma\"");
    }

    @Test
    void responses_page_through_in_document_order() {
        JsonNode firstPage = staff.get(RESPONSES + "?limit=1").json();
        assertThat(firstPage.size()).isEqualTo(1);
        assertThat(firstPage.get(0).get("documentNumber").stringValue()).isEqualTo("22/414-1");
        JsonNode next = staff.get(RESPONSES + "?after=1&limit=1").json();
        if (!next.isEmpty()) { // the demo's høringsbrev is 22/414-2 in the case's journal, so the next response is later
            assertThat(Integer.parseInt(next.get(0).get("documentNumber").stringValue().substring("22/414-".length()))).isGreaterThan(2);
        }
        assertThat(staff.get(RESPONSES + "/99999").status()).isEqualTo(404);
        assertThat(staff.get(RESPONSES + "/abc").status()).isEqualTo(400);
    }

    private String openConsultation() {
        String caseNumber = TestForms.newCaseNumber();
        Reply created = staff.post("/api/v1/consultations", "application/yaml",
                TestForms.yaml(caseNumber, "2099-12-31").getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = created.header("Location");
        assertThat(staff.post(path + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        return path;
    }

    private int count() {
        return staff.get(DEMO + "/export/responses.json").json().size();
    }

    private void assertRejected(String body, String field, String message) {
        Reply reply = anonymous.postJson(RESPONSES, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode errors = reply.json().get("errors");
        boolean found = false;
        for (JsonNode error : errors) {
            found |= error.get("field").stringValue().equals(field) && error.get("message").stringValue().contains(message);
        }
        assertThat(found).as("error on %s containing '%s' in %s", field, message, reply.body()).isTrue();
    }

    private static List<String> fields(Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(error -> fields.add(error.get("field").stringValue()));
        return fields;
    }

    private static List<Reply> concurrently(int count, java.util.function.IntFunction<Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
