package no.innspill.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Consultations of a test's own: made from a definition and opened through the API, and their deadline passed. */
public final class TestConsultations {

    private TestConsultations() {
    }

    /** Creates the consultation of this YAML definition and opens it; its slug. */
    public static String open(int port, String yaml) {
        TestApi staff = TestApi.staff(port);
        var created = staff.post("/api/v1/consultations", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String slug = created.json().get("slug").stringValue();
        assertThat(staff.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        return slug;
    }

    /**
     * The deadline passes (a minute ago), as it would while a respondent reads over; the consultation is still
     * open. No one may set a past deadline, so this is done in the database, and the consultations cached by slug
     * are forgotten.
     */
    public static void passDeadline(JdbcClient jdbc, CacheManager caches, String slug) {
        assertThat(jdbc.sql("update consultation set deadline = now() - interval '1 minute' where case_number = ?")
                .param(slug.replace('-', '/')).update()).isEqualTo(1);
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
    }
}
