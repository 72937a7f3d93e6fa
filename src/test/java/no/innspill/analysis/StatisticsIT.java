package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import no.innspill.testing.EveryKindForm;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.Multipart;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestFiles;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * The statistics page, its downloads and the API over known responses (issue 13): the figures, with filters and a
 * search, each format read back by a parser, bad filters, an empty consultation, and staff only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsIT {

    @LocalServerPort
    int port;

    private String slug;
    private String emptySlug;
    private WebSession staff;

    @BeforeAll
    void register() {
        slug = TestConsultations.open(port, EveryKindForm.yaml(TestForms.newCaseNumber()));
        emptySlug = TestConsultations.open(port, EveryKindForm.yaml(TestForms.newCaseNumber()));
        TestApi anonymous = TestApi.anonymous(port);
        String path = "/api/v1/consultations/" + slug + "/responses";
        var withFile = anonymous.post(path, Multipart.CONTENT_TYPE, new Multipart()
                .json("response", response("Skoleveien vel", "organisation", "yes", "[\"traffic\", \"green\"]",
                        "\"reason\": {\"text\": \"Trafikken er farlig\"}, \"goals.goal1\": {\"text\": \"Trygg\"},"))
                .file("files", "kart.pdf", "application/pdf", TestFiles.pdf())
                .bytes());
        assertThat(withFile.status()).as(withFile.toString()).isEqualTo(201);
        post(anonymous, path, response("Bydel Nord", "organisation", "no", "[\"traffic\"]", ""));
        post(anonymous, path, response("Ola Nordmann", "person", "yes", "[]", "\"reason\": {\"text\": \"Fint\"},"));
        post(anonymous, path, response("Kari Nordmann", "person", "yes", "[]", ""));
        String paper = response("Per Papir", "person", "no", "[]", "").replaceFirst("\\{", "{\"channel\": \"paper\", \"receivedAt\": \"2025-11-03T09:00:00Z\",");
        post(TestApi.staff(port), path, paper);
        staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
    }

    private static String response(String name, String kind, String support, String concerns, String more) {
        return """
                {"respondent": {"name": "%s", "kind": "%s", "organisationNumber": null, "email": null},
                 "answers": {"support": {"choice": "%s"}, "concerns": {"choices": %s}, %s "goals": {"text": "Bra"}}}"""
                .formatted(name, kind, support, concerns, more);
    }

    private static void post(TestApi api, String path, String json) {
        var reply = api.postJson(path, json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private JsonNode api(String query) {
        var reply = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/statistics" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode question(JsonNode statistics, String id) {
        for (JsonNode question : statistics.get("questions")) {
            if (question.get("id").asString().equals(id)) {
                return question;
            }
        }
        throw new AssertionError("no question " + id);
    }

    @Test
    void the_api_counts_kinds_choices_answers_parts_files_channels_and_days() {
        JsonNode all = api("");
        assertThat(all.get("total").asLong()).isEqualTo(5);
        assertThat(all.get("byKind").get("organisation").asLong()).isEqualTo(2);
        assertThat(all.get("byKind").get("person").asLong()).isEqualTo(3);
        assertThat(all.get("byChannel").get("paper").asLong()).isEqualTo(1);
        assertThat(all.get("late").asLong()).isZero();
        JsonNode support = question(all, "support");
        assertThat(support.get("options").get(0).get("count").asLong()).isEqualTo(3);
        assertThat(support.get("options").get(0).get("byKind").get("organisation").asLong()).isEqualTo(1);
        assertThat(support.get("options").get(0).get("byKind").get("person").asLong()).isEqualTo(2);
        assertThat(support.get("options").get(1).get("count").asLong()).isEqualTo(2);
        JsonNode concerns = question(all, "concerns");
        assertThat(concerns.get("options").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(concerns.get("options").get(1).get("count").asLong()).isEqualTo(1);
        assertThat(concerns.get("options").get(2).get("count").asLong()).isZero();
        assertThat(concerns.get("answered").asLong()).isEqualTo(2);
        assertThat(concerns.get("unanswered").asLong()).isEqualTo(3);
        assertThat(question(all, "reason").get("answered").asLong()).isEqualTo(2);
        assertThat(question(all, "goals").get("answered").asLong()).isEqualTo(5);
        assertThat(question(all, "goals").get("parts").get(0).get("answered").asLong()).isEqualTo(1);
        assertThat(question(all, "goals").get("parts").get(1).get("unanswered").asLong()).isEqualTo(5);
        assertThat(question(all, "files").get("answered").asLong()).isEqualTo(1);
        assertThat(all.get("overTime").get(0).get("date").asString()).isEqualTo("2025-11-03");
        long days = 0;
        for (JsonNode day : all.get("overTime")) {
            days += day.get("count").asLong();
        }
        assertThat(days).isEqualTo(5);
        assertThat(all.get("invitees").get("invited").asLong()).isZero();
    }

    @Test
    void filters_and_a_search_narrow_every_figure() {
        JsonNode persons = api("?kind=person");
        assertThat(persons.get("total").asLong()).isEqualTo(3);
        assertThat(question(persons, "support").get("options").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(persons.get("byKind").get("organisation").asLong()).isZero();
        JsonNode yes = api("?choice=support:yes&channel=api");
        assertThat(yes.get("total").asLong()).isEqualTo(3);
        JsonNode searched = api("?q=farlig");
        assertThat(searched.get("total").asLong()).isEqualTo(1);
        assertThat(question(searched, "files").get("answered").asLong()).isEqualTo(1);
        assertThat(api("?q=farlig&in=goals").get("total").asLong()).isZero();
        assertThat(api("?attachments=yes").get("total").asLong()).isEqualTo(1);
        assertThat(api("?invitee=yes").get("total").asLong()).isZero();
    }

    @Test
    void the_api_documents_the_statistics_with_the_filter_parameters() {
        JsonNode operation = TestApi.anonymous(port).get("/v3/api-docs").json()
                .get("paths").get("/api/v1/consultations/{slug}/statistics").get("get");
        List<String> parameters = new java.util.ArrayList<>();
        operation.get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asString()));
        assertThat(parameters).contains("slug", "choice", "kind", "channel", "late", "attachments", "invitee", "q", "in", "versions");
    }

    @Test
    void several_choices_stay_in_the_filter_form_and_every_error_links_to_its_field() {
        WebSession.Page page = staff.get("/saksbehandler/horinger/" + slug + "/statistikk?choice=support:yes&choice=concerns:traffic");
        assertThat(page.html().selectFirst("#statistics-total").text()).contains("1");
        assertThat(page.html().select("#statistics-filter input[type=hidden][name=choice]").attr("value")).isEqualTo("concerns:traffic");
        WebSession.Page bad = staff.get("/saksbehandler/horinger/" + slug + "/statistikk?q=ok&in=%3Cx%3E&answered=%3Cx%3E");
        assertThat(bad.status()).isEqualTo(400);
        for (Element link : bad.html().select("#error-summary a")) {
            assertThat(bad.html().selectFirst(link.attr("href"))).as(link.attr("href")).isNotNull();
        }
    }

    @Test
    void bad_filters_are_a_bad_request_naming_the_parameter() {
        TestApi api = TestApi.staff(port);
        var reply = api.get("/api/v1/consultations/" + slug + "/statistics?kind=alien&late=maybe&choice=%3Cscript%3E");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"kind\"", "\"late\"", "\"choice\"").doesNotContain("Exception");
        assertThat(api.get("/api/v1/consultations/" + slug + "/statistics?q=" + "a".repeat(600)).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/consultations/no-such-case/statistics").status()).isEqualTo(404);

        WebSession.Page page = staff.get("/saksbehandler/horinger/" + slug + "/statistikk?kind=alien");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().selectFirst("#error-summary").text()).contains("Type");
        assertThat(page.html().selectFirst("#statistics-filter")).isNotNull();
        assertThat(staff.get("/saksbehandler/horinger/" + slug + "/statistikk/kind.csv?late=maybe").status()).isEqualTo(400);
        assertThat(staff.get("/saksbehandler/horinger/" + slug + "/statistikk/no-such-chart.svg").status()).isEqualTo(404);
    }

    @Test
    void the_page_shows_each_chart_as_svg_with_its_figures_a_table_and_downloads_keeping_the_filter() {
        WebSession.Page page = staff.get("/saksbehandler/horinger/" + slug + "/statistikk?kind=person");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("#statistics-total").text()).contains("3");
        Element chart = page.html().selectFirst("#chart-choice-support");
        Element svg = chart.selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("chart-choice-support-title chart-choice-support-desc");
        assertThat(svg.selectFirst("desc").text()).contains("Ja: 2 (67").contains("Nei: 1 (33");
        Element table = chart.selectFirst("table");
        assertThat(table.selectFirst("caption").text()).contains("Støtter dere planen?");
        assertThat(table.select("th[scope=col]")).hasSize(3);
        assertThat(table.select("tbody tr").get(0).text()).startsWith("Ja 2 67");
        assertThat(chart.selectFirst("#download-choice-support-png").attr("href"))
                .isEqualTo("/saksbehandler/horinger/" + slug + "/statistikk/choice-support.png?kind=person");
        assertThat(page.html().select("#chart-choice-concerns-by-kind svg desc").text()).contains("Trafikk: Organisasjon 0");
        assertThat(page.html().selectFirst("#chart-answered table").text()).contains("Mål 1: Trygg skolevei");
        assertThat(page.html().selectFirst("#chart-invitees table").text()).contains("–");
    }

    @Test
    void the_svg_parses_as_xml_and_holds_the_figures() throws Exception {
        WebSession.Page svg = staff.get("/saksbehandler/horinger/" + slug + "/statistikk/choice-support.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.bytes()));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(document.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).contains("Ja: 3 (60", "Nei: 2 (40");
        assertThat(document.getDocumentElement().getTextContent()).contains("3 (60");
    }

    @Test
    void the_png_decodes_at_twice_the_drawing() throws Exception {
        WebSession.Page png = staff.get("/saksbehandler/horinger/" + slug + "/statistikk/choice-concerns-by-kind.png");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image.getWidth()).isEqualTo(ChartDrawing.WIDTH * ChartPng.SCALE);
        assertThat(image.getHeight()).isGreaterThan(100);
    }

    @Test
    void the_csv_has_a_bom_semicolons_localized_headers_and_the_figures() throws Exception {
        WebSession.Page csv = staff.get("/saksbehandler/horinger/" + slug + "/statistikk/choice-support-by-kind.csv");
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(0).toList()).containsExactly("Valg", "Organisasjon – antall", "Organisasjon – prosent",
                "Privatperson – antall", "Privatperson – prosent");
        assertThat(records.get(1).toList()).containsExactly("Ja", "1", "50", "2", "66,7");
        assertThat(records).hasSize(3);
    }

    @Test
    void an_empty_consultation_shows_its_charts_without_dividing_by_zero() throws Exception {
        WebSession.Page page = staff.get("/saksbehandler/horinger/" + emptySlug + "/statistikk");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("#statistics-total").text()).contains("0");
        assertThat(page.text()).doesNotContain("NaN").doesNotContain("∞");
        WebSession.Page png = staff.get("/saksbehandler/horinger/" + emptySlug + "/statistikk/answered.png");
        assertThat(ImageIO.read(new ByteArrayInputStream(png.bytes()))).isNotNull();
        var json = TestApi.staff(port).get("/api/v1/consultations/" + emptySlug + "/statistics");
        assertThat(json.json().get("total").asLong()).isZero();
        assertThat(json.json().get("overTime")).isEmpty();
    }

    @Test
    void only_staff_see_the_statistics() {
        WebSession.Page page = new WebSession(port).get("/saksbehandler/horinger/" + slug + "/statistikk");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/logg-inn");
        assertThat(new WebSession(port).get("/saksbehandler/horinger/" + slug + "/statistikk/kind.png").status()).isEqualTo(302);
        assertThat(TestApi.anonymous(port).get("/api/v1/consultations/" + slug + "/statistics").status()).isEqualTo(401);
    }
}
