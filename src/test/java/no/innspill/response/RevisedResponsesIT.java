package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Revised responses (issue 10, item 2): a respondent revises through the receipt link, staff through the staff page and
 * the API; the revision has a number of its own, the first is kept and marked superseded (its journal entry too), and
 * lists, counts and exports show the latest unless asked for all.
 */
@IntegrationTest
class RevisedResponsesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CacheManager caches;

    TestApi staff;
    String slug;
    String caseNumber;

    @BeforeEach
    void aConsultationOfItsOwn() {
        staff = TestApi.staff(port);
        caseNumber = TestForms.newCaseNumber();
        slug = TestConsultations.open(port, TestForms.yaml(caseNumber, "2099-06-30"));
    }

    @Test
    void a_respondent_revises_through_the_receipt_link_and_the_first_is_kept_marked_superseded() throws InterruptedException {
        WebSession web = new WebSession(port);
        Page firstReceipt = sendOnTheWeb(web, web.get("/horinger/" + slug + "/svar"), Map.of("respondent.name", "Bygdelaget",
                "respondent.kind", "organisation", "respondent.email", "post@bygdelaget.example", "q1.choice", "yes",
                "q2.text", "Første tanke."));
        String first = firstReceipt.html().getElementById("document-number").text();
        assertThat(firstReceipt.html().getElementById("revise-form")).as("the receipt offers a revision").isNotNull();

        Page draft = web.submitAndFollow(firstReceipt.form("#revise-form"), Map.of(), null);
        assertThat(draft.status()).as(draft.text()).isEqualTo(200);
        assertThat(draft.html().getElementById("revision-notice").text()).contains(first);
        assertThat(draft.html().getElementById("respondent-name").attr("value")).isEqualTo("Bygdelaget");
        assertThat(draft.html().selectFirst("textarea[name=q2.text]").wholeText()).isEqualTo("Første tanke.");

        Page revisedReceipt = sendOnTheWeb(web, draft, Map.of("q1.choice", "no", "q2.text", "Bedre tanke."));
        String revision = revisedReceipt.html().getElementById("document-number").text();
        assertThat(revision).isNotEqualTo(first).startsWith(caseNumber + "-");
        assertThat(revisedReceipt.html().getElementById("revises").text()).contains(first);

        // both are kept: the first marked by the revision, the revision naming the first
        JsonNode firstStored = staff.get(api("/responses/" + number(first))).json();
        assertThat(firstStored.get("supersededBy").stringValue()).isEqualTo(revision);
        assertThat(firstStored.at("/answers/q2/text").stringValue()).isEqualTo("Første tanke.");
        JsonNode revisionStored = staff.get(api("/responses/" + number(revision))).json();
        assertThat(revisionStored.get("revises").stringValue()).isEqualTo(first);
        assertThat(revisionStored.has("supersededBy")).isFalse();
        assertThat(revisionStored.at("/respondent/name").stringValue()).isEqualTo("Bygdelaget");

        // the first's receipt says it was replaced and offers no second revision of it
        Page firstAgain = web.get(ReceiptController.path(token(firstReceipt)));
        assertThat(firstAgain.html().getElementById("superseded").text()).contains(revision);
        assertThat(firstAgain.html().getElementById("revise-form")).isNull();
        Page refused = web.submit(firstReceipt.form("#revise-form"), Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().getElementById("revise-refused")).isNotNull();

        // lists, counts and exports: the latest by default, both when asked
        assertThat(documentNumbers(staff.get(api("/responses")).json())).containsExactly(revision);
        assertThat(documentNumbers(staff.get(api("/responses?versions=all")).json())).containsExactly(first, revision);
        assertThat(staff.get(api("/responses?versions=some")).status()).isEqualTo(400);
        assertThat(documentNumbers(staff.get(api("/export/responses.json")).json())).containsExactly(revision);
        assertThat(documentNumbers(staff.get(api("/export/responses.json?versions=all")).json())).containsExactly(first, revision);
        assertThat(staff.get(api("/export/responses.csv?labels=ids&separator=comma")).body().lines().skip(1).toList()).singleElement()
                .satisfies(row -> assertThat(row).startsWith(revision + ","));
        assertThat(staff.get(api("/export/responses.csv?versions=all&labels=ids&separator=comma")).body())
                .contains(first + ",").contains("," + first + ",,").contains(",," + revision + ",");

        WebSession caseWorker = new WebSession(port);
        caseWorker.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        Page list = caseWorker.get("/saksbehandler/horinger/" + slug);
        assertThat(list.html().select("table a[href*=/svar/]").eachText()).containsExactly(revision);
        assertThat(list.text()).contains("Erstatter " + first);
        assertThat(list.html().getElementById("filter-versions").hasAttr("checked")).isFalse();
        Page all = caseWorker.get("/saksbehandler/horinger/" + slug + "?versions=all");
        assertThat(all.html().select("table a[href*=/svar/]").eachText()).containsExactly(first, revision);
        assertThat(all.text()).contains("Erstattet av " + revision);
        assertThat(all.html().getElementById("filter-versions").hasAttr("checked")).isTrue();
        assertThat(caseWorker.get("/saksbehandler/horinger/" + slug + "/svar/" + number(first)).html()
                .getElementById("superseded").text()).isEqualTo("Erstattet av " + revision);
        assertThat(overviewCount(caseWorker)).as("the public count: one respondent, one response").isEqualTo("1");

        // the first's journal entry is marked, and the change logged, once its listener has run
        waitUntil(() -> supersededEntry(number(first)) != null);
        assertThat(supersededEntry(number(first))).isEqualTo(number(revision));
        assertThat(journalChanges(number(first))).containsExactly("merknad: Erstattet av " + revision);

        // the revision's receipt by e-mail says what it replaces
        waitUntil(() -> !receiptMails(revision).isEmpty());
        assertThat(receiptMails(revision)).singleElement().satisfies(body -> assertThat(body).contains("erstatter " + first));
    }

    private List<String> receiptMails(String documentNumber) {
        return jdbc.sql("select text_body from outbox_mail where recipient = 'post@bygdelaget.example' and subject like ?")
                .param("%" + documentNumber + "%").query(String.class).list();
    }

    @Test
    void the_api_names_the_response_it_revises_and_refuses_what_is_not_a_latest_response_of_the_case() throws InterruptedException {
        String first = submitApi(TestForms.response("Kari Privat"), null).json().get("documentNumber").stringValue();

        // unknown number, another case, hostile input: 422 naming the field, nothing stored
        int before = count();
        // anybody may read the document numbers in the public journal: only staff may name one to replace it
        Reply anonymous = submitApi(revision(first, "Jeg er ikke Kari"), null);
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(403);
        assertThat(anonymous.json().get("detail").stringValue()).contains("revises", "receipt page");
        assertThat(count()).isEqualTo(before);
        assertRefused(revision(caseNumber + "-999", "Ny tekst"), "revises", "revises-unknown");
        assertRefused(revision("22/414-1", "Ny tekst"), "revises", "revises-other-case");
        for (String hostile : List.of("'; drop table response; --", "<script>alert(1)</script>", caseNumber + "-1\u0000",
                caseNumber + "-" + "9".repeat(40), "")) {
            assertRefused(revision(hostile, "Ny tekst"), "revises", "revises-invalid");
        }
        assertRefused("{\"revises\": 3, \"answers\": {\"q1\": {\"choice\": \"no\"}}}", "revises", "revises-invalid");
        assertThat(count()).isEqualTo(before);

        // without a respondent of its own the revision takes the first's; a retry with the same key marks nothing twice
        Reply revised = reviseAsStaff(revision(first, "Ny tekst"), "revise-" + caseNumber);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(201);
        String second = revised.json().get("documentNumber").stringValue();
        Reply retried = reviseAsStaff(revision(first, "Ny tekst"), "revise-" + caseNumber);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().get("documentNumber").stringValue()).isEqualTo(second);
        JsonNode stored = staff.get(api("/responses/" + number(second))).json();
        assertThat(stored.at("/respondent/name").stringValue()).isEqualTo("Kari Privat");
        assertThat(stored.get("revises").stringValue()).isEqualTo(first);
        assertThat(count()).isEqualTo(before + 1);

        // a second revision of the first: 409 naming the one to revise instead
        Reply again = reviseAsStaff(revision(first, "Enda en"), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("detail").stringValue()).contains("revises", first, "revise " + second);
        String third = reviseAsStaff(revision(second, "Enda en"), null).json().get("documentNumber").stringValue();
        assertThat(reviseAsStaff(revision(first, "Den fjerde"), null).json().get("detail").stringValue())
                .as("the latest of the chain").contains("revise " + third);
        assertThat(documentNumbers(staff.get(api("/responses")).json())).containsExactly(third);

        waitUntil(() -> supersededEntry(number(second)) != null && journalChanges(number(first)).size() == 1);
        assertThat(supersededEntry(number(first))).isEqualTo(number(second));
        assertThat(journalChanges(number(first))).as("marked once, the retry notwithstanding").hasSize(1);
        assertThat(jdbc.sql("select count(*) from response where consultation_id = (select id from consultation where case_number = ?)"
                + " and revises = ?").params(caseNumber, number(first)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void after_the_deadline_the_receipt_sends_revisions_to_the_body_by_mail_and_staff_still_register_them() {
        WebSession web = new WebSession(port);
        Page receipt = sendOnTheWeb(web, web.get("/horinger/" + slug + "/svar"), Map.of("respondent.name", "Ola Privat",
                "respondent.kind", "person", "q1.choice", "yes", "q2.text", "Første."));
        String first = receipt.html().getElementById("document-number").text();
        Element reviseForm = receipt.form("#revise-form");
        TestConsultations.passDeadline(jdbc, caches, slug);

        Page after = web.get(ReceiptController.path(token(receipt)));
        assertThat(after.html().getElementById("revise-form")).isNull();
        assertThat(after.html().getElementById("revise-by-mail").text()).contains("e-post", "postmottak@test.example");
        Page refused = web.submit(reviseForm, Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().getElementById("revise-refused").text()).contains("kan ikke revideres");
        assertThat(refused.html().getElementById("revise-by-mail")).isNotNull();
        assertThat(submitApi(revision(first, "For sent"), null).status()).as("the public API names no revision at all").isEqualTo(403);

        // staff: the staff page's form, filled in with the first, registers the revision, late
        WebSession caseWorker = new WebSession(port);
        caseWorker.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        Page page = caseWorker.get("/saksbehandler/horinger/" + slug + "/svar/" + number(first));
        Page form = caseWorker.get(page.html().getElementById("register-revision").attr("href"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().selectFirst("textarea[name=q2.text]").wholeText()).isEqualTo("Første.");
        Page registered = caseWorker.submit(form.form("#revise-form"), Map.of("q2.text", "Revidert per e-post.", "channel", "email"));
        assertThat(registered.status()).as(registered.text()).isEqualTo(302);
        Page revision = caseWorker.get(registered.location());
        assertThat(revision.html().getElementById("revises").text()).isEqualTo("Erstatter " + first);
        JsonNode stored = staff.get(api("/responses/" + registered.location().substring(registered.location().lastIndexOf('/') + 1))).json();
        assertThat(stored.get("revises").stringValue()).isEqualTo(first);
        assertThat(stored.get("late").booleanValue()).isTrue();
        assertThat(stored.get("channel").stringValue()).isEqualTo("email");
        assertThat(stored.at("/answers/q2/text").stringValue()).isEqualTo("Revidert per e-post.");

        // the staff API after the deadline too, of the revision
        Reply byApi = staff.postJson(api("/responses"), "{\"revises\": \"" + stored.get("documentNumber").stringValue()
                + "\", \"channel\": \"paper\", \"answers\": {\"q1\": {\"choice\": \"no\"}}}");
        assertThat(byApi.status()).as(byApi.toString()).isEqualTo(201);
        // and the staff form of a superseded response leads back to its page
        assertThat(caseWorker.get("/saksbehandler/horinger/" + slug + "/svar/" + number(first) + "/revider").status()).isEqualTo(302);
    }

    private Page sendOnTheWeb(WebSession web, Page form, Map<String, String> fields) {
        Page preview = web.submitAndFollow(form.form("#response-form"), fields, "preview");
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        Page sent = web.submit(preview.form("#send-form"), Map.of());
        assertThat(sent.status()).isEqualTo(302);
        return web.get(sent.location());
    }

    private static String token(Page receipt) {
        String href = receipt.html().getElementById("receipt-pdf").attr("href");
        return href.substring("/kvittering/".length(), href.indexOf("/horingssvar.pdf"));
    }

    private String revision(String revises, String text) {
        return "{\"revises\": " + TestApi.json(revises) + ", \"answers\": {\"q1\": {\"choice\": \"no\"}, \"q2\": {\"text\": "
                + TestApi.json(text) + "}}}";
    }

    private Reply submitApi(String json, String key) {
        TestApi anyone = TestApi.anonymous(port);
        return key == null ? anyone.postJson(api("/responses"), json) : anyone.postJson(api("/responses"), json, "Idempotency-Key", key);
    }

    /** Staff name what a response revises: the document numbers are public, so the public API may not. */
    private Reply reviseAsStaff(String json, String key) {
        return key == null ? staff.postJson(api("/responses"), json) : staff.postJson(api("/responses"), json, "Idempotency-Key", key);
    }

    private void assertRefused(String json, String field, String code) {
        Reply reply = reviseAsStaff(json, null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").findValuesAsString("field")).contains(field);
        assertThat(reply.json().get("errors").findValuesAsString("code")).contains(code);
    }

    private String api(String path) {
        return "/api/v1/consultations/" + slug + path;
    }

    private int number(String documentNumber) {
        return Integer.parseInt(documentNumber.substring(documentNumber.lastIndexOf('-') + 1));
    }

    private static List<String> documentNumbers(JsonNode list) {
        return list.findValuesAsString("documentNumber");
    }

    private int count() {
        return jdbc.sql("select count(*) from response r join consultation c on c.id = r.consultation_id where c.case_number = ?")
                .param(caseNumber).query(Integer.class).single();
    }

    private String overviewCount(WebSession caseWorker) {
        return caseWorker.get("/saksbehandler").html().select("tr").stream()
                .filter(row -> !row.select("td").isEmpty() && row.select("td").get(0).text().equals(caseNumber))
                .findFirst().orElseThrow().select("td").get(4).text();
    }

    private Integer supersededEntry(int entryNumber) {
        return jdbc.sql("select e.superseded_by from journal_entry e join consultation c on c.id = e.consultation_id"
                        + " where c.case_number = ? and e.entry_number = ?")
                .params(caseNumber, entryNumber).query((rs, row) -> (Integer) rs.getObject(1)).optional().orElse(null);
    }

    private List<String> journalChanges(int entryNumber) {
        return jdbc.sql("""
                        select ch.field || ': ' || ch.new_value from journal_change ch join journal_entry e on e.id = ch.entry_id
                          join consultation c on c.id = e.consultation_id where c.case_number = ? and e.entry_number = ? order by ch.id""")
                .params(caseNumber, entryNumber).query(String.class).list();
    }

    private static void waitUntil(Supplier<Boolean> condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.get() && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
    }
}
