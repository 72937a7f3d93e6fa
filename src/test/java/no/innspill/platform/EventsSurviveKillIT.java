package no.innspill.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import no.innspill.testing.AppProcesses;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An event whose listeners had not run when the process was killed ({@code kill -9}) is delivered
 * after the restart: the response's receipt e-mail reaches the outbox once, and its archive copy is
 * made and it is journalled. The first process holds every listener (profile {@code hold-event-listeners}) so the kill
 * falls between the commit and the side effects.
 */
class EventsSurviveKillIT {

    private AppProcesses apps;

    @Test
    void side_effects_of_a_response_stored_before_a_kill_9_happen_after_the_restart() throws Exception {
        apps = new AppProcesses("events-kill-test");
        Path held = apps.dataDirectory().resolve("held-listeners.txt");
        var first = apps.start("events-kill-first", "/api/v1/consultations", "--spring.profiles.active=hold-event-listeners",
                "--innspill.test.held-listeners=" + held, "--innspill.demo.enabled=false");
        TestApi staff = TestApi.staff(first.port());
        String caseNumber = TestForms.newCaseNumber();
        String path = "/api/v1/consultations/" + caseNumber.replace('/', '-');
        assertThat(staff.post("/api/v1/consultations", "application/yaml",
                TestForms.yaml(caseNumber, "2099-06-30").getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(201);
        assertThat(staff.postJson(path + "/open", "").status()).isEqualTo(200);
        String email = "etter-krasjet@example.no";
        Reply accepted = TestApi.anonymous(first.port()).postJson(path + "/responses", """
                {"respondent": {"name": "Kari Nordmann", "kind": "person", "email": "%s"},
                 "answers": {"q1": {"choice": "yes", "text": "Godt."}}}""".formatted(email));
        assertThat(accepted.status()).isEqualTo(201);
        // the journal's listener of the opening, then the response's receipt, archive copy, journal, invitee matching and
        // campaign arrival listeners: six publications, of which the event pool's four threads hold four (the rest wait in
        // the queue)
        AppProcesses.waitUntil(() -> lines(held) >= 4, Duration.ofSeconds(30));
        assertThat(lines(held)).as("every event thread is held").isEqualTo(4);
        try (Connection db = apps.database()) {
            AppProcesses.waitUntil(() -> count(db, "select count(*) from event_publication") >= 6, Duration.ofSeconds(10));
            assertThat(count(db, "select count(*) from event_publication")).isEqualTo(6);
            assertThat(count(db, "select count(*) from journal_entry")).as("not journalled before the kill").isZero();
            assertThat(count(db, "select count(*) from outbox_mail where recipient = '" + email + "'")).isZero();
        }

        first.kill();

        var second = apps.start("events-kill-second", "/api/v1/consultations", "--innspill.demo.enabled=false",
                "--spring.modulith.events.staleness.published=2s", "--spring.modulith.events.staleness.check-intervall=500ms",
                "--innspill.events.retry-interval=500ms", "--innspill.events.first-retry-delay=0s", "--innspill.archive.poll-interval=500ms");
        TestApi staffAgain = TestApi.staff(second.port());
        String copy = path + "/responses/1/archive-copy.pdf";
        AppProcesses.waitUntil(() -> staffAgain.get(copy).status() == 200, Duration.ofSeconds(60));
        Reply pdf = staffAgain.get(copy);
        assertThat(pdf.status()).as("the archive copy is made after the restart").isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        try (Connection db = apps.database()) {
            AppProcesses.waitUntil(() -> count(db, "select count(*) from event_publication") == 0, Duration.ofSeconds(30));
            assertThat(count(db, "select count(*) from outbox_mail where recipient = '" + email + "'"))
                    .as("the receipt is in the outbox, once").isEqualTo(1);
            assertThat(count(db, "select count(*) from journal_entry where entry_type = 'incoming'"))
                    .as("the response is journalled, once").isEqualTo(1);
            assertThat(count(db, "select count(*) from event_publication")).as("every publication completed").isZero();
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (apps != null) {
            apps.close();
        }
    }

    private static long lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).size() : 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(Connection db, String sql) {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
