package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.Multipart;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestFiles;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Responses with files through the API: multipart in, listed in the answer, served to staff; bad files refused whole. */
@IntegrationTest
class AttachmentsApiIT {

    private static final String RESPONSE = """
            {"respondent": {"name": "Kari Nordmann", "kind": "person", "organisationNumber": null, "email": null},
             "answers": {"q1": {"text": "Se vedlagt brev."}}}""";

    @LocalServerPort
    int port;

    static String yaml(String caseNumber, String extraQuestion) {
        return """
                caseNumber: "%s"
                title: "Høring om vedlegg"
                owner: "Testdirektoratet"
                deadline: "2099-06-30"
                responseEmail: "postmottak@test.example"
                questions:
                  - id: q1
                    kind: text
                    text: "Innspill?"
                %s""".formatted(caseNumber, extraQuestion);
    }

    static final String ATTACHMENTS_QUESTION = """
                  - id: q2
                    kind: attachments
                    text: "Legg ved dokumenter"
                    maxFiles: 2
                """;

    /** A new open consultation made through the API from YAML; its slug. */
    static String openConsultation(int port, String extraQuestion) {
        String caseNumber = TestForms.newCaseNumber();
        TestApi staff = TestApi.staff(port);
        var created = staff.post("/api/v1/consultations", "application/yaml", yaml(caseNumber, extraQuestion).getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String slug = created.json().get("slug").stringValue();
        assertThat(staff.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        return slug;
    }

    @Test
    void a_response_with_two_files_lists_them_in_its_answer_and_staff_download_them() {
        String slug = openConsultation(port, ATTACHMENTS_QUESTION);
        byte[] pdf = TestFiles.pdf();
        byte[] docx = TestFiles.docx();
        var sent = TestApi.anonymous(port).post(responses(slug), Multipart.CONTENT_TYPE, new Multipart()
                .json("response", RESPONSE)
                .file("q2", "brev.pdf", "application/pdf", pdf)
                .file("q2", "C:\\Dokumenter\\notat.docx", "application/octet-stream", docx)
                .bytes());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String location = sent.header("Location");

        JsonNode response = TestApi.staff(port).get(location).json();
        JsonNode files = response.get("answers").get("q2").get("attachments");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("name").stringValue()).isEqualTo("brev.pdf");
        assertThat(files.get(0).get("contentType").stringValue()).isEqualTo("application/pdf");
        assertThat(files.get(0).get("size").longValue()).isEqualTo(pdf.length);
        assertThat(files.get(1).get("name").stringValue()).isEqualTo("notat.docx");
        assertThat(files.get(1).get("contentType").stringValue()).startsWith("application/vnd.openxmlformats");
        assertThat(response.get("answers").get("q1").get("text").stringValue()).isEqualTo("Se vedlagt brev.");
        assertThat(response.has("attachments")).as("files belong to their question").isFalse();

        assertThat(TestApi.staff(port).get(responses(slug)).json().get(0).at("/answers/q2/attachments")).as("the list").hasSize(2);
        assertThat(TestApi.staff(port).get("/api/v1/consultations/" + slug + "/export/responses.json").json().get(0)
                .at("/answers/q2/attachments").findValuesAsString("name")).as("the export").containsExactly("brev.pdf", "notat.docx");
        assertThat(TestApi.staff(port).get("/api/v1/consultations/" + slug + "/export/responses.csv?labels=ids&separator=comma").body())
                .as("the CSV names the files in the question's column").contains("Se vedlagt brev.,brev.pdf; notat.docx");

        var download = TestApi.staff(port).get(location + "/attachments/1");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("brev.pdf");
        assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1).length).isPositive();
        assertThat(TestApi.staff(port).get(location + "/attachments/3").status()).isEqualTo(404);
        assertThat(TestApi.anonymous(port).get(location + "/attachments/1").status()).as("staff only").isEqualTo(401);
    }

    @Test
    void the_receipt_mail_names_the_files() {
        String slug = openConsultation(port, ATTACHMENTS_QUESTION);
        String withEmail = RESPONSE.replace("\"email\": null", "\"email\": \"kari@vedlegg.example\"");
        var sent = TestApi.anonymous(port).post(responses(slug), Multipart.CONTENT_TYPE, new Multipart()
                .json("response", withEmail)
                .file("q2", "høringsuttalelse.pdf", "application/pdf", TestFiles.pdf())
                .bytes());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String documentNumber = sent.json().get("documentNumber").stringValue();

        WebSession staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        String outbox = null;
        for (int i = 0; i < 100; i++) { // the receipt is written after the response's commit, by the event's listener
            outbox = staff.get("/saksbehandler/utboks").html().text();
            if (outbox.contains(documentNumber)) {
                break;
            }
            sleep();
        }
        assertThat(outbox).contains("Kvittering for høringssvar " + documentNumber, "Vedlegg du sendte med: høringsuttalelse.pdf");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_form_without_an_attachments_question_takes_top_level_attachments() {
        String slug = openConsultation(port, "");
        var sent = TestApi.anonymous(port).post(responses(slug), Multipart.CONTENT_TYPE, new Multipart()
                .field("response", RESPONSE)
                .file("attachments", "brev.pdf", "application/pdf", TestFiles.pdf())
                .bytes());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonNode response = TestApi.staff(port).get(sent.header("Location")).json();
        assertThat(response.get("attachments").findValuesAsString("name")).containsExactly("brev.pdf");
    }

    @Test
    void the_json_only_path_is_unchanged_and_a_question_without_files_is_an_empty_list() {
        String slug = openConsultation(port, ATTACHMENTS_QUESTION);
        var sent = TestApi.anonymous(port).postJson(responses(slug), RESPONSE);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonNode response = TestApi.staff(port).get(sent.header("Location")).json();
        assertThat(response.get("answers").get("q2").get("attachments")).isEmpty();
    }

    @Test
    void too_many_wrong_type_and_too_big_are_refused_by_field_and_nothing_is_stored() {
        String slug = openConsultation(port, ATTACHMENTS_QUESTION);
        TestApi anonymous = TestApi.anonymous(port);
        var tooMany = anonymous.post(responses(slug), Multipart.CONTENT_TYPE, new Multipart()
                .json("response", RESPONSE)
                .file("q2", "a.pdf", "application/pdf", TestFiles.pdf())
                .file("q2", "b.pdf", "application/pdf", TestFiles.pdf())
                .file("q2", "c.pdf", "application/pdf", TestFiles.pdf())
                .bytes());
        assertProblem(tooMany, "answers.q2.attachments", "too-many-files");

        var wrongType = anonymous.post(responses(slug), Multipart.CONTENT_TYPE, new Multipart()
                .json("response", RESPONSE)
                .file("q2", "faktura.pdf", "application/pdf", TestFiles.exe())
                .bytes());
        assertProblem(wrongType, "answers.q2.attachments", "file-type");
        assertThat(wrongType.body()).contains("faktura.pdf");

        var bomb = anonymous.post(responses(slug), Multipart.CONTENT_TYPE, new Multipart()
                .json("response", RESPONSE)
                .file("q2", "bombe.docx", "application/octet-stream", TestFiles.zipBombDocx())
                .bytes());
        assertProblem(bomb, "answers.q2.attachments", "file-damaged");

        byte[] big = Arrays.copyOf(TestFiles.pdf(), 20 * 1024 * 1024 + 1);
        var tooBig = anonymous.post(responses(slug), Multipart.CONTENT_TYPE, new Multipart()
                .json("response", RESPONSE)
                .file("q2", "stor.pdf", "application/pdf", big)
                .bytes());
        assertProblem(tooBig, "answers.q2.attachments", "file-too-large");

        var notAQuestion = anonymous.post(responses(slug), Multipart.CONTENT_TYPE, new Multipart()
                .json("response", RESPONSE)
                .file("q1", "brev.pdf", "application/pdf", TestFiles.pdf())
                .bytes());
        assertProblem(notAQuestion, "answers.q1.attachments", "not-attachments");

        var answersAndFileWrong = anonymous.post(responses(slug), Multipart.CONTENT_TYPE, new Multipart()
                .json("response", RESPONSE.replace("\"kind\": \"person\"", "\"kind\": \"alien\""))
                .file("q2", "faktura.pdf", "application/pdf", TestFiles.exe())
                .bytes());
        assertThat(answersAndFileWrong.status()).isEqualTo(422);
        assertThat(answersAndFileWrong.json().get("errors").findValuesAsString("field")).contains("answers.q2.attachments");

        var noResponsePart = anonymous.post(responses(slug), Multipart.CONTENT_TYPE, new Multipart()
                .file("q2", "brev.pdf", "application/pdf", TestFiles.pdf())
                .bytes());
        assertThat(noResponsePart.status()).isEqualTo(400);
        assertThat(noResponsePart.contentType()).startsWith("application/problem+json");

        assertThat(TestApi.staff(port).get(responses(slug)).json()).as("nothing stored").isEmpty();
    }

    @Test
    void a_file_over_the_upload_limit_gets_a_413_problem_not_a_500() {
        String slug = openConsultation(port, ATTACHMENTS_QUESTION);
        byte[] huge = Arrays.copyOf(TestFiles.pdf(), 26 * 1024 * 1024);
        var refused = TestApi.anonymous(port).post(responses(slug), Multipart.CONTENT_TYPE, new Multipart()
                .json("response", RESPONSE)
                .file("q2", "enorm.pdf", "application/pdf", huge)
                .bytes());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(TestApi.staff(port).get(responses(slug)).json()).as("nothing stored").isEmpty();
    }

    private static void assertProblem(TestApi.Reply reply, String field, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode errors = reply.json().get("errors");
        assertThat(errors.findValuesAsString("field")).contains(field);
        assertThat(errors.findValuesAsString("code")).contains(code);
    }

    private static String responses(String slug) {
        return "/api/v1/consultations/" + slug + "/responses";
    }
}
