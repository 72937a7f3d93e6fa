package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The form builder on the staff pages and {@code PUT …/form}, over real HTTP and the real database:
 * every save is a new form version checked by the definition's rules; after opening a change needs a
 * reason and is logged; once answered the structure is frozen; a closed form does not change.
 */
@IntegrationTest
class FormBuilderIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_case_worker_builds_a_drafts_form_question_by_question() {
        String slug = draft();
        WebSession staff = loggedIn();
        var overview = staff.get(builder(slug));
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.html().select("#question-list tbody tr").eachAttr("id")).containsExactly("q-q1", "q-q2");
        assertThat(overview.text()).contains("Høringen er et utkast", "Skjemaversjon 1");

        var editor = staff.get(builder(slug) + "/ny?type=choice");
        assertThat(editor.html().select("input[name^=option-label-]")).hasSize(3);
        var more = staff.submit(editor.form("form[action$=/ny]"), Map.of("option-label-0", "Ja"), "more");
        assertThat(more.html().select("input[name^=option-label-]")).as("more rows, nothing saved").hasSize(6);
        assertThat(more.html().getElementById("option-label-0").val()).isEqualTo("Ja");
        assertThat(version(slug)).isEqualTo(1);

        var added = staff.submit(more.form("form[action$=/ny]"), Map.of("text", "Hvilket alternativ for Nordre gate foretrekker dere?",
                "option-label-0", "Alternativ A: gågate", "option-label-1", "Alternativ B – sykkelvei", "option-label-2", "Vet ikke",
                "position", "2", "elaboration", "yes", "hint", "utdyp gjerne"), "save");
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).as("the free id q2 was taken, so q3").endsWith("/skjema#q-q3");
        var form = staff.get(builder(slug));
        assertThat(form.text()).contains("Spørsmålet q3 er lagt til.");
        assertThat(form.html().select("#question-list tbody tr").eachAttr("id")).containsExactly("q-q1", "q-q3", "q-q2");
        var q3 = question(slug, "q3");
        assertThat(q3.get("number").intValue()).isEqualTo(2);
        assertThat(q3.get("options").findValuesAsString("id")).containsExactly("alternativ_a_gagate", "alternativ_b_sykkelvei", "vet_ikke");
        assertThat(q3.get("elaboration").get("hint").stringValue()).isEqualTo("utdyp gjerne");
        assertThat(version(slug)).isEqualTo(2);

        var edit = staff.get(builder(slug) + "/sporsmal/q3");
        assertThat(edit.html().getElementById("id").val()).isEqualTo("q3");
        assertThat(edit.html().getElementById("option-id-1").val()).isEqualTo("alternativ_b_sykkelvei");
        staff.submit(edit.form("form[action$=/q3]"), Map.of("option-remove-2", "yes", "option-label-0", "Gågate"), "save");
        assertThat(question(slug, "q3").get("options").findValuesAsString("label")).containsExactly("Gågate", "Alternativ B – sykkelvei");

        var moved = staff.submit(staff.get(builder(slug)).form("#q-q3 form[action$=/flytt]"), Map.of("direction", "up"));
        assertThat(moved.location()).endsWith("#q-q3");
        assertThat(questionIds(slug)).containsExactly("q3", "q1", "q2");
        assertThat(question(slug, "q3").get("number").intValue()).isEqualTo(1);

        var removal = staff.get(builder(slug) + "/sporsmal/q2/fjern");
        assertThat(removal.text()).contains("Fjerne spørsmål 3?");
        staff.submit(removal.form("form[action$=/fjern]"), Map.of());
        assertThat(questionIds(slug)).containsExactly("q3", "q1");

        var intro = staff.submit(staff.get(builder(slug)).form("form[action$=/innledning]"),
                Map.of("intro", "Kommunen legger fram planen.\n• Les planen først", "themes", "Trafikk\n\nGrøntområder\n"));
        assertThat(intro.status()).isEqualTo(302);
        var api = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/form").json();
        assertThat(api.get("intro").stringValue()).isEqualTo("Kommunen legger fram planen.\n• Les planen først");
        assertThat(api.get("themes").valueStream().map(t -> t.stringValue()).toList()).containsExactly("Trafikk", "Grøntområder");
        assertThat(jdbc.queryForObject("select count(*) from consultation_change c join consultation k on k.id = c.consultation_id"
                + " where k.case_number = ? and c.field = 'form'", Integer.class, slug.replace('-', '/')))
                .as("a draft's changes are not logged").isZero();
    }

    @Test
    void headings_multiple_choices_required_questions_and_help_texts_are_built_the_same_way() {
        String slug = draft();
        WebSession staff = loggedIn();
        var heading = staff.get(builder(slug) + "/ny?type=heading");
        assertThat(heading.html().select("#required, input[name^=option-]")).as("a heading takes no answer").isEmpty();
        staff.submit(heading.form("form[action$=/ny]"), Map.of("text", "Trafikk", "help", "Spørsmålene om biltrafikk", "position", "1"), "save");
        var multiple = staff.get(builder(slug) + "/ny?type=multiple-choice");
        staff.submit(multiple.form("form[action$=/ny]"), Map.of("text", "Hva er viktigst for dere?", "required", "yes",
                "help", "Kryss av for alt som passer.", "option-label-0", "Trafikksikkerhet", "option-label-1", "Grøntområder",
                "option-label-2", "Parkering", "position", "2"), "save");
        var files = staff.get(builder(slug) + "/ny?type=attachments");
        var tooMany = staff.submit(files.form("form[action$=/ny]"), Map.of("text", "Legg ved kart", "maxFiles", "11"), "save");
        assertThat(tooMany.html().getElementById("maxFiles-error").text()).contains("11 er utenfor 1–10");
        staff.submit(files.form("form[action$=/ny]"), Map.of("text", "Legg ved kart", "maxFiles", "3"), "save");
        assertThat(question(slug, "q5").get("maxFiles").intValue()).isEqualTo(3);
        assertThat(questionIds(slug)).containsExactly("h1", "q3", "q1", "q2", "q5");
        assertThat(question(slug, "h1").get("kind").stringValue()).isEqualTo("heading");
        assertThat(question(slug, "h1").get("help").stringValue()).isEqualTo("Spørsmålene om biltrafikk");
        var q3 = question(slug, "q3");
        assertThat(q3.get("kind").stringValue()).isEqualTo("multiple-choice");
        assertThat(q3.get("required").booleanValue()).isTrue();
        assertThat(q3.get("number").intValue()).as("a heading has no number").isEqualTo(1);
        assertThat(q3.get("options").findValuesAsString("id")).containsExactly("trafikksikkerhet", "grontomrader", "parkering");
        assertThat(question(slug, "q2").get("number").intValue()).isEqualTo(3);

        var overview = staff.get(builder(slug));
        assertThat(overview.html().getElementById("q-h1").text()).contains("Trafikk", "Overskrift");
        assertThat(overview.html().getElementById("q-q3").text()).contains("(må besvares)", "Flere valg");
        var edit = staff.get(builder(slug) + "/sporsmal/q3");
        assertThat(edit.html().getElementById("required").hasAttr("checked")).isTrue();
        assertThat(edit.html().getElementById("help").wholeText()).isEqualTo("Kryss av for alt som passer.");
        var preview = staff.get("/saksbehandler/horinger/" + slug + "/forhandsvisning");
        assertThat(preview.html().select("input[type=checkbox][name=q3.choices]")).hasSize(3);
        assertThat(preview.text()).contains("Trafikk", "Kryss av for alt som passer.");
    }

    @Test
    void a_question_with_errors_is_shown_again_as_typed_with_each_error_at_its_input_and_nothing_saved() {
        String slug = draft();
        WebSession staff = loggedIn();
        var editor = staff.get(builder(slug) + "/ny?type=choice");
        var invalid = staff.submit(editor.form("form[action$=/ny]"), Map.of("text", " ", "id", "Spørsmål 1",
                "option-label-0", "Bare ett <script>alert(1)</script>"), "save");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.html().select("#error-summary a").eachAttr("href")).contains("#text", "#id", "#option-label-0");
        assertThat(invalid.html().getElementById("id-error").text()).contains("«Spørsmål 1» er ikke en gyldig id");
        assertThat(invalid.html().getElementById("option-label-0-error").text()).contains("et valg trenger minst to");
        assertThat(invalid.html().getElementById("option-label-0").val()).isEqualTo("Bare ett <script>alert(1)</script>");
        assertThat(invalid.html().select("script:containsData(alert(1))")).as("typed text is escaped").isEmpty();
        assertThat(version(slug)).isEqualTo(1);

        var text = staff.get(builder(slug) + "/ny?type=text");
        var badLimit = staff.submit(text.form("form[action$=/ny]"), Map.of("text", "Hva mener du?", "maxLength", "mange"), "save");
        assertThat(badLimit.html().getElementById("maxLength-error").text()).contains("«mange» er ikke et heltall");
        var tooBig = staff.submit(text.form("form[action$=/ny]"), Map.of("text", "Hva mener du?", "maxLength", "100001"), "save");
        assertThat(tooBig.html().getElementById("maxLength-error").text()).contains("100001 er utenfor 1–100000");
        var taken = staff.submit(text.form("form[action$=/ny]"), Map.of("text", "Hva mener du?", "id", "q1"), "save");
        assertThat(taken.html().getElementById("id-error").text()).contains("«q1» er brukt før");
        var parts = staff.submit(staff.get(builder(slug) + "/ny?type=text-with-parts").form("form[action$=/ny]"),
                Map.of("text", "Mål", "part-maxLength-1", "0"), "save");
        assertThat(parts.html().select("#error-summary a").eachAttr("href")).contains("#part-maxLength-1");
        assertThat(version(slug)).isEqualTo(1);

        assertThat(staff.get(builder(slug) + "/sporsmal/finnes_ikke").status()).isEqualTo(404);
        assertThat(staff.get(builder("99-9999999")).status()).isEqualTo(404);
        assertThat(new WebSession(port).get(builder(slug)).status()).as("staff only").isEqualTo(302);
    }

    @Test
    void after_opening_a_change_needs_a_reason_and_is_logged_and_after_the_first_response_ids_and_kinds_are_frozen() {
        String slug = draft();
        TestApi api = TestApi.staff(port);
        assertThat(api.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        WebSession staff = loggedIn();
        var overview = staff.get(builder(slug));
        assertThat(overview.text()).contains("Endringer i skjemaet krever en begrunnelse");
        assertThat(overview.html().select("form[action$=/flytt]")).as("moves need a reason: the editor's position").isEmpty();

        var edit = staff.get(builder(slug) + "/sporsmal/q2");
        var noReason = staff.submit(edit.form("form[action$=/q2]"), Map.of("text", "Har dere andre innspill?"), "save");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.html().getElementById("reason-error").text()).isEqualTo("Skriv hvorfor skjemaet endres.");
        var withReason = staff.submit(edit.form("form[action$=/q2]"), Map.of("text", "Har dere andre innspill?", "reason", "Klarere spørsmål"), "save");
        assertThat(withReason.status()).as(withReason.text()).isEqualTo(302);
        assertThat(question(slug, "q2").get("text").stringValue()).isEqualTo("Har dere andre innspill?");
        var log = jdbc.queryForMap("select c.changed_by, c.old_value, c.new_value, c.reason from consultation_change c"
                + " join consultation k on k.id = c.consultation_id where k.case_number = ? and c.field = 'form'", slug.replace('-', '/'));
        assertThat(log).containsEntry("changed_by", TestApi.STAFF_USER).containsEntry("old_value", "1").containsEntry("new_value", "2")
                .containsEntry("reason", "Klarere spørsmål");
        assertThat(staff.get(builder(slug)).text()).contains("Skjemaet fra versjon 1 til 2", "Klarere spørsmål");

        assertThat(api.postJson("/api/v1/consultations/" + slug + "/responses", TestForms.response("Første svar")).status()).isEqualTo(201);
        var frozen = staff.get(builder(slug) + "/sporsmal/q1");
        assertThat(frozen.text()).contains("Høringen har fått svar");
        assertThat(frozen.html().getElementById("id").hasAttr("readonly")).isTrue();
        assertThat(frozen.html().getElementById("option-id-0").hasAttr("readonly")).isTrue();
        assertThat(frozen.html().select("input[name^=option-remove-]")).isEmpty();
        assertThat(frozen.html().select("input[name^=option-label-]")).as("no blank rows to add").hasSize(2);
        assertThat(staff.get(builder(slug)).html().select("form#add-question, a[href$=/fjern]")).isEmpty();

        var renamed = staff.submit(frozen.form("form[action$=/q1]"), Map.of("id", "q9", "reason", "Nytt navn"), "save");
        assertThat(renamed.status()).isEqualTo(422);
        assertThat(renamed.html().select("#error-summary").text()).contains("«q9» er nytt", "«q1» kan ikke fjernes");
        var labels = staff.submit(frozen.form("form[action$=/q1]"), Map.of("option-label-1", "Nei, ikke enig", "reason", "Tydeligere"), "save");
        assertThat(labels.status()).isEqualTo(302);
        assertThat(question(slug, "q1").get("options").findValuesAsString("label")).containsExactly("Ja", "Nei, ikke enig");
        assertThat(version(slug)).isEqualTo(3);
        assertThat(api.postJson("/api/v1/consultations/" + slug + "/responses", TestForms.response("Andre svar")).status()).isEqualTo(201);
        assertThat(jdbc.queryForList("select r.form_version from response r join consultation c on c.id = r.consultation_id"
                + " where c.case_number = ? order by r.sequence_number", Integer.class, slug.replace('-', '/')))
                .as("each response keeps the version it answered").containsExactly(2, 3);

        var frozenApi = api.put("/api/v1/consultations/" + slug + "/form?reason=Nytt", "application/yaml", """
                questions:
                  - {id: q1, kind: text, text: "Er du enig?"}
                  - {id: q2, kind: text, text: "Andre?"}
                  - {id: q3, kind: text, text: "Nytt"}
                """);
        assertThat(frozenApi.status()).isEqualTo(422);
        assertThat(frozenApi.json().get("errors").findValuesAsString("code")).containsExactlyInAnyOrder("frozen-kind-changed", "frozen-question-added");
        assertThat(frozenApi.json().get("errors").findValuesAsString("message")).contains("question \"q3\" is new, but the form has responses: questions cannot be added");

        assertThat(api.post("/api/v1/consultations/" + slug + "/close", "application/json", new byte[0]).status()).isEqualTo(200);
        assertThat(staff.get(builder(slug)).text()).contains("Høringen er lukket, så skjemaet kan ikke lenger endres.");
        assertThat(staff.get(builder(slug)).html().select("a[href*=/sporsmal/]")).isEmpty();
        var closed = staff.submit(frozen.form("form[action$=/q1]"), Map.of("reason", "Sent"), "save");
        assertThat(closed.html().getElementById("error-summary").text()).contains("Høringen er lukket");
    }

    @Test
    void a_page_left_open_while_someone_else_saved_does_not_overwrite_their_change() {
        String slug = draft();
        WebSession first = loggedIn();
        WebSession second = loggedIn();
        var firstPage = first.get(builder(slug) + "/sporsmal/q2");
        var secondPage = second.get(builder(slug) + "/sporsmal/q2");
        assertThat(second.submit(secondPage.form("form[action$=/q2]"), Map.of("text", "Andres tekst"), "save").status()).isEqualTo(302);
        var stale = first.submit(firstPage.form("form[action$=/q2]"), Map.of("text", "Min tekst"), "save");
        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.html().getElementById("error-summary").text()).contains("endret av noen andre");
        assertThat(stale.html().getElementById("text").wholeText()).as("what was typed stays").isEqualTo("Min tekst");
        assertThat(question(slug, "q2").get("text").stringValue()).isEqualTo("Andres tekst");
    }

    @Test
    void the_api_replaces_a_drafts_form_from_yaml_or_json_with_the_definitions_errors() {
        String slug = draft();
        TestApi api = TestApi.staff(port);
        var yaml = api.put("/api/v1/consultations/" + slug + "/form", "application/yaml", """
                intro: "Ny innledning"
                questions:
                  - id: plan
                    kind: text
                    text: "Hva mener du om planen?"
                """);
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.json().get("version").intValue()).isEqualTo(2);
        assertThat(yaml.json().get("questions").findValuesAsString("id")).containsExactly("plan");

        var json = api.put("/api/v1/consultations/" + slug + "/form?basedOn=2",
                "{\"questions\": [{\"id\": \"plan\", \"kind\": \"text\", \"text\": \"Hva mener du?\", \"maxLength\": 500}]}");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("version").intValue()).isEqualTo(3);
        assertThat(api.put("/api/v1/consultations/" + slug + "/form?basedOn=2", "{\"questions\": [{\"id\": \"x\", \"kind\": \"text\","
                + " \"text\": \"X\"}]}").status()).as("based on an old version").isEqualTo(409);

        var invalid = api.put("/api/v1/consultations/" + slug + "/form", "application/yaml", "questions:\n  - id: q1\n    kind: radio\n    text: \"?\"\n");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        var error = invalid.json().get("errors").get(0);
        assertThat(error.get("field").stringValue()).isEqualTo("questions[0].kind");
        assertThat(error.get("line").intValue()).isEqualTo(3);
        assertThat(error.get("code").stringValue()).isEqualTo("unknown-kind");
        assertThat(api.put("/api/v1/consultations/" + slug + "/form", "application/yaml", "caseNumber: \"1/1\"\nquestions: []\n")
                .json().get("errors").findValuesAsString("code")).contains("unknown-field", "questions-empty");
        assertThat(api.put("/api/v1/consultations/" + slug + "/form", "application/yaml", "{{{").status()).isEqualTo(422);
        assertThat(api.put("/api/v1/consultations/" + slug + "/form", "application/yaml", "").status()).isIn(400, 422);
        assertThat(version(slug)).isEqualTo(3);

        assertThat(TestApi.anonymous(port).put("/api/v1/consultations/" + slug + "/form", "{\"questions\": []}").status()).isEqualTo(401);
        assertThat(api.put("/api/v1/consultations/99-9999999/form", "{\"questions\": [{\"id\": \"x\", \"kind\": \"text\", \"text\": \"X\"}]}")
                .status()).isEqualTo(404);
        assertThat(api.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        var noReason = api.put("/api/v1/consultations/" + slug + "/form", "{\"questions\": [{\"id\": \"plan\", \"kind\": \"text\", \"text\": \"Ny\"}]}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("errors").findValuesAsString("code")).containsExactly("reason-missing");
    }

    @Test
    void staff_preview_a_drafts_form_as_respondents_will_see_it_and_its_pdf_and_word_form() {
        String slug = draft();
        WebSession staff = loggedIn();
        var preview = staff.get("/saksbehandler/horinger/" + slug + "/forhandsvisning");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.text()).contains("Forhåndsvisning", "Er du enig?", "Andre innspill?");
        assertThat(preview.html().getElementById("response-form").hasAttr("data-autosave")).isFalse();
        assertThat(preview.html().select("button[value=save]")).as("nothing to save a draft of").isEmpty();

        var checked = staff.submit(preview.form("#response-form"), Map.of("respondent.name", "Test", "respondent.kind", "person",
                "answers.q2.text", "x".repeat(51)), "preview");
        assertThat(checked.status()).isEqualTo(422);
        assertThat(checked.html().select("#error-summary a")).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from response r join consultation c on c.id = r.consultation_id"
                + " where c.case_number = ?", Integer.class, slug.replace('-', '/'))).isZero();

        var pdf = staff.get("/saksbehandler/horinger/" + slug + "/skjema.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5)).isEqualTo("%PDF-");
        var word = staff.get("/saksbehandler/horinger/" + slug + "/skjema.docx");
        assertThat(word.status()).isEqualTo(200);
        assertThat(word.bytes()[0]).isEqualTo((byte) 'P');
        var yaml = staff.get("/saksbehandler/horinger/" + slug + "/definisjon.yaml");
        assertThat(new String(yaml.bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("caseNumber: " + slug.replace('-', '/'));
        assertThat(new WebSession(port).get("/horinger/" + slug + "/skjema.pdf").status()).as("a draft is not public").isEqualTo(404);
        assertThat(new WebSession(port).get("/saksbehandler/horinger/" + slug + "/forhandsvisning").status()).isEqualTo(302);
    }

    private String draft() {
        String caseNumber = TestForms.newCaseNumber();
        assertThat(TestApi.staff(port).post("/api/v1/consultations", "application/yaml", TestForms.yaml(caseNumber, "2099-06-30").getBytes())
                .status()).isEqualTo(201);
        return caseNumber.replace('/', '-');
    }

    private static String builder(String slug) {
        return "/saksbehandler/horinger/" + slug + "/skjema";
    }

    private int version(String slug) {
        return TestApi.staff(port).get("/api/v1/consultations/" + slug + "/form").json().get("version").intValue();
    }

    private List<String> questionIds(String slug) {
        return TestApi.staff(port).get("/api/v1/consultations/" + slug + "/form").json().get("questions").valueStream()
                .map(question -> question.get("id").stringValue()).toList();
    }

    private tools.jackson.databind.JsonNode question(String slug, String id) {
        for (var question : TestApi.staff(port).get("/api/v1/consultations/" + slug + "/form").json().get("questions")) {
            if (question.get("id").stringValue().equals(id)) {
                return question;
            }
        }
        throw new AssertionError("No question " + id);
    }

    private WebSession loggedIn() {
        WebSession staff = new WebSession(port);
        assertThat(staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD).location()).endsWith("/saksbehandler");
        return staff;
    }
}
