package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.innspill.consultation.Consultations;
import no.innspill.testing.EveryKindForm;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Coding per input over real HTTP and the database (issue 14): inputs created by passage and by offsets, listed,
 * filtered, paged, changed, deleted, read back from XLSX; bad input named with 4xx and nothing stored; the pages
 * without JavaScript; staff only; and what the summary report reads.
 */
@IntegrationTest
class CodingIT {

    private static final String SUPPORT = "Vi støtter Mål 2 og § 5.\nTrafikken er farlig ved skolen.";
    private static final String GOAL = "Trygg vei er viktig. Trygg vei er viktig.";
    private static final String REASON = "Fint 😀 med mer grønt";

    @LocalServerPort
    int port;

    @Autowired
    Consultations consultations;

    @Autowired
    ReportSources.Inputs reportInputs;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A consultation with two responses: 1 from an organisation (support, goals.goal1), 2 from a person (reason). */
    private String newCase() {
        String slug = TestConsultations.open(port, EveryKindForm.yaml(TestForms.newCaseNumber()));
        TestApi api = TestApi.anonymous(port);
        post(api, slug, """
                {"respondent": {"name": "Skoleveien vel", "kind": "organisation", "organisationNumber": null, "email": null},
                 "answers": {"support": {"choice": "yes", "text": %s}, "goals": {"text": "Bra"}, "goals.goal1": {"text": %s}}}"""
                .formatted(TestApi.json(SUPPORT), TestApi.json(GOAL)));
        post(api, slug, """
                {"respondent": {"name": "Ola Nordmann", "kind": "person", "organisationNumber": null, "email": null},
                 "answers": {"support": {"choice": "no"}, "goals": {"text": "Greit"}, "reason": {"text": %s}}}"""
                .formatted(TestApi.json(REASON)));
        return slug;
    }

