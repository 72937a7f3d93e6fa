package no.innspill.archive.noark5;

import static org.assertj.core.api.Assertions.assertThat;

import no.innspill.archive.AttachmentArchiveCopiesIT;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In the shared test context {@code innspill.archive.noark5-schemas} is not set (as on a fresh installation): the
 * extract of a closed case is refused with 503, saying which setting and where Arkivverket publishes the schemas.
 */
@IntegrationTest
class Noark5SchemasMissingIT {

    @LocalServerPort
    int port;

    @Test
    void without_the_schemas_the_extract_says_where_to_get_them_and_refuses() {
        String slug = AttachmentArchiveCopiesIT.openConsultation(port);
        TestApi staff = TestApi.staff(port);
        assertThat(staff.post("/api/v1/consultations/" + slug + "/close", "application/json", new byte[0]).status()).isEqualTo(200);

        var refused = staff.get("/api/v1/consultations/" + slug + "/noark5.zip");
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("title").asString()).isEqualTo("Noark 5 schemas missing");
        assertThat(refused.json().get("detail").asString()).contains("innspill.archive.noark5-schemas is not set",
                "https://github.com/arkivverket/schemas", "https://schema.arkivverket.no");

        WebSession web = new WebSession(port);
        web.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        var page = web.get("/saksbehandler/horinger/" + slug + "/noark5.zip");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().getElementById("noark5-refused").text()).contains("innspill.archive.noark5-schemas",
                "github.com/arkivverket/schemas");
    }
}
