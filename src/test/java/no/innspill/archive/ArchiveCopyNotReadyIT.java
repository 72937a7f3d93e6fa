package no.innspill.archive;

import static org.assertj.core.api.Assertions.assertThat;

import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A copy asked for before it is made: 503 with Retry-After, as problem+json for the API and as a page for people. */
@IntegrationTest
@TestPropertySource(properties = "innspill.archive.render=false")
class ArchiveCopyNotReadyIT {

    @LocalServerPort
    int port;

    @Test
    void a_copy_not_made_yet_says_so_in_the_api_and_on_the_page() {
        TestApi staff = TestApi.staff(port);
        var created = staff.postJson(TestApi.DEMO + "/responses", """
                {"respondent": {"name": "Venteetaten", "kind": "organisation"}, "answers": {"q4": {"text": "Snart."}}}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("documentNumber").stringValue().replaceAll(".*-", "");

        var api = staff.get(TestApi.DEMO + "/responses/" + number + "/archive-copy.pdf");
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.header("Retry-After")).isEqualTo("10");
        assertThat(api.json().get("title").stringValue()).isEqualTo("Archive copy not made yet");

        WebSession web = new WebSession(port);
        web.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        var page = web.get("/saksbehandler/horinger/22-414/svar/" + number + "/arkivkopi.pdf");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.html().select("h1").text()).isEqualTo("Arkivkopien av 22/414-" + number + " er ikke klar ennå");
        assertThat(page.html().select("a[href$=/svar/" + number + "]")).hasSize(1);

        assertThat(staff.get(TestApi.DEMO + "/responses/99999/archive-copy.pdf").status()).isEqualTo(404);
    }
}
