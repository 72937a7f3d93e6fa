package no.innspill.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server of our own, from zonky's relocatable binaries, whose data survives restarts.
 *
 * <p>We start it ourselves rather than through zonky's {@code EmbeddedPostgres} for two reasons
 * (see docs/decisions.md): PostgreSQL refuses to run as root, so as root we run its programs as
 * {@code nobody} through {@code setpriv}; and after the JVM was killed ({@code kill -9}) the
 * server it started lives on, holding the data directory, so the next start stops that orphan
 * before it starts its own.
 */
final class EmbeddedPostgres {

    static final String USER = "postgres";
    static final String DATABASE = "innspill";
    private static final String VERSION = "17.7.0";
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final int UNPRIVILEGED_ID = 65534; // nobody / nogroup on Debian
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

    private final Path pgData;
    private final Path binaries;
    private final int port;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedPostgres(Path pgData, Path binaries, int port, FileChannel lockChannel, FileLock lock) {
        this.pgData = pgData;
        this.binaries = binaries;
        this.port = port;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static EmbeddedPostgres start(Path directory, Path binariesRoot) {
        try {
            Path dir = directory.toAbsolutePath().normalize();
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve("innspill.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new EmbeddedDatabaseException("Another Innspill process is using the embedded database in "
                        + dir + ". Stop it, or set innspill.embedded-database.directory to another directory.");
            }
            Path binaries = PostgresBinaries.unpack(binariesRoot.resolve(VERSION), EmbeddedPostgres.class.getResourceAsStream(ARCHIVE));
            Path pgData = dir.resolve("postgres");
            var server = new EmbeddedPostgres(pgData, binaries, freePort(), channel, lock);
            server.initialiseIfNew(dir);
            server.stopOrphan();
            server.startServer();
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL {} running on port {} with data in {}", VERSION, server.port, pgData);
            return server;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not start the embedded PostgreSQL in " + directory + ": " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        // batch inserts as multi-row INSERTs: the response writer stores a batch in one round trip
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?reWriteBatchedInserts=true";
    }

    int port() {
        return port;
    }

    void stop() {
        try {
            run(List.of(bin("pg_ctl"), "stop", "-D", pgData.toString(), "-m", "fast", "-w", "-t", "60"), 90);
        } catch (RuntimeException e) {
            log.warn("Stopping the embedded PostgreSQL failed: {}", e.getMessage());
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                log.debug("Releasing the data directory lock failed", e);
            }
        }
    }

    private void initialiseIfNew(Path dir) throws IOException {
        if (Files.exists(pgData.resolve("PG_VERSION"))) {
            return;
        }
        // initdb into a scratch directory and rename it, so a crash here never leaves a half-made cluster
        Path scratch = dir.resolve("postgres.initdb");
        deleteRecursively(scratch);
        Files.createDirectories(scratch);
        giveToServerUser(dir, scratch);
        log.info("Creating a new PostgreSQL database in {}", pgData);
        run(List.of(bin("initdb"), "-D", scratch.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-instructions"), 120);
        Files.move(scratch, pgData);
    }

    /** A server left running by a killed JVM still holds the data directory: stop it first. */
    private void stopOrphan() throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid = lines.isEmpty() ? -1 : parsePid(lines.get(0));
        boolean alive = pid > 0 && ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().command())
                .map(command -> command.endsWith("postgres"))
                .orElse(false);
        if (alive) {
            log.warn("Found PostgreSQL (pid {}) left running by an earlier Innspill process; stopping it", pid);
            run(List.of(bin("pg_ctl"), "stop", "-D", pgData.toString(), "-m", "fast", "-w", "-t", "60"), 90);
        } else {
            Files.deleteIfExists(pidFile);
        }
    }

    private void startServer() {
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                + " -c max_connections=200";
        run(List.of(bin("pg_ctl"), "start", "-D", pgData.toString(), "-o", options,
                "-l", pgData.resolve("server.log").toString(), "-w", "-t", "120"), 150);
    }

    private void createDatabaseIfMissing() {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             var statement = connection.createStatement();
             var result = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!result.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("The embedded PostgreSQL started but cannot be reached: " + e.getMessage(), e);
        }
    }

    private String bin(String program) {
        return binaries.resolve("bin").resolve(program).toString();
    }

    private static void run(List<String> command, int timeoutSeconds) {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID, "--clear-groups"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = readAll(process.getInputStream());
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new EmbeddedDatabaseException(command.get(0) + " did not finish within " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new EmbeddedDatabaseException(Path.of(command.get(0)).getFileName() + " " + command.get(1)
                        + " failed (exit " + process.exitValue() + "): " + new String(output, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("Interrupted while running " + command.get(0), e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        // pg_ctl start leaves the server holding no handle to our pipe (it logs to a file), so this ends
        try (in) {
            return in.readAllBytes();
        }
    }

    /** As root, PostgreSQL's files must belong to the unprivileged user that runs it. */
    private static void giveToServerUser(Path dir, Path scratch) throws IOException {
        if (!runningAsRoot()) {
            return;
        }
        Files.setAttribute(scratch, "unix:uid", UNPRIVILEGED_ID);
        Files.setAttribute(scratch, "unix:gid", UNPRIVILEGED_ID);
        if (!canUnprivilegedUserReach(dir)) {
            throw new EmbeddedDatabaseException("Running as root, Innspill runs its embedded PostgreSQL as user 'nobody', "
                    + "which cannot reach " + dir + ". Run Innspill as an ordinary user, or set "
                    + "innspill.embedded-database.directory to a directory every user can enter (such as /tmp/innspill).");
        }
    }

    private static boolean canUnprivilegedUserReach(Path dir) {
        try {
            Process test = new ProcessBuilder("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID,
                    "--clear-groups", "test", "-x", dir.toString()).start();
            return test.waitFor(10, TimeUnit.SECONDS) && test.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static long parsePid(String line) {
        try {
            return Long.parseLong(line.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