    private static void post(TestApi api, String slug, String json) {
        var reply = api.postJson("/api/v1/consultations/" + slug + "/responses", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private static String inputs(String slug) {
        return "/api/v1/consultations/" + slug + "/inputs";
    }

    private JsonNode create(String slug, String json) {
        var reply = TestApi.staff(port).postJson(inputs(slug), json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.header("Location")).endsWith(inputs(slug) + "/" + reply.json().get("id").asLong());
        return reply.json();
    }

    @Test
    void an_input_is_created_by_its_passage_or_its_offsets_in_code_points() {
        String slug = newCase();
        JsonNode byPassage = create(slug, """
                {"response": 1, "answer": "support", "passage": " Trafikken er  farlig ", "concerns": ["goals.goal1", "mål 2", "§ 5"],
                 "disposition": "adopted", "assessment": "Vi følger opp med fartsdumper."}""");
        assertThat(byPassage.get("start").asInt()).isEqualTo(SUPPORT.indexOf("Trafikken"));
        assertThat(byPassage.get("passage").asString()).isEqualTo("Trafikken er farlig");
        assertThat(byPassage.get("concerns").toString()).isEqualTo("[\"goals.goal1\",\"Mål 2\",\"§ 5\"]");
        assertThat(byPassage.get("disposition").asString()).isEqualTo("adopted");
        assertThat(byPassage.get("analyst").asString()).isEqualTo(TestApi.STAFF_USER);
        assertThat(byPassage.get("respondent").asString()).isEqualTo("Skoleveien vel");
        assertThat(byPassage.get("documentNumber").asString()).endsWith("-1");

        // the emoji is one code point: "med" begins at 7
        JsonNode byOffsets = create(slug, """
                {"response": 2, "answer": "reason", "start": 7, "end": 20, "concerns": [], "disposition": null}""");
        assertThat(byOffsets.get("passage").asString()).isEqualTo("med mer grønt");
        assertThat(byOffsets.get("disposition").isNull()).isTrue();
        assertThat(byOffsets.get("assessment").isNull()).isTrue();

        // a passage that stands twice is found where it first stands
        JsonNode twice = create(slug, """
                {"response": 1, "answer": "goals.goal1", "passage": "Trygg vei er viktig."}""");
        assertThat(twice.get("start").asInt()).isZero();

        var one = TestApi.staff(port).get(inputs(slug) + "/" + byPassage.get("id").asLong());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("assessment").asString()).isEqualTo("Vi følger opp med fartsdumper.");
    }

    @Test
    void the_list_is_filtered_by_part_and_disposition_and_paged_by_cursor() {
        String slug = newCase();
        create(slug, """
                {"response": 1, "answer": "support", "passage": "Trafikken er farlig", "concerns": ["goals.goal1"], "disposition": "adopted"}""");
        create(slug, """
                {"response": 1, "answer": "goals.goal1", "passage": "Trygg vei", "disposition": "not-adopted"}""");
        create(slug, """
                {"response": 2, "answer": "reason", "passage": "mer grønt"}""");
        TestApi staff = TestApi.staff(port);
        var all = staff.get(inputs(slug));
        assertThat(all.header("X-Total-Count")).isEqualTo("3");
        assertThat(all.json().size()).isEqualTo(3);
        assertThat(ids(staff.get(inputs(slug) + "?part=goals").json())).hasSize(2);
        assertThat(ids(staff.get(inputs(slug) + "?part=goals.goal1").json())).hasSize(2);
        assertThat(ids(staff.get(inputs(slug) + "?part=reason").json())).hasSize(1);
        var undecided = staff.get(inputs(slug) + "?disposition=undecided");
        assertThat(undecided.header("X-Total-Count")).isEqualTo("1");
        assertThat(undecided.json().get(0).get("answer").asString()).isEqualTo("reason");
        assertThat(ids(staff.get(inputs(slug) + "?disposition=adopted&part=goals").json())).hasSize(1);

        var first = staff.get(inputs(slug) + "?limit=2");
        assertThat(first.json().size()).isEqualTo(2);
        String next = link(first.header("Link"), "next");
        var second = staff.get(next.substring(next.indexOf("/api/")));
        assertThat(second.json().size()).isEqualTo(1);
        assertThat(second.json().get(0).get("response").asInt()).isEqualTo(2);
        assertThat(second.header("Link")).doesNotContain("rel=\"next\"");
        String previous = link(second.header("Link"), "prev");
        assertThat(ids(staff.get(previous.substring(previous.indexOf("/api/"))).json())).isEqualTo(ids(first.json()));
    }

    @Test
    void an_input_is_changed_and_deleted_and_unknown_ids_are_404() {
        String slug = newCase();
        long id = create(slug, """
                {"response": 1, "answer": "support", "passage": "Trafikken er farlig", "disposition": "adopted"}""").get("id").asLong();
        TestApi staff = TestApi.staff(port);
        var changed = staff.put(inputs(slug) + "/" + id, """
                {"response": 1, "answer": "support", "passage": "Trafikken er farlig ved skolen", "concerns": ["Mål 2"],
                 "disposition": "partly-adopted", "assessment": "Delvis."}""");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("disposition").asString()).isEqualTo("partly-adopted");
        assertThat(changed.json().get("passage").asString()).isEqualTo("Trafikken er farlig ved skolen");
        assertThat(changed.json().get("concerns").get(0).asString()).isEqualTo("Mål 2");
        assertThat(Instant(changed.json().get("changedAt"))).isAfterOrEqualTo(Instant(changed.json().get("createdAt")));

        assertThat(send("DELETE", inputs(slug) + "/" + id, null).statusCode()).isEqualTo(204);
        assertThat(staff.get(inputs(slug) + "/" + id).status()).isEqualTo(404);
        assertThat(send("DELETE", inputs(slug) + "/" + id, null).statusCode()).isEqualTo(404);
        assertThat(staff.put(inputs(slug) + "/" + id, """
                {"response": 1, "answer": "support", "passage": "Trafikken"}""").status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/consultations/99-99999/inputs").status()).isEqualTo(404);
    }

    private static java.time.Instant Instant(JsonNode node) {
        return java.time.Instant.parse(node.asString());
    }

    @Test
    void bad_input_is_named_with_a_4xx_and_nothing_is_stored() {
        String slug = newCase();
        String start = SUPPORT.codePointCount(0, SUPPORT.length()) + "";
        assertInvalid(slug, "{\"response\": 1, \"answer\": \"support\", \"start\": " + start + ", \"end\": 60}", "start");
        assertInvalid(slug, "{\"response\": 1, \"answer\": \"support\", \"start\": 0, \"end\": 999}", "end");
        assertInvalid(slug, "{\"response\": 1, \"answer\": \"support\", \"start\": 5, \"end\": 5}", "end");
        assertInvalid(slug, "{\"response\": 1, \"answer\": \"support\", \"start\": -1, \"end\": 5}", "start");
        assertInvalid(slug, "{\"response\": 1, \"answer\": \"nope\", \"passage\": \"Trafikken\"}", "answer");
        assertInvalid(slug, "{\"response\": 1, \"answer\": \"reason\", \"passage\": \"Trafikken\"}", "answer");
        assertInvalid(slug, "{\"response\": 99, \"answer\": \"support\", \"passage\": \"Trafikken\"}", "response");
        assertInvalid(slug, "{\"answer\": \"support\", \"passage\": \"Trafikken\"}", "response");
        assertInvalid(slug, "{\"response\": 1, \"answer\": \"support\", \"passage\": \"Står ikke der\"}", "passage");
        assertInvalid(slug, "{\"response\": 1, \"answer\": \"support\"}", "passage");
        assertInvalid(slug, "{\"response\": 1, \"answer\": \"support\", \"passage\": \"Trafikken\", \"disposition\": \"maybe\"}", "disposition");
        assertInvalid(slug, "{\"response\": 1, \"answer\": \"support\", \"passage\": \"Trafikken\", \"concerns\": [\"q9\"]}", "concerns[0]");
        assertInvalid(slug, "{\"response\": 1, \"answer\": \"support\", \"passage\": \"Trafikken\", \"assessment\": "
                + TestApi.json("x".repeat(20_001)) + "}", "assessment");
        TestApi staff = TestApi.staff(port);
        assertThat(staff.postJson(inputs(slug), "{not json").status()).isEqualTo(400);
        assertThat(staff.postJson(inputs(slug), "{\"response\": \"one\"}").status()).isEqualTo(400);
        assertThat(staff.get(inputs(slug)).header("X-Total-Count")).isEqualTo("0");

        var badFilter = staff.get(inputs(slug) + "?part=q9&disposition=maybe&limit=5");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.body()).contains("\"part\"").contains("\"disposition\"");
        assertThat(staff.get(inputs(slug) + "?limit=0").body()).contains("\"limit\"");
        assertThat(staff.get(inputs(slug) + "?cursor=bogus").status()).isEqualTo(400);
        assertThat(staff.get(inputs(slug) + ".xlsx?disposition=maybe").status()).isEqualTo(400);
    }

