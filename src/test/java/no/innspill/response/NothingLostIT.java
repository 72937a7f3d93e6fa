package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a respondent types survives a language switch and the way back from the receipt (issue 9), over real HTTP. */
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
        Page invalid = web.submit(web.get(FORM).form("#response-form"), Map.of(
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
    void on_the_preview_the_language_buttons_keep_the_answers_as_a_draft() {
        Page preview = web.submit(web.get(FORM).form("#response-form"), Map.of(
                "respondent.name", "Forhåndsvist Kommune", "respondent.kind", "organisation", "q4.text", "Sett over"), "preview");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(languageLink(preview, "en").attr("href")).isEqualTo("#language-switch");
        Element button = preview.html().selectFirst("#language-switch button[name=switchLanguage][value=en]");
        assertThat(button.attr("formaction")).isEqualTo(FORM);

        Page switched = web.submit(preview.form("form[action$=/svar/send]"), Map.of("switchLanguage", "en"), button.attr("formaction"));
        assertThat(switched.status()).isEqualTo(302);
        assertThat(switched.location()).contains(DRAFTS);
        Page english = web.get(switched.location());
        assertThat(english.text()).contains("Who is responding?");
        assertThat(english.html().getElementById("respondent-name").attr("value")).isEqualTo("Forhåndsvist Kommune");
        assertThat(english.html().getElementById("a-q4-text").wholeText()).isEqualTo("Sett over");
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
    void sending_answers_with_a_redirect_to_the_receipt_so_going_back_posts_nothing_again() {
        Page preview = web.submit(web.get(FORM).form("#response-form"), Map.of(
                "respondent.name", "Tilbakeknapp AS", "respondent.kind", "organisation", "q4.text", "Sendt én gang"), "preview");
        Page sent = web.submit(preview.form("form[action$=/svar/send]"), Map.of());
        assertThat(sent.status()).isIn(302, 303);
        assertThat(sent.location()).contains("/kvittering/");
        assertThat(sent.html().body() == null || sent.text().isEmpty()).isTrue();
        assertThat(web.get(sent.location()).status()).isEqualTo(200);
    }

    private static Element languageLink(Page page, String lang) {
        Element link = page.html().selectFirst(".innspill-lang a[data-lang=" + lang + "]");
        assertThat(link).as("language link " + lang).isNotNull();
        return link;
    }
}
