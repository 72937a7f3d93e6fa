package no.innspill.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Innspill in processes of its own on one data directory, started as the jar starts it and killed
 * at will, for tests of what survives {@code kill -9}. {@link #close} kills what is left, also the
 * embedded PostgreSQL a killed process leaves behind.
 */
public final class AppProcesses implements AutoCloseable {

    private final List<Process> processes = new ArrayList<>();
    private final Path dataDirectory;

    public AppProcesses(String name) throws IOException {
        // readable by all: as root, the embedded PostgreSQL runs as 'nobody' and must reach it
        this.dataDirectory = Files.createTempDirectory("innspill-" + name,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path postmasterPid() {
        return dataDirectory.resolve("postgres/postmaster.pid");
    }

    /** Starts the application on a free port and waits until {@code readyPath} answers 200; returns the port. */
    public Started start(String logName, String readyPath, String... arguments) throws IOException, InterruptedException {
        int port = freePort();
        Path log = Path.of("target", logName + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "no.innspill.InnspillApplication"));
        command.addAll(List.of(arguments));
        command.add("--server.port=" + port);
        command.add("--innspill.embedded-database.directory=" + dataDirectory);
        command.add("--innspill.admin.password=" + TestApi.STAFF_PASSWORD);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        TestApi api = TestApi.anonymous(port);
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            assertThat(process.isAlive()).as("the application exited; see " + log.toAbsolutePath()).isTrue();
            try {
                if (api.get(readyPath).status() == 200) {
                    return new Started(process, port);
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not start within 120 s; see " + log.toAbsolutePath());
    }

    /** A running application: its process and port. */
    public record Started(Process process, int port) {

        /** SIGKILL: no shutdown hook, no clean database stop. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** A connection to the embedded PostgreSQL of the running application (port from its postmaster.pid). */
    public Connection database() throws IOException, SQLException {
        List<String> pid = Files.readAllLines(postmasterPid());
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/innspill", "postgres", "");
    }

    public static void waitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean() && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor();
        }
        if (Files.exists(postmasterPid())) { // a failed test must not leave PostgreSQL behind
            long pid = Long.parseLong(Files.readAllLines(postmasterPid()).get(0).strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
