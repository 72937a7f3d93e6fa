package no.innspill.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import no.innspill.testing.AppProcesses;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Innspill in a process of its own, killed with SIGKILL mid-life: the next start on the same data
 * directory finds every registered response, and numbering goes on without a gap.
 */
class RestartAfterKillIT {

    private AppProcesses apps;

    @Test
    void the_application_restarts_on_the_same_data_after_kill_9_with_all_data_intact() throws Exception {
        apps = new AppProcesses("kill-test");
        var first = apps.start("restart-test-first", TestApi.DEMO);
        TestApi anonymous = TestApi.anonymous(first.port());
        String documentNumber = anonymous.postJson(TestApi.DEMO + "/responses", """
                {"respondent": {"name": "Før krasjet", "kind": "person"}, "answers": {"q4": {"text": "Lagret?"}}}""")
                .json().get("documentNumber").stringValue();
        // 22/414-1 is the seed; the demo's høringsbrev, journalled as it is added, takes the next number before or after this one
        int before = number(documentNumber);
        assertThat(before).isIn(2, 3);

        first.kill();
        long orphan = Long.parseLong(Files.readAllLines(apps.postmasterPid()).get(0).strip());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlived the JVM").contains(true);

        var second = apps.start("restart-test-second", TestApi.DEMO, "serve"); // 'serve' as the jar takes it
        TestApi staff = TestApi.staff(second.port());
        Reply kept = staff.get(TestApi.DEMO + "/responses/" + before);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().at("/respondent/name").stringValue()).isEqualTo("Før krasjet");
        assertThat(kept.json().at("/answers/q4/text").stringValue()).isEqualTo("Lagret?");
        assertThat(staff.get(TestApi.DEMO + "/responses/1").json().at("/respondent/name").stringValue()).isEqualTo("Legemiddelverket");
        assertThat(staff.get(TestApi.DEMO + "/responses").json().size()).as("the demo is loaded once").isEqualTo(2);
        String next = TestApi.anonymous(second.port()).postJson(TestApi.DEMO + "/responses", """
                {"respondent": {"name": "Etter krasjet", "kind": "person"}, "answers": {"q4": {"text": "Ja."}}}""")
                .json().get("documentNumber").stringValue();
        assertThat(number(next)).isGreaterThan(before);
        // without a gap: the seed, the letter and the two responses are the case's documents 1 to 4
        AppProcesses.waitUntil(() -> staff.get(TestApi.DEMO + "/journal").json().get("entries").size() == 4, Duration.ofSeconds(30));
        assertThat(staff.get(TestApi.DEMO + "/journal").json().get("entries").findValues("entryNumber").stream()
                .map(tools.jackson.databind.JsonNode::intValue).toList()).containsExactly(1, 2, 3, 4);

        second.process().destroy(); // SIGTERM: a clean stop also stops PostgreSQL
        second.process().waitFor();
        AppProcesses.waitUntil(() -> !Files.exists(apps.postmasterPid()), Duration.ofSeconds(30));
        assertThat(apps.postmasterPid()).doesNotExist();
    }

    private static int number(String documentNumber) {
        return Integer.parseInt(documentNumber.substring("22/414-".length()));
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (apps != null) {
            apps.close();
        }
    }
}
