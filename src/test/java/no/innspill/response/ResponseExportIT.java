package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The exports through HTTP (issue 13): CSV read back by a CSV parser with ; and with , in bokmål, nynorsk and English,
 * every filter and a search applied (as many rows as the list counts), formula cells guarded, a BOM; XLSX read back by
 * POI with a sheet per form section; JSON and JSON lines; bad parameters refused before any byte; staff only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseExportIT {

    private static final int RESPONSES = 14;

    @LocalServerPort
    int port;

    @Autowired
    Responses responses;

    @Autowired
    Consultations consultations;

    private final HttpClient http = HttpClient.newHttpClient();
    private String slug;
    private String caseNumber;
    private Consultation consultation;

    @BeforeAll
    void register() {
        caseNumber = TestForms.newCaseNumber();
        slug = TestConsultations.open(port, """
                caseNumber: "%s"
                title: "Høring om eksport"
                owner: "Testdirektoratet"
                deadline: "2099-06-30"
                responseEmail: "postmottak@test.example"
                questions:
                  - id: q1
                    kind: choice
                    text: "Er du enig i forslaget?"
                    options:
                      - {id: "yes", label: "Ja"}
                      - {id: "no", label: "Nei"}
                    elaboration: {hint: "utdyp gjerne", maxLength: 500}
                  - id: part2
                    kind: heading
                    text: "Del 2: Nærmiljø / trafikk [utkast] og litt mer tekst"
                  - id: q2
                    kind: multiple-choice
                    text: "Hva er viktigst?"
                    options:
                      - {id: traffic, label: "Trafikk"}
                      - {id: green, label: "Grøntområder"}
                  - id: q3
                    kind: text
                    text: "Andre innspill?"
                """.formatted(caseNumber));
        TestApi anonymous = TestApi.anonymous(port);
        TestApi staff = TestApi.staff(port);
        String base = "/api/v1/consultations/" + slug + "/responses";
        for (int i = 0; i < RESPONSES - 4; i++) {
            post(anonymous, base, "Innbygger " + i, i % 3 == 0 ? "organisation" : "person", i % 2 == 0 ? "yes" : "no",
                    i % 2 == 0 ? "traffic\", \"green" : "green", "Felles pasientjournal for innbygger " + i, null);
        }
        post(anonymous, base, "=HYPERLINK(\\\"http://evil\\\")", "person", "no", "traffic", "@SUM(A1)", null);
        post(anonymous, base, "-2+3", "person", "yes", "green", "+47 123", null);
        post(staff, base, "Brevskriver", "person", "no", "traffic", "Sendt i posten; trafikk er viktig", "\"channel\": \"email\", \"receivedAt\": \"2026-11-20T10:15:00+01:00\"");
        post(staff, base, "Nettskjemabruker", "organisation", "yes", "green", "Hei", "\"channel\": \"web\"");
        consultation = consultations.getBySlug(slug);
    }

    private static void post(TestApi api, String path, String name, String kind, String choice, String choices, String text, String extra) {
        String json = """
                {"respondent": {"name": "%s", "kind": "%s", "organisationNumber": null, "email": null},
                 "answers": {"q1": {"choice": "%s", "text": "Begrunnelse"}, "q2": {"choices": ["%s"]}, "q3": {"text": "%s"}}%s}"""
                .formatted(name, kind, choice, choices, text, extra == null ? "" : ", " + extra);
        var reply = api.postJson(path, json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private HttpResponse<byte[]> get(String path, String... headers) {
        String token = Base64.getEncoder().encodeToString((TestApi.STAFF_USER + ":" + TestApi.STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return send(path, headers, "Basic " + token);
    }

    private HttpResponse<byte[]> send(String path, String[] headers, String authorization) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String api(String file) {
        return "/api/v1/consultations/" + slug + "/export/" + file;
    }

    private static List<CSVRecord> csv(byte[] body, char separator) throws IOException {
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static Map<String, String> byHeader(List<CSVRecord> records, String documentNumber) {
        CSVRecord header = records.get(0);
        CSVRecord row = records.stream().skip(1).filter(r -> r.get(0).equals(documentNumber)).findFirst().orElseThrow();
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), row.get(i));
        }
        return cells;
    }

    private String numberOf(String name) {
        return responses.page(consultation, ResponseFilter.all(), ResponseSort.DEFAULT, null, 100).responses().stream()
                .filter(r -> r.respondent().name().equals(name)).findFirst().orElseThrow().documentNumber();
    }

    @Test
    void csv_in_bokmal_with_semicolons_by_default() throws IOException {
        HttpResponse<byte[]> reply = get(api("responses.csv"));
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("UTF-8");
        assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"horingssvar-" + caseNumber.replace('/', '-') + ".csv\"");
        List<CSVRecord> records = csv(reply.body(), ';');
        assertThat(records).hasSize(RESPONSES + 1);
        assertThat(records.get(0).toList()).startsWith("Dokumentnummer", "Mottatt (Europe/Oslo)", "Kanal", "For sent", "Innsender",
                        "Type innsender")
                .endsWith("1 Er du enig i forslaget?", "1 Er du enig i forslaget? (utdyping)", "2 Hva er viktigst?",
                        "2 Hva er viktigst? (utdyping)", "3 Andre innspill?");
        Map<String, String> web = byHeader(records, numberOf("Nettskjemabruker"));
        assertThat(web).containsEntry("Kanal", "Nettskjema").containsEntry("For sent", "Nei").containsEntry("Type innsender", "Organisasjon")
                .containsEntry("1 Er du enig i forslaget?", "Ja").containsEntry("1 Er du enig i forslaget? (utdyping)", "Begrunnelse")
                .containsEntry("2 Hva er viktigst?", "Grøntområder").containsEntry("Navnet publiseres", "Ja");
        assertThat(web.get("Mottatt (Europe/Oslo)")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        Map<String, String> letter = byHeader(records, numberOf("Brevskriver"));
        assertThat(letter).containsEntry("Mottatt (Europe/Oslo)", "2026-11-20 10:15:00").containsEntry("Kanal", "E-post")
                .containsEntry("Type innsender", "Privatperson").containsEntry("3 Andre innspill?", "Sendt i posten; trafikk er viktig");
        assertThat(byHeader(records, numberOf("Innbygger 0"))).containsEntry("2 Hva er viktigst?", "Trafikk; Grøntområder");
    }

    @Test
    void csv_in_english_with_commas_and_in_nynorsk_on_the_staff_pages() throws IOException {
        List<CSVRecord> english = csv(get(api("responses.csv?separator=comma"), "Accept-Language", "en-GB,en;q=0.9").body(), ',');
        assertThat(english).hasSize(RESPONSES + 1);
        assertThat(english.get(0).toList()).startsWith("Document number", "Received (Europe/Oslo)", "Channel", "Late");
        assertThat(byHeader(english, numberOf("Nettskjemabruker"))).containsEntry("Channel", "Web form").containsEntry("Late", "No")
                .containsEntry("Respondent type", "Organisation");

        assertThat(csv(get(api("responses.csv"), "Accept-Language", "nn-NO, nb;q=0.5").body(), ';').get(0).get(1))
                .isEqualTo("Motteke (Europe/Oslo)");
        assertThat(csv(get(api("responses.csv"), "Accept-Language", "sv-SE, de").body(), ';').get(0).get(0)).isEqualTo("Dokumentnummer");
        assertThat(csv(get(api("responses.csv"), "Accept-Language", ";;;q=x,,").body(), ';').get(0).get(0)).isEqualTo("Dokumentnummer");

        WebSession caseWorker = new WebSession(port);
        caseWorker.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        WebSession.Page nynorsk = caseWorker.get("/saksbehandler/horinger/" + slug + "/eksport.csv?lang=nn&kind=organisation");
        assertThat(nynorsk.status()).isEqualTo(200);
        List<CSVRecord> records = csv(nynorsk.bytes(), ';');
        assertThat(records.get(0).get(1)).isEqualTo("Motteke (Europe/Oslo)");
        assertThat(records).hasSize(1 + responses.count(consultation, new ResponseFilter.Params(null, "organisation", null, null,
                null, null, null, null, null, null).filter()));
        assertThat(csv(caseWorker.get("/saksbehandler/horinger/" + slug + "/eksport.csv?separator=comma").bytes(), ',').get(0).get(1))
                .as("the language chosen stays").isEqualTo("Motteke (Europe/Oslo)");
    }

    @Test
    void a_question_with_parts_has_a_column_per_part_headed_by_the_question_number_and_the_part() throws IOException {
        List<String> header = csv(get("/api/v1/consultations/22-414/export/responses.csv?kind=organisation").body(), ';').get(0).toList();
        assertThat(header).anyMatch(h -> h.startsWith("1 Kan dere stille dere bak de fem strategiske målene"))
                .contains("2 Har dere tilbakemelding på de fem strategiske målene med målindikatorer?",
                        "2 Mål 1: Aktiv medvirkning i egen og næres helse", "2 Mål 3: Helsedata til fornying og forbedring",
                        "4 Andre innspill og tilbakemeldinger?");
        assertThat(header.indexOf("2 Mål 3: Helsedata til fornying og forbedring"))
                .isEqualTo(header.indexOf("2 Mål 2: Enklere arbeidshverdag") + 1);
    }

    @Test
    void labels_by_id_for_integrations() throws IOException {
        List<CSVRecord> records = csv(get(api("responses.csv?labels=ids&separator=comma")).body(), ',');
        assertThat(records.get(0).toList()).startsWith("documentNumber", "receivedAt", "channel", "late", "respondentName")
                .endsWith("q1", "q1.text", "q2", "q2.text", "q3");
        Map<String, String> letter = byHeader(records, numberOf("Innbygger 0"));
        assertThat(letter).containsEntry("channel", "api").containsEntry("late", "false").containsEntry("respondentKind", "organisation")
                .containsEntry("q1", "yes").containsEntry("q2", "traffic;green").containsEntry("publicationName", "publish");
        assertThat(letter.get("receivedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*\\+0[12]:00");
    }

    @Test
    void every_filter_and_a_search_hold_the_rows_the_list_counts() throws IOException {
        List<String> queries = List.of("choice=q1:yes", "choice=q1:no&choice=q2:traffic", "kind=organisation", "kind=person&choice=q1:yes",
                "channel=email", "channel=api", "late=no", "late=yes", "attachments=no", "attachments=yes", "invitee=no",
                "answered=q3", "answered=q1", "q=pasientjournal", "q=pasientjournal&in=q3", "q=%22felles+pasientjournal%22",
                "q=innbygger*&kind=person&choice=q1:no", "q=trafikk+-posten", "versions=all", "q=ingenting+slikt+finnes");
        for (String query : queries) {
            ResponseFilter filter = params(query).filter();
            Set<String> listed = new HashSet<>();
            String cursor = null;
            do {
                ResponseSort.Page page = responses.page(consultation, filter, ResponseSort.DEFAULT, cursor, 5);
                page.responses().forEach(r -> listed.add(r.documentNumber()));
                cursor = page.next();
            } while (cursor != null);
            HttpResponse<byte[]> reply = get(api("responses.csv?labels=ids&" + query));
            assertThat(reply.statusCode()).as(query).isEqualTo(200);
            List<CSVRecord> rows = csv(reply.body(), ';');
            assertThat(rows.stream().skip(1).map(r -> r.get(0)).toList()).as(query)
                    .hasSize(responses.count(consultation, filter)).containsExactlyInAnyOrderElementsOf(listed);
            boolean narrowed = !query.startsWith("versions=");
            assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow()).as(query)
                    .endsWith(narrowed ? "-utvalg.csv\"" : caseNumber.replace('/', '-') + ".csv\"");
            assertThat(get(api("responses.jsonl?" + query)).body().length == 0 ? 0
                    : new String(get(api("responses.jsonl?" + query)).body(), StandardCharsets.UTF_8).split("\n").length)
                    .as(query).isEqualTo(listed.size());
        }
        assertThat(csv(get(api("responses.csv?q=pasientjournal")).body(), ';')).hasSize(1 + RESPONSES - 4);
    }

    private static ResponseFilter.Params params(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            values.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        java.util.function.Function<String, String> one = name -> values.containsKey(name) ? values.get(name).get(0) : null;
        return new ResponseFilter.Params(values.get("choice"), one.apply("kind"), one.apply("channel"), one.apply("late"),
                one.apply("attachments"), one.apply("invitee"), one.apply("answered"), one.apply("q"), one.apply("in"),
                one.apply("versions"));
    }

    @Test
    void no_cell_starts_a_formula() throws IOException {
        for (String query : List.of("responses.csv", "responses.csv?labels=ids", "responses.csv?separator=comma")) {
            List<CSVRecord> records = csv(get(api(query)).body(), query.contains("comma") ? ',' : ';');
            for (CSVRecord record : records) {
                for (String cell : record) {
                    assertThat(cell.isEmpty() ? "" : cell.substring(0, 1)).as(query + ": " + cell).isNotIn("=", "+", "-", "@", ";", "\t", "\r");
                }
            }
            assertThat(records.stream().flatMap(r -> r.toList().stream()))
                    .contains("'=HYPERLINK(\"http://evil\")", "'@SUM(A1)", "'-2+3", "'+47 123");
        }
    }

    @Test
    void xlsx_has_a_sheet_per_section_with_a_frozen_bold_header_and_date_cells() throws IOException {
        HttpResponse<byte[]> reply = get(api("responses.xlsx"));
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow()).endsWith(".xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet answers = workbook.getSheetAt(0);
            Sheet second = workbook.getSheetAt(1);
            assertThat(answers.getSheetName()).isEqualTo("Svar");
            assertThat(second.getSheetName()).isEqualTo("Del 2 Nærmiljø trafikk utkast o").hasSizeLessThanOrEqualTo(31);
            for (Sheet sheet : List.of(answers, second)) {
                assertThat(sheet.getLastRowNum()).isEqualTo(RESPONSES);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Dokumentnummer");
            }
            assertThat(header(answers)).startsWith("Dokumentnummer", "Mottatt (Europe/Oslo)")
                    .endsWith("1 Er du enig i forslaget?", "1 Er du enig i forslaget? (utdyping)");
            assertThat(header(second)).containsExactly("Dokumentnummer", "Innsender", "2 Hva er viktigst?",
                    "2 Hva er viktigst? (utdyping)", "3 Andre innspill?");
            for (int r = 1; r <= RESPONSES; r++) {
                assertThat(second.getRow(r).getCell(0).getStringCellValue()).isEqualTo(answers.getRow(r).getCell(0).getStringCellValue());
                Cell received = answers.getRow(r).getCell(1);
                assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(received)).isTrue();
                for (Cell cell : second.getRow(r)) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
            assertThat(answers.getRow(1).getCell(0).getStringCellValue()).isEqualTo(caseNumber + "-1");
            int evil = java.util.stream.IntStream.rangeClosed(1, RESPONSES)
                    .filter(r -> answers.getRow(r).getCell(4).getStringCellValue().startsWith("=HYPERLINK")).findFirst().orElseThrow();
            assertThat(answers.getRow(evil).getCell(4).getCellType()).isEqualTo(CellType.STRING);
        }
        try (XSSFWorkbook filtered = new XSSFWorkbook(new ByteArrayInputStream(get(api("responses.xlsx?kind=organisation&q=pasientjournal")).body()))) {
            assertThat(filtered.getSheetAt(0).getLastRowNum()).isEqualTo(responses.count(consultation,
                    params("kind=organisation&q=pasientjournal").filter()));
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    @Test
    void json_array_and_json_lines() {
        HttpResponse<byte[]> array = get(api("responses.json"));
        assertThat(array.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode all = TestApi.parse(new String(array.body(), StandardCharsets.UTF_8));
        assertThat(all.size()).isEqualTo(RESPONSES);
        assertThat(all.get(0).get("documentNumber").stringValue()).isEqualTo(caseNumber + "-1");
        assertThat(all.get(0).at("/answers/q1/choice").stringValue()).isEqualTo("yes");

        HttpResponse<byte[]> lines = get(api("responses.jsonl?choice=q1:yes"));
        assertThat(lines.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        String text = new String(lines.body(), StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        List<String> objects = text.lines().toList();
        assertThat(objects).hasSize(responses.count(consultation, params("choice=q1:yes").filter()));
        objects.forEach(line -> assertThat(TestApi.parse(line).at("/answers/q1/choice").stringValue()).isEqualTo("yes"));

        assertThat(new String(get(api("responses.json?q=ingenting+slikt")).body(), StandardCharsets.UTF_8)).isEqualTo("[]");
        assertThat(get(api("responses.jsonl?q=ingenting+slikt")).body()).isEmpty();
    }

    @Test
    void bad_parameters_are_refused_with_the_field_named() {
        Map<String, String> bad = Map.of("kind=robot", "kind", "separator=tab", "separator", "labels=names", "labels",
                "late=maybe", "late", "choice=q1", "choice", "versions=some", "versions", "answered=%3Cscript%3E", "answered",
                "q=" + "a".repeat(2000), "q");
        bad.forEach((query, field) -> {
            for (String file : List.of("responses.csv", "responses.xlsx", "responses.jsonl")) {
                HttpResponse<byte[]> reply = get(api(file + "?" + query));
                // a bad query parameter is a 400 (InvalidParameterException, as the list answers it); never a 500 or a partial file
                assertThat(reply.statusCode()).as(query).isEqualTo(400);
                assertThat(reply.headers().firstValue("Content-Type").orElseThrow()).as(query).startsWith("application/problem+json");
                assertThat(reply.headers().firstValue("Content-Disposition")).as(query).isEmpty();
                assertThat(new String(reply.body(), StandardCharsets.UTF_8)).as(query).contains("\"" + field + "\"");
            }
        });
        assertThat(get(api("responses.pdf")).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/consultations/ingen-slik/export/responses.csv").statusCode()).isEqualTo(404);
        for (String hostile : List.of("q=%27%29%3B+drop+table+response%3B--", "q=%22", "q=%3A*%26%7C%21", "choice=q1:%27%3B--",
                "in=q1&q=x", "answered=q9")) {
            assertThat(get(api("responses.csv?" + hostile)).statusCode()).as(hostile).isIn(200, 400);
        }

        WebSession caseWorker = new WebSession(port);
        caseWorker.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        WebSession.Page page = caseWorker.get("/saksbehandler/horinger/" + slug + "/eksport.xlsx?kind=robot");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
    }

    @Test
    void the_rows_come_from_a_cursor_in_a_read_only_transaction() {
        // pgjdbc streams a result only with autocommit off and a fetch size: without the transaction it would read all rows first
        List<Integer> chunks = new ArrayList<>();
        responses.forEachChunk(consultation, ResponseFilter.all(), chunk -> {
            assertThat(org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
            assertThat(org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly()).isTrue();
            chunks.add(chunk.size());
        });
        assertThat(chunks).containsExactly(RESPONSES);
    }

    @Test
    void only_staff_may_export() {
        for (String file : List.of("responses.csv", "responses.xlsx", "responses.json", "responses.jsonl")) {
            HttpResponse<byte[]> anonymous = send(api(file), new String[0], null);
            assertThat(anonymous.statusCode()).as(file).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            String wrong = Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8));
            assertThat(send(api(file), new String[0], "Basic " + wrong).statusCode()).isEqualTo(401);
        }
        for (String file : List.of("eksport.csv", "eksport.xlsx", "eksport.json", "eksport.jsonl")) {
            WebSession.Page page = new WebSession(port).get("/saksbehandler/horinger/" + slug + "/" + file);
            assertThat(page.status()).as(file).isEqualTo(302);
            assertThat(page.location()).endsWith("/logg-inn");
        }
    }
}
