package no.innspill.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.innspill.testing.TestApi;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The accessibility and privacy statements over real HTTP, anonymous, in each language, with the
 * body's own values from {@code innspill.statements.*}; and the footer links to them on a public
 * page and a staff page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "innspill.embedded-database.directory=${java.io.tmpdir}/innspill-tests/${random.uuid}",
        "innspill.admin.password=" + TestApi.STAFF_PASSWORD,
        "innspill.demo.enabled=true",
        "innspill.statements.body-name=Testdirektoratet",
        "innspill.statements.accessibility-email=uu@testdirektoratet.example",
        "innspill.statements.privacy-email=personvern@testdirektoratet.example",
        "innspill.statements.data-protection-officer=Per Vern, personvernombud@testdirektoratet.example",
        "innspill.statements.statement-date=2026-11-15"})
class StatementsIT {

    private static final Map<String, Texts> TEXTS = Map.of(
            "nb", new Texts("Tilgjengelighetserklæring", "Personvernerklæring", "15. november 2026", "WCAG 2.1"),
            "nn", new Texts("Tilgjengelegheitserklæring", "Personvernerklæring", "15. november 2026", "WCAG 2.1"),
            "en", new Texts("Accessibility statement", "Privacy statement", "15 November 2026", "WCAG 2.1"));

    record Texts(String accessibility, String privacy, String date, String standard) {
    }

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void the_accessibility_statement_answers_in_each_language_with_the_bodys_values(String language) {
        Texts texts = TEXTS.get(language);
        Page page = new WebSession(port).get("/tilgjengelighet?lang=" + language);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo(language);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo(texts.accessibility());
        assertThat(page.html().title()).startsWith(texts.accessibility());
        assertThat(page.html().getElementById("conformance").text()).contains(texts.standard(), "AA");
        assertThat(page.html().getElementById("main").text()).contains("Testdirektoratet");
        Element report = page.html().selectFirst("#report a[href^=mailto:]");
        assertThat(report.attr("href")).isEqualTo("mailto:uu@testdirektoratet.example");
        assertThat(page.html().select("a[href=https://www.uutilsynet.no/]")).hasSize(1);
        assertThat(page.html().getElementById("statement-date").text()).contains(texts.date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void the_privacy_statement_answers_in_each_language_with_the_bodys_values(String language) {
        Texts texts = TEXTS.get(language);
        Page page = new WebSession(port).get("/personvern?lang=" + language);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo(language);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo(texts.privacy());
        assertThat(page.html().getElementById("controller").text()).startsWith("Testdirektoratet ");
        assertThat(page.html().selectFirst("#privacy-contact a").attr("href"))
                .isEqualTo("mailto:personvern@testdirektoratet.example");
        assertThat(page.html().getElementById("data-protection-officer").text())
                .endsWith("Per Vern, personvernombud@testdirektoratet.example");
        assertThat(page.html().getElementById("not-stored").text()).contains("IP");
        assertThat(page.html().getElementById("statement-date").text()).contains(texts.date());
    }

    @Test
    void every_page_footer_links_both_statements_for_the_public_and_for_staff() {
        WebSession visitor = new WebSession(port);
        assertFooterLinks(visitor.get("/"));
        assertFooterLinks(visitor.get("/horinger/22-414"));

        WebSession staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        Page overview = staff.get("/saksbehandler");
        assertThat(overview.status()).isEqualTo(200);
        assertFooterLinks(overview);
    }

    private static void assertFooterLinks(Page page) {
        assertThat(page.status()).isEqualTo(200);
        Element footer = page.html().selectFirst("footer");
        assertThat(footer.select("a[href=/tilgjengelighet]").text()).isEqualTo("Tilgjengelighetserklæring");
        assertThat(footer.select("a[href=/personvern]").text()).isEqualTo("Personvernerklæring");
    }
}
