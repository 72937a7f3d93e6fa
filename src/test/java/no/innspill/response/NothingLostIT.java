package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestFiles;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a respondent types survives a language switch, the preview (a page of its own, post/redirect/get), the way
 * back from the receipt, and a missing or stale CSRF cookie (issue 9), over real HTTP.
 */
@IntegrationTest
class NothingLostIT {

    private static final String FORM = "/horinger/22-414/svar";
    private static final String DRAFTS = "/horinger/22-414/utkast/";

    @LocalServerPort
    int port;
    WebSession web;

    @BeforeEach
    void session() {
        web = new WebSession(port);
    }

    @Test
    void the_language_links_of_a_draft_open_the_same_draft() {
        Page saved = web.submit(web.get(FORM).form("#response-form"), Map.of(
                "respondent.name", "Språkbytte AS", "q4.text", "Tekst som må bli med"), "save");
        String draft = saved.location().replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
        assertThat(draft).contains(DRAFTS);

        Page page = web.get(draft);
        assertThat(languageLink(page, "en").attr("href")).isEqualTo(draft + "?lang=en");

        Page english = web.get(languageLink(page, "en").attr("href"));
        assertThat(english.text()).contains("Who is responding?");
        assertThat(english.html().getElementById("a-q4-text").wholeText()).isEqualTo("Tekst som må bli med");
        web.get(draft + "?lang=nb");
    }

    @Test
    void on_a_form_with_errors_the_language_buttons_keep_what_was_typed_as_a_draft() {
        Page invalid = web.submitAndFollow(web.get(FORM).form("#response-form"), Map.of(
                "respondent.name", "", "q3.text", "Skrevet før feilen"), "preview");
        assertThat(invalid.status()).isEqualTo(422);
        // reloading the posted path would show an empty form: the header leads to the form's own buttons
        assertThat(languageLink(invalid, "nn").attr("href")).isEqualTo("#language-switch");
        Element button = invalid.html().selectFirst("#response-form #language-switch button[name=switchLanguage][value=nn]");
        assertThat(button).isNotNull();

        Page switched = web.submit(invalid.form("#response-form"), Map.of("switchLanguage", "nn"));
        assertThat(switched.status()).isEqualTo(302);
        assertThat(switched.location()).contains(DRAFTS);
        Page nynorsk = web.get(switched.location());
        assertThat(nynorsk.text()).contains("Kven svarar?");
        assertThat(nynorsk.html().getElementById("a-q3-text").wholeText()).isEqualTo("Skrevet før feilen");
        web.get(FORM + "?lang=nb");
    }