    private void assertInvalid(String slug, String json, String field) {
        var reply = TestApi.staff(port).postJson(inputs(slug), json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).as(reply.body()).contains(field);
    }

    @Test
    void the_codings_read_back_from_xlsx() throws IOException {
        String slug = newCase();
        create(slug, """
                {"response": 1, "answer": "support", "passage": "Trafikken er farlig", "concerns": ["goals.goal1", "Mål 2"],
                 "disposition": "partly-adopted", "assessment": "=SUM(A1)"}""");
        create(slug, """
                {"response": 2, "answer": "reason", "passage": "mer grønt"}""");
        HttpResponse<byte[]> api = sendBytes(inputs(slug) + ".xlsx");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith(InputExport.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(api.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Innspill");
            assertThat(cells(sheet.getRow(0))).startsWith("Dokument", "Høringsinstans", "Type", "Spørsmål eller del", "Innspill",
                    "Gjelder", "Vurdering", "Begrunnelse", "Saksbehandler", "Sist endret");
            List<String> first = cells(sheet.getRow(1));
            String caseNumber = slug.replace('-', '/');
            assertThat(first.subList(0, 9)).containsExactly(caseNumber + "-1", "Skoleveien vel", "Organisasjon", "1) Støtter dere planen?",
                    "Trafikken er farlig", "4) Mål 1: Trygg skolevei; Mål 2", "Delvis tatt til følge", "=SUM(A1)", TestApi.STAFF_USER);
            assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(1).getCell(9).getLocalDateTimeCellValue()).isNotNull();
            assertThat(cells(sheet.getRow(2)).subList(0, 7)).containsExactly(caseNumber + "-2", "Ola Nordmann", "Privatperson",
                    "3) Hvorfor?", "mer grønt", "", "Ikke avgjort");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
        HttpResponse<byte[]> adopted = sendBytes(inputs(slug) + ".xlsx?disposition=undecided");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(adopted.body()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
        WebSession staff = staffSession();
        WebSession.Page page = staff.get("/saksbehandler/horinger/" + slug + "/innspill.xlsx?part=support");
        assertThat(page.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(page.bytes()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            cells.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? cell.getStringCellValue() : "#");
        }
        return cells;
    }

    @Test
    void the_pages_code_a_response_without_javascript() {
        String slug = newCase();
        WebSession staff = staffSession();
        String coding = "/saksbehandler/horinger/" + slug + "/svar/1/koding";
        assertThat(staff.get("/saksbehandler/horinger/" + slug + "/svar/1").html().selectFirst("#coding-link").attr("href")).isEqualTo(coding);
        assertThat(staff.get("/saksbehandler/horinger/" + slug).html().selectFirst("#inputs-list-link").attr("href"))
                .isEqualTo("/saksbehandler/horinger/" + slug + "/innspill");
        WebSession.Page page = staff.get(coding);
        assertThat(page.status()).isEqualTo(200);
        Element form = page.form("#add-0");
        assertThat(form.select("input[name=answer]").attr("value")).isEqualTo("support");
        // the references in the answer's text are offered beside the form's parts
        assertThat(form.select("input[name=concerns]").eachAttr("value")).contains("support", "goals.goal1", "Mål 2", "§ 5");

        WebSession.Page wrong = staff.submitAll(form, Map.of("passage", List.of("Står ikke der"), "disposition", List.of("adopted")), null);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.html().selectFirst("#error-summary").text()).contains("står ikke i dette svaret");
        assertThat(wrong.html().selectFirst("#error-summary a").attr("href")).isEqualTo("#add-0-passage");
        assertThat(wrong.html().selectFirst("#add-0-passage").text()).isEqualTo("Står ikke der");

        WebSession.Page saved = staff.submitAll(form, Map.of("passage", List.of("Trafikken er farlig"), "concerns",
                List.of("support", "Mål 2"), "disposition", List.of("noted"), "assessment", List.of("Tas med videre.")), null);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains("/svar/1/koding?lagret=");
        WebSession.Page shown = staff.follow(saved);
        assertThat(shown.html().selectFirst("#coding-status").text()).contains("lagret");
        assertThat(shown.html().select("#answer-0-text mark").text()).isEqualTo("Trafikken er farlig");
        assertThat(shown.html().selectFirst(".innspill-coding-inputs li").text()).contains("Tatt til orientering").contains("Mål 2");
        Element editLink = shown.html().selectFirst(".innspill-coding-inputs a");

        WebSession.Page list = staff.get("/saksbehandler/horinger/" + slug + "/innspill?disposition=noted");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("#inputs-table tbody tr")).hasSize(1);
        assertThat(list.html().selectFirst("#count-noted").text()).contains("1");
        assertThat(list.html().selectFirst("#count-adopted").text()).contains("0");
        assertThat(staff.get("/saksbehandler/horinger/" + slug + "/innspill?part=nope").status()).isEqualTo(400);

        WebSession.Page edit = staff.get(editLink.attr("href"));
        assertThat(edit.status()).isEqualTo(200);
        WebSession.Page changed = staff.submitAll(edit.form("#edit-form"), Map.of("disposition", List.of("adopted")), null);
        assertThat(changed.status()).isEqualTo(302);
        assertThat(staff.follow(changed).html().selectFirst(".innspill-coding-inputs li").text()).contains("Tatt til følge");
        WebSession.Page tooLong = staff.submitAll(edit.form("#edit-form"), Map.of("assessment", List.of("x".repeat(20_001))), null);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.html().selectFirst("#error-summary a").attr("href")).isEqualTo("#edit-assessment");

