package no.innspill.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class DemoDataIT {

    @LocalServerPort
    int port;

    @Test
    void the_demo_consultation_is_open_for_three_months_with_the_seed_as_its_first_document() throws Exception {
        TestApi staff = TestApi.staff(port);
        JsonNode consultation = staff.get(TestApi.DEMO).json();
        assertThat(consultation.get("status").stringValue()).isEqualTo("open");
        LocalDate deadline = OffsetDateTime.parse(consultation.get("deadline").stringValue())
                .atZoneSameInstant(ZoneId.of("Europe/Oslo")).toLocalDate();
        // three months from the day the demo was loaded: the shared test context may have loaded it before midnight
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        assertThat(deadline).isIn(today.plusMonths(3), today.minusDays(1).plusMonths(3));
        // one deadline: the consultation's; the form holds only questions, intro and themes
        JsonNode form = staff.get(TestApi.DEMO + "/form").json();
        assertThat(form.has("deadline")).isFalse();
        assertThat(form.get("version").intValue()).isEqualTo(1);

        JsonNode first = staff.get(TestApi.DEMO + "/responses/1").json();
        assertThat(first.get("documentNumber").stringValue()).isEqualTo("22/414-1");
        assertThat(first.get("channel").stringValue()).isEqualTo("email");
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("/demo/22-414-legemiddelverket.json")) {
            fixture = TestApi.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(first.get("respondent")).isEqualTo(((tools.jackson.databind.node.ObjectNode) fixture.get("respondent").deepCopy()).putNull("contactPerson")); // none in the seed
        assertThat(first.get("answers")).isEqualTo(fixture.get("answers"));
        assertThat(first.at("/answers/q1/text").stringValue())
                .startsWith("Legemiddelverket stiller seg bak de fem strategiske målene")
                .contains("\n• Legemiddelverket vil understreke behovet for tydelige føringer")
                .contains("en forutsetning for et skapende miljø");
        assertThat(first.at("/answers/q3/text").isNull()).isTrue();
    }
}
