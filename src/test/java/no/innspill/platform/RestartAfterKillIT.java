package no.innspill.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Innspill in a process of its own, killed with SIGKILL mid-life: the next start on the same data
 * directory finds every registered response, and numbering goes on without a gap.
 */
class RestartAfterKillIT {

    private final List<Process> processes = new ArrayList<>();
    private Path dataDirectory;

    @Test
    void the_application_restarts_on_the_same_data_after_kill_9_with_all_data_intact() throws Exception {
        // readable by all: as root, the embedded PostgreSQL runs as 'nobody' and must reach it
        dataDirectory = Files.createTempDirectory("innspill-kill-test",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        int port = freePort();
        Process first = start(port, "first", "--server.port=" + port);
        TestApi anonymous = TestApi.anonymous(port);
        String documentNumber = anonymous.postJson(TestApi.DEMO + "/responses", """
                {"respondent": {"name": "Før krasjet", "kind": "person"}, "answers": {"q4": {"text": "Lagret?"}}}""")
                .json().get("documentNumber").stringValue();
        assertThat(documentNumber).isEqualTo("22/414-2");

        first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean database stop
        first.waitFor();
        Path pidFile = dataDirectory.resolve("postgres/postmaster.pid");
        long orphan = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlived the JVM").contains(true);

        int secondPort = freePort();
        Process second = start(secondPort, "second", "serve", "--server.port=" + secondPort); // 'serve' as the jar takes it
        TestApi staff = TestApi.staff(secondPort);
        Reply kept = staff.get(TestApi.DEMO + "/responses/2");
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().at("/respondent/name").stringValue()).isEqualTo("Før krasjet");
        assertThat(kept.json().at("/answers/q4/text").stringValue()).isEqualTo("Lagret?");
        assertThat(staff.get(TestApi.DEMO + "/responses/1").json().at("/respondent/name").stringValue()).isEqualTo("Legemiddelverket");
        assertThat(staff.get(TestApi.DEMO + "/responses").json().size()).as("the demo is loaded once").isEqualTo(2);
        String next = TestApi.anonymous(secondPort).postJson(TestApi.DEMO + "/responses", """
                {"respondent": {"name": "Etter krasjet", "kind": "person"}, "answers": {"q4": {"text": "Ja."}}}""")
                .json().get("documentNumber").stringValue();
        assertThat(next).isEqualTo("22/414-3");

        second.destroy(); // SIGTERM: a clean stop also stops PostgreSQL
        second.waitFor();
        waitUntil(() -> !Files.exists(pidFile), Duration.ofSeconds(30));
        assertThat(pidFile).doesNotExist();
    }

    private Process start(int port, String name, String... arguments) throws IOException, InterruptedException {
        Path log = Path.of("target", "restart-test-" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "no.innspill.InnspillApplication"));
        command.addAll(List.of(arguments));
        command.add("--innspill.embedded-database.directory=" + dataDirectory);
        command.add("--innspill.admin.password=" + TestApi.STAFF_PASSWORD);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        processes.add(process);
        TestApi api = TestApi.anonymous(port);
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            assertThat(process.isAlive()).as("the application exited; see " + log.toAbsolutePath()).isTrue();
            try {
                if (api.get(TestApi.DEMO).status() == 200) {
                    return process;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not start within 120 s; see " + log.toAbsolutePath());
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor();
        }
        if (dataDirectory != null) {
            Path pidFile = dataDirectory.resolve("postgres/postmaster.pid");
            if (Files.exists(pidFile)) { // a failed test must not leave PostgreSQL behind
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean() && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