    @Test
    void the_preview_is_a_page_of_the_draft_so_its_language_links_keep_the_answers() {
        Page preview = preview(Map.of("respondent.name", "Forhåndsvist Kommune", "respondent.kind", "organisation", "q4.text", "Sett over"));
        String here = preview.html().getElementById("edit-link").attr("href") + "/se-over";
        assertThat(languageLink(preview, "en").attr("href")).isEqualTo(here + "?lang=en");

        Page english = web.get(languageLink(preview, "en").attr("href"));
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.text()).contains("Review your response", "Forhåndsvist Kommune", "Sett over");
        Page edit = web.get(english.html().getElementById("edit-link").attr("href"));
        assertThat(edit.text()).contains("Who is responding?");
        assertThat(edit.html().getElementById("respondent-name").attr("value")).isEqualTo("Forhåndsvist Kommune");
        assertThat(edit.html().getElementById("a-q4-text").wholeText()).isEqualTo("Sett over");
        web.get(FORM + "?lang=nb");
    }

    @Test
    void switching_the_language_of_an_empty_form_makes_no_draft() {
        Page switched = web.submit(web.get(FORM).form("#response-form"), Map.of("switchLanguage", "en"));
        assertThat(switched.status()).isEqualTo(302);
        assertThat(switched.location()).endsWith(FORM);
        assertThat(web.get(FORM).text()).contains("Who is responding?");
        web.get(FORM + "?lang=nb");
    }

    @Test
    void the_draft_link_carries_the_port_the_app_really_runs_on() {
        Page saved = web.submit(web.get(FORM).form("#response-form"), Map.of("respondent.name", "Portsjekk AS"), "save");
        Page page = web.get(saved.location());
        assertThat(page.html().getElementById("resume-link").text())
                .startsWith("http://127.0.0.1:" + port + DRAFTS)
                .endsWith(saved.location().replaceAll("\\?.*", "").replaceAll(".*/utkast/", ""));
    }

    @Test
    void the_preview_button_keeps_the_answers_as_a_draft_and_redirects_to_its_preview_page() {
        Page posted = web.submit(web.get(FORM).form("#response-form"), Map.of(
                "respondent.name", "Omdirigert AS", "respondent.kind", "organisation", "q4.text", "Lest over"), "preview");
        assertThat(posted.status()).isEqualTo(302);
        String previewPath = path(posted.location());
        assertThat(previewPath).matches(DRAFTS + "[A-Za-z0-9_-]{43}/se-over");

        Page preview = web.get(previewPath);
        Page reloaded = web.get(previewPath); // a reload is a GET: no "confirm form resubmission", the same page
        assertThat(preview.status()).isEqualTo(200);
        assertThat(reloaded.text()).isEqualTo(preview.text());
        assertThat(preview.text()).contains("Se over svaret ditt", "Omdirigert AS", "Lest over");
        assertThat(preview.html().select("#send-form input:not([name=_csrf])")).as("the answers are in the draft, not hidden fields").isEmpty();
        // no e-mail given: the draft's link is on the page, to recover the answers after a crash
        assertThat(preview.html().getElementById("preview-link").text()).contains("Lagre denne lenken");
        String draft = previewPath.replace("/se-over", "");
        assertThat(preview.html().getElementById("resume-link").text()).isEqualTo("http://127.0.0.1:" + port + draft);

        Page another = new WebSession(port).get(previewPath); // after a crash, in another browser: the link recovers it
        assertThat(another.text()).contains("Omdirigert AS", "Lest over");

        Page edit = web.get(preview.html().getElementById("edit-link").attr("href"));
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.html().getElementById("a-q4-text").wholeText()).isEqualTo("Lest over");
        assertThat(edit.html().getElementById("response-form").attr("action")).isEqualTo(draft);
    }

    @Test
    void with_an_e_mail_the_preview_says_the_link_was_mailed() {
        Page preview = preview(Map.of("respondent.name", "Med E-post AS", "respondent.kind", "organisation",
                "respondent.email", "svar@epost.example", "q4.text", "Mailet"));
        assertThat(preview.html().getElementById("preview-link")).isNull();
        assertThat(preview.html().getElementById("preview-mailed").text()).contains("svar@epost.example");
    }

    @Test
    void sending_is_idempotent_and_going_back_from_the_receipt_shows_it_was_sent() {
        int before = responseCount();
        Page preview = preview(Map.of("respondent.name", "Tilbakeknapp AS", "respondent.kind", "organisation", "q4.text", "Sendt én gang"));
        Element sendForm = preview.form("#send-form");
        Page sent = web.submit(sendForm, Map.of());
        Page again = web.submit(sendForm, Map.of()); // a double click, or the form posted again from a page gone back to
        assertThat(sent.status()).isIn(302, 303);
        assertThat(sent.location()).contains("/kvittering/");
        assertThat(sent.text()).isEmpty();
        assertThat(again.location()).isEqualTo(sent.location());
        assertThat(responseCount()).isEqualTo(before + 1);
        assertThat(web.get(sent.location()).status()).isEqualTo(200);

        // back from the receipt: the preview's address, a GET, says it was sent and links the receipt
        Page back = web.get(preview.html().getElementById("edit-link").attr("href") + "/se-over");
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.text()).contains("allerede sendt inn");
        assertThat(back.html().selectFirst("a[href^=/kvittering/]").attr("href")).isEqualTo(path(sent.location()));
        assertThat(back.html().getElementById("send-form")).isNull();
        assertThat(responseCount()).isEqualTo(before + 1);
    }

    @Test
    void a_post_without_the_csrf_cookie_shows_the_form_again_with_what_was_typed() {
        Element form = web.get(FORM).form("#response-form");
        WebSession cleared = new WebSession(port); // the cookies were cleared, or expired, while the page was open
        Page expired = cleared.submit(form, Map.of("respondent.name", "Utløpt AS", "q4.text", "Lang tekst som ikke må forsvinne"), "preview");
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.html().getElementById("page-expired").text()).isEqualTo("Siden var utløpt – se over og send på nytt.");
        assertThat(expired.html().getElementById("a-q4-text").wholeText()).isEqualTo("Lang tekst som ikke må forsvinne");
        assertThat(expired.html().getElementById("respondent-name").attr("value")).isEqualTo("Utløpt AS");

        // the page carries a fresh token that goes with the new cookie: sending it again works
        Page retried = cleared.submit(expired.form("#response-form"), Map.of("respondent.kind", "organisation"), "preview");
        assertThat(retried.status()).isEqualTo(302);
        assertThat(cleared.get(retried.location()).text()).contains("Lang tekst som ikke må forsvinne");
    }

    @Test
    void a_multipart_post_without_the_csrf_cookie_keeps_the_text_and_says_files_must_be_chosen_again() {
        String slug = AttachmentsApiIT.openConsultation(port, AttachmentsApiIT.ATTACHMENTS_QUESTION);
        Element form = web.get("/horinger/" + slug + "/svar").form("#response-form");
        WebSession cleared = new WebSession(port);
        Page expired = cleared.submitMultipart(form, Map.of("respondent.name", "Vedlegg AS", "q1.text", "Se brevet."), "preview",
                List.of(new WebSession.ChosenFile("q2.files", "brev.pdf", TestFiles.pdf())));
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.html().getElementById("page-expired").text()).contains("Siden var utløpt", "må velges på nytt");
        assertThat(expired.html().getElementById("a-q1-text").wholeText()).isEqualTo("Se brevet.");
        assertThat(expired.html().select(".innspill-kept-files li")).as("nothing stored from a refused post").isEmpty();
    }

    @Test
    void a_post_with_a_stale_csrf_token_keeps_the_text_of_a_draft_too() {
        Page saved = web.submit(web.get(FORM).form("#response-form"), Map.of("respondent.name", "Gammel AS", "q4.text", "Først"), "save");
        String draft = path(saved.location()).replaceAll("\\?.*", "");
        Element form = web.get(draft).form("#response-form");
        WebSession other = new WebSession(port);
        other.get(FORM); // a cookie of its own, so the page's token is stale
        Page expired = other.submit(form, Map.of("q4.text", "Først, og så mer"), "save");
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.html().getElementById("page-expired")).isNotNull();
        assertThat(expired.html().getElementById("a-q4-text").wholeText()).isEqualTo("Først, og så mer");
        assertThat(expired.html().getElementById("response-form").attr("action")).isEqualTo(draft);
        assertThat(web.get(draft).html().getElementById("a-q4-text").wholeText()).as("nothing stored from the refused post").isEqualTo("Først");
    }

    @Test
    void send_with_a_stale_csrf_token_leads_back_to_the_preview_which_holds_the_answers() {
        Page preview = preview(Map.of("respondent.name", "Sen Cookie AS", "respondent.kind", "organisation", "q4.text", "I utkastet"));
        WebSession cleared = new WebSession(port);
        Page refused = cleared.submit(preview.form("#send-form"), Map.of());
        assertThat(refused.status()).isEqualTo(303);
        assertThat(path(refused.location())).endsWith("/se-over?utlopt=1");
        Page back = cleared.get(refused.location());
        assertThat(back.html().getElementById("page-expired").text()).isEqualTo("Siden var utløpt – se over og send på nytt.");
        assertThat(back.text()).contains("I utkastet");
        Page sent = cleared.submit(back.form("#send-form"), Map.of());
        assertThat(sent.location()).contains("/kvittering/");
    }

    @Test
    void a_refused_post_elsewhere_is_still_a_plain_refusal() {
        WebSession cleared = new WebSession(port);
        assertThat(cleared.post("/logg-ut", Map.of()).status()).isEqualTo(403);
        assertThat(cleared.post("/horinger/22-414/svar/utlopt", Map.of("q4.text", "x")).status()).isEqualTo(403);
    }

    private Page preview(Map<String, String> fields) {
        Page preview = web.submitAndFollow(web.get(FORM).form("#response-form"), fields, "preview");
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        return preview;
    }

    private int responseCount() {
        return TestApi.staff(port).get("/api/v1/consultations/22-414/responses?limit=1000").json().size();
    }

    private static String path(String location) {
        return location.replaceAll("^https?://[^/]+", "");
    }

    private static Element languageLink(Page page, String lang) {
        Element link = page.html().selectFirst(".innspill-lang a[data-lang=" + lang + "]");
        assertThat(link).as("language link " + lang).isNotNull();
        return link;
    }
}
