package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.innspill.document.word.WordFormReader;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinitions;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A consultation whose form has a heading, a required multiple choice, a required text with help and an optional
 * text, created through the API and answered through the API and the web form as a browser without JavaScript does.
 */
@IntegrationTest
class QuestionKindsIT {

    @LocalServerPort
    int port;
    TestApi anonymous;
    TestApi staff;
    String slug;
    String path;

    @BeforeEach
    void openConsultation() {
        anonymous = TestApi.anonymous(port);
        staff = TestApi.staff(port);
        String caseNumber = TestForms.newCaseNumber();
        slug = caseNumber.replace('/', '-');
        path = "/api/v1/consultations/" + slug;
        Reply created = staff.post("/api/v1/consultations", "application/yaml", TestForms.kinds(caseNumber).getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(staff.post(path + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
    }

    @Test
    void the_api_takes_a_multiple_choice_and_gives_it_back_in_the_forms_order() {
        Reply reply = anonymous.postJson(path + "/responses", """
                {"respondent": {"name": "Skoleveien velforening", "kind": "organisation"},
                 "answers": {"concerns": {"choices": ["noise", "traffic"], "text": "Mest om morgenen"},
                             "reason": {"text": "Barna går til skolen her."}}}""");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String number = reply.json().get("documentNumber").stringValue().replaceAll(".*-", "");

        JsonNode stored = staff.get(path + "/responses/" + number).json();
        assertThat(stored.get("answers").propertyNames()).containsExactly("concerns", "reason", "other");
        assertThat(stored.at("/answers/concerns/choices").values()).extracting(JsonNode::stringValue).containsExactly("traffic", "noise");
        assertThat(stored.at("/answers/concerns").has("choice")).isFalse();
        assertThat(stored.at("/answers/concerns/text").stringValue()).isEqualTo("Mest om morgenen");
        assertThat(stored.at("/answers/reason").propertyNames()).containsExactly("text");
        assertThat(stored.at("/answers/other/text").isNull()).isTrue();

        WebSession staffWeb = loggedIn();
        String export = new String(staffWeb.get("/saksbehandler/horinger/" + slug + "/eksport.csv?labels=ids&separator=comma").bytes(), StandardCharsets.UTF_8);
        assertThat(export.lines().findFirst().orElseThrow()).endsWith("concerns,concerns.text,reason,other");
        assertThat(export).contains("traffic;noise,Mest om morgenen,Barna går til skolen her.,");
        Page page = staffWeb.get("/saksbehandler/horinger/" + slug + "/svar/" + number);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".innspill-choice-chosen").eachText()).containsExactly("☒ Trafikk, utdyp gjerne (valgt)",
                "☒ Støy, utdyp gjerne (valgt)");
        assertThat(page.text()).contains("Del 1: Nærmiljøet", "(må fylles ut)");
        Page list = staffWeb.get("/saksbehandler/horinger/" + slug);
        assertThat(list.text()).contains("Trafikk, Støy");
    }

    @Test
    void the_api_refuses_a_response_that_leaves_a_required_question_open_and_one_that_breaks_the_multiple_choice() {
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"}, "answers": {"other": {"text": "Bare dette"}}}""",
                List.of("answers.concerns.choices", "answers.reason.text"), "required-answer");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"},
                 "answers": {"concerns": {"choices": []}, "reason": {"text": "Fordi"}}}""",
                List.of("answers.concerns.choices"), "required-answer");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"},
                 "answers": {"concerns": {"choices": ["traffic", "parking"]}, "reason": {"text": "Fordi"}}}""",
                List.of("answers.concerns.choices"), "invalid-option");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"},
                 "answers": {"concerns": {"choices": ["green", "green"]}, "reason": {"text": "Fordi"}}}""",
                List.of("answers.concerns.choices"), "duplicate-choice");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"},
                 "answers": {"concerns": {"choice": "green"}, "reason": {"text": "Fordi"}}}""",
                List.of("answers.concerns.choice", "answers.concerns.choices"), null);
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"},
                 "answers": {"concerns": {"choices": ["green"]}, "reason": {"text": "Fordi", "choices": ["green"]}}}""",
                List.of("answers.reason.choices"), "choices-not-allowed");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"},
                 "answers": {"concerns": {"choices": "green"}, "reason": {"text": "Fordi"}}}""",
                List.of("answers.concerns.choices"), "invalid-choices");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"},
                 "answers": {"concerns": {"choices": [1, null]}, "reason": {"text": "Fordi"}}}""",
                List.of("answers.concerns.choices"), "invalid-choices");
        assertRejected("""
                {"respondent": {"name": "X", "kind": "person"},
                 "answers": {"concerns": {"choices": ["green"]}, "reason": {"text": "Fordi"}, "area": {"text": "Overskrift"}}}""",
                List.of("answers.area"), "heading-answered");
        assertThat(staff.get(path + "/responses").json().size()).as("nothing stored").isZero();
    }

    @Test
    void the_forms_json_has_the_heading_and_the_new_fields() {
        JsonNode questions = anonymous.get(path + "/form").json().get("questions");

        assertThat(questions.values()).extracting(question -> question.get("kind").stringValue())
                .containsExactly("heading", "multiple-choice", "text", "text");
        assertThat(questions.get(0).get("help").stringValue()).isEqualTo("Spørsmålene gjelder området rundt skolen.");
        assertThat(questions.get(1).get("required").booleanValue()).isTrue();
        assertThat(questions.get(3).get("required").booleanValue()).isFalse();
        assertThat(questions.get(1).has("heading")).as("derived, not a field").isFalse();
        assertThat(questions.get(1).has("options")).isTrue();
    }

    @Test
    void staff_register_a_paper_response_as_it_came_even_with_a_required_question_open() {
        Reply reply = staff.postJson(path + "/responses", """
                {"respondent": {"name": "Papirsvar", "kind": "person"}, "channel": "paper",
                 "answers": {"other": {"text": "Skrevet for hånd"}}}""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String number = reply.json().get("documentNumber").stringValue().replaceAll(".*-", "");
        JsonNode stored = staff.get(path + "/responses/" + number).json();
        assertThat(stored.at("/answers/concerns/choices").size()).isZero();
        assertThat(stored.at("/answers/reason/text").isNull()).isTrue();
    }

    @Test
    void the_web_form_shows_the_heading_help_and_required_marks_and_check_boxes_in_a_fieldset() {
        Page form = new WebSession(port).get("/horinger/" + slug + "/svar");
        assertThat(form.status()).isEqualTo(200);

        assertThat(form.html().select("h2").eachText()).contains("Del 1: Nærmiljøet",
                "1) Hva er dere mest opptatt av? (må fylles ut)", "2) Hvorfor? (må fylles ut)", "3) Andre innspill?");
        Element fieldset = form.html().getElementById("a-concerns-choice-traffic").closest("fieldset");
        assertThat(fieldset.selectFirst("legend").text()).isEqualTo("Velg ett eller flere svar på spørsmål 1 (må fylles ut)");
        assertThat(fieldset.select("input[type=checkbox]").eachAttr("name")).containsExactly("concerns.choices", "concerns.choices",
                "concerns.choices");
        assertThat(fieldset.select("input[type=checkbox]").eachAttr("value")).containsExactly("traffic", "green", "noise");
        assertThat(fieldset.select("label").eachText()).containsExactly("Trafikk, utdyp gjerne", "Grøntområder, utdyp gjerne",
                "Støy, utdyp gjerne");
        Element reason = form.html().getElementById("a-reason-text");
        assertThat(reason.attr("aria-required")).isEqualTo("true");
        assertThat(reason.attr("aria-describedby")).startsWith("q-reason-help ");
        assertThat(form.html().getElementById("q-reason-help").text()).isEqualTo("Skriv kort hva planen betyr for dere.");
        assertThat(form.html().select("label[for=a-reason-text]").text()).isEqualTo("Ditt svar (må fylles ut)");
        assertThat(form.html().getElementById("a-other-text").hasAttr("aria-required")).isFalse();
        assertThat(form.html().select("[name=area.text], [name=area.choice]")).as("a heading takes no answer").isEmpty();
    }

    @Test
    void the_web_form_names_each_required_question_left_open_and_keeps_the_ticked_boxes() {
        WebSession web = new WebSession(port);
        Page form = web.get("/horinger/" + slug + "/svar");

        Page invalid = web.submitAndFollow(form.form("#response-form"), Map.of(
                "respondent.name", "Nabo", "respondent.kind", "person", "other.text", "Noe annet"), "preview");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.html().select(".ds-error-summary a").eachAttr("href")).containsExactly("#a-concerns-choice-traffic",
                "#a-reason-text");
        assertThat(invalid.html().select(".ds-error-summary a").eachText()).containsExactly(
                "Svar på spørsmål 1. Det må fylles ut.", "Svar på spørsmål 2. Det må fylles ut.");
        assertThat(invalid.html().getElementById("a-reason-text").attr("aria-invalid")).isEqualTo("true");

        Page english = web.submit(form.form("#response-form"), Map.of("respondent.name", "Nabo", "respondent.kind", "person"),
                "/horinger/" + slug + "/svar?lang=en");
        assertThat(english.html().select(".ds-error-summary a").eachText()).contains("Answer question 1. It is required.");
        web.get("/horinger/" + slug + "/svar?lang=nb");

        Page stillInvalid = web.follow(web.submitAll(form.form("#response-form"), Map.of(
                "respondent.name", List.of("Nabo"), "respondent.kind", List.of("person"),
                "concerns.choices", List.of("green", "noise")), "preview"));
        assertThat(stillInvalid.status()).isEqualTo(422);
        assertThat(stillInvalid.html().select("input[name=concerns.choices][checked]").eachAttr("value")).containsExactly("green", "noise");
        assertThat(stillInvalid.html().select(".ds-error-summary a").eachAttr("href")).containsExactly("#a-reason-text");
    }

    @Test
    void a_hostile_post_of_check_boxes_gets_a_clear_message_and_no_500() {
        WebSession web = new WebSession(port);
        Element form = web.get("/horinger/" + slug + "/svar").form("#response-form");
        Map<String, List<String>> base = Map.of("respondent.name", List.of("Nabo"), "respondent.kind", List.of("person"),
                "reason.text", List.of("Fordi"));

        Page twice = web.follow(web.submitAll(form, with(base, "concerns.choices", List.of("green", "green")), "preview"));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.html().select(".ds-error-summary a").eachText()).containsExactly("Hvert svaralternativ kan bare velges én gang.");

        Page unknown = web.follow(web.submitAll(form, with(base, "concerns.choices", List.of("traffic", "<script>x</script>")), "preview"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.html().select(".ds-error-summary a").eachText()).containsExactly("Velg et av svaralternativene.");
        assertThat(unknown.html().select(".ds-error-summary a").eachAttr("href")).containsExactly("#a-concerns-choice-traffic");

        Page many = web.follow(web.submitAll(form, with(base, "concerns.choices", java.util.Collections.nCopies(300, "noise")), "preview"));
        assertThat(many.status()).isEqualTo(422);
        assertThat(many.html().select(".ds-error-summary a").eachText()).containsExactly("Hvert svaralternativ kan bare velges én gang.");
        Page tooMany = web.follow(web.submitAll(form, with(base, "concerns.choices", java.util.Collections.nCopies(5000, "noise")), "preview"));
        assertThat(tooMany.status()).as("refused by the server's parameter limit, not an error").isBetween(400, 499);

        Page heading = web.follow(web.submitAll(form, with(with(base, "concerns.choices", List.of("noise")), "area.text", List.of("Til overskriften")),
                "preview"));
        assertThat(heading.status()).as("what a heading cannot take is not read from the post").isEqualTo(200);
    }

    private static Map<String, List<String>> with(Map<String, List<String>> fields, String name, List<String> values) {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(fields);
        all.put(name, values);
        return all;
    }

    @Test
    void the_web_form_sends_a_multiple_choice_through_preview_and_receipt() {
        WebSession web = new WebSession(port);
        Page preview = web.follow(web.submitAll(web.get("/horinger/" + slug + "/svar").form("#response-form"), Map.of(
                "respondent.name", List.of("Nabo"), "respondent.kind", List.of("person"),
                "concerns.choices", List.of("noise", "traffic"), "reason.text", List.of("Skoleveien er smal.")), "preview"));
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.html().select(".innspill-choice-chosen").eachText()).containsExactly("☒ Trafikk, utdyp gjerne (valgt)",
                "☒ Støy, utdyp gjerne (valgt)");
        // the preview is a page of the draft: the ticked boxes are kept there, not in hidden fields
        assertThat(new WebSession(port).get(preview.html().getElementById("edit-link").attr("href"))
                .html().select("input[name=concerns.choices][checked]").eachAttr("value")).containsExactly("traffic", "noise");

        Page sent = web.submit(preview.form("#send-form"), Map.of());
        assertThat(sent.status()).isEqualTo(302);
        Page receipt = web.get(sent.location());
        assertThat(receipt.html().select(".innspill-choice-chosen").eachText()).hasSize(2);
        String number = receipt.html().getElementById("document-number").text().replaceAll(".*-", "");
        JsonNode stored = staff.get(path + "/responses/" + number).json();
        assertThat(stored.at("/answers/concerns/choices").values()).extracting(JsonNode::stringValue).containsExactly("traffic", "noise");
        assertThat(stored.get("channel").stringValue()).isEqualTo("web");
    }

    @Test
    void a_draft_keeps_the_ticked_boxes() {
        WebSession web = new WebSession(port);
        Page saved = web.submitAll(web.get("/horinger/" + slug + "/svar").form("#response-form"), Map.of(
                "respondent.name", List.of("Utkast"), "concerns.choices", List.of("green", "noise")), "save");
        assertThat(saved.status()).isEqualTo(302);

        Page resumed = new WebSession(port).get(saved.location().replaceAll("\\?.*", ""));

        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.html().select("input[name=concerns.choices][checked]").eachAttr("value")).containsExactly("green", "noise");
    }

    @Test
    void the_blank_pdf_and_word_forms_hold_the_heading_the_options_and_the_required_marks() throws Exception {
        WebSession web = new WebSession(port);
        Page pdf = web.get("/horinger/" + slug + "/skjema.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.bytes())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Del 1: Nærmiljøet",
                    "Spørsmålene gjelder området rundt skolen.", "1) Hva er dere mest opptatt av? (må fylles ut)",
                    "Kryss av for ett eller flere svar.", "☐ Trafikk, utdyp gjerne", "☐ Grøntområder, utdyp gjerne",
                    "☐ Støy, utdyp gjerne", "Skriv kort hva planen betyr for dere.", "3) Andre innspill?");
        }

        Page word = web.get("/horinger/" + slug + "/skjema.docx");
        assertThat(word.status()).isEqualTo(200);
        var form = FormDefinitions.parse("questions:\n" + TestForms.kinds("1/1").split("questions:\n")[1]);
        var read = WordFormReader.read(word.bytes(), form, slug.replace('-', '/'));
        assertThat(read.answers().keySet()).containsExactly("concerns", "reason", "other");
        assertThat(read.answers().values()).allMatch(Answer::isEmpty);
        assertThat(read.warnings()).isEmpty();
    }

    private void assertRejected(String body, List<String> fields, String code) {
        Reply reply = anonymous.postJson(path + "/responses", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<JsonNode> errors = reply.json().get("errors").values().stream().toList();
        assertThat(errors).as(reply.body()).extracting(error -> error.get("field").stringValue()).containsAll(fields);
        if (code != null) {
            for (String field : fields) {
                assertThat(errors).as("%s with %s in %s", field, code, reply.body())
                        .anyMatch(error -> error.get("field").stringValue().equals(field) && code.equals(error.path("code").asString()));
            }
        }
    }

    private WebSession loggedIn() {
        WebSession web = new WebSession(port);
        assertThat(web.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD).location()).endsWith("/saksbehandler");
        return web;
    }
}