        WebSession.Page deleted = staff.submit(edit.form("#delete-form"), Map.of());
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(staff.follow(deleted).html().select("mark")).isEmpty();
    }

    @Test
    void only_staff_may_code() {
        String slug = newCase();
        TestApi anonymous = TestApi.anonymous(port);
        assertThat(anonymous.get(inputs(slug)).status()).isEqualTo(401);
        assertThat(anonymous.postJson(inputs(slug), "{\"response\": 1, \"answer\": \"support\", \"passage\": \"Trafikken\"}").status())
                .isEqualTo(401);
        assertThat(anonymous.get(inputs(slug) + ".xlsx").status()).isEqualTo(401);
        WebSession nobody = new WebSession(port);
        WebSession.Page page = nobody.get("/saksbehandler/horinger/" + slug + "/svar/1/koding");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/logg-inn");
        assertThat(nobody.get("/saksbehandler/horinger/" + slug + "/innspill").status()).isEqualTo(302);
        assertThat(staffSession().get("/saksbehandler/horinger/" + slug + "/svar/99/koding").status()).isEqualTo(404);
    }

    @Test
    void the_report_reads_the_inputs_to_a_question_or_part() {
        String slug = newCase();
        create(slug, """
                {"response": 1, "answer": "support", "passage": "Trafikken er farlig", "concerns": ["goals.goal1", "Mål 2"],
                 "disposition": "adopted", "assessment": "Ja."}""");
        create(slug, """
                {"response": 2, "answer": "reason", "passage": "mer grønt"}""");
        create(slug, """
                {"response": 1, "answer": "goals.goal1", "passage": "Trygg vei", "concerns": ["goals.goal1"]}""");
        long id = consultations.getBySlug(slug).id();
        // it belongs to the part it concerns, not to the answer it stands in, nor to the question over the part
        List<ReportSources.Input> goal = reportInputs.inputs(id, "goals.goal1");
        assertThat(goal).first().isEqualTo(new ReportSources.Input(1, "Skoleveien vel", "Trafikken er farlig",
                "4) Mål 1: Trygg skolevei; Mål 2", Disposition.ADOPTED, "Ja."));
        assertThat(goal).extracting(ReportSources.Input::passage).containsExactly("Trafikken er farlig", "Trygg vei");
        assertThat(reportInputs.inputs(id, "support")).isEmpty();
        assertThat(reportInputs.inputs(id, "goals")).isEmpty();
        assertThat(reportInputs.inputs(id, "reason")).singleElement().satisfies(input -> {
            assertThat(input.respondent()).isEqualTo("Ola Nordmann");
            assertThat(input.disposition()).isNull();
        });
        assertThat(reportInputs.inputs(id, "concerns")).isEmpty();
    }

    private WebSession staffSession() {
        WebSession staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        return staff;
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(input -> ids.add(input.get("id").asLong()));
        return ids;
    }

    private static String link(String header, String rel) {
        assertThat(header).as("Link header").isNotNull();
        for (String part : header.split(",\\s*(?=<)")) {
            if (part.contains("rel=\"" + rel + "\"")) {
                return part.substring(part.indexOf('<') + 1, part.indexOf('>'));
            }
        }
        throw new AssertionError("no rel=" + rel + " in " + header);
    }

    private HttpResponse<String> send(String method, String path, String body) {
        try {
            return http.send(request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> sendBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        String token = Base64.getEncoder().encodeToString((TestApi.STAFF_USER + ":" + TestApi.STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Basic " + token);
    }
}
