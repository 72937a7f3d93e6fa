import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepted response submissions per second through the REST API, against the rate of plain
 * single-row inserts of the same rows straight into the same PostgreSQL (the ceiling).
 *
 * <p>Closed loop: N workers each send the next request as soon as the last one is answered.
 * Run by bench/submissions.sh, which starts the app; by hand:
 * <pre>
 * java -cp postgresql.jar bench/SubmissionBenchmark.java --url http://127.0.0.1:8080 --pg-port 5432 \
 *     --payload src/main/resources/demo/22-414-legemiddelverket.json [--app-pid PID] [--pg-data DIR]
 * </pre>
 * Options: --slug 22-414, --concurrency 1,8,32, --runs 5, --seconds 10, --warmup 10 (per level),
 * --initial-warmup 60 (API at the highest concurrency before anything is measured, for the app's JIT),
 * --max-other 0.3 (a run pair during which processes other than client, app and PostgreSQL kept more
 * cores than this busy is repeated), --retries 10 (at most this many repeats per level),
 * --idempotency-key (send a unique Idempotency-Key with each request), --clk-tck 100.
 */
public class SubmissionBenchmark {

    private static final long MAX_PER_WORKER = 10_000_000; // a bound besides time
    private static final int VARIANTS = 256;
    private static final int BUCKETS = 100_000;            // latency histogram: 0.1 ms buckets up to 10 s

    // ----- options -----
    private final Map<String, String> options;
    private final String baseUrl;
    private final String slug;
    private final int pgPort;
    private final int[] levels;
    private final int runs;
    private final int seconds;
    private final int warmup;
    private final int initialWarmup;
    private final int retries;
    private final double maxOther;
    private final boolean idempotencyKeys;
    private final long appPid;
    private final long postmasterPid;
    private final int clockTicks;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<byte[]> bodies = new ArrayList<>();
    private final AtomicInteger keySequence = new AtomicInteger();
    private final String keyPrefix = "bench-" + Long.toString(System.currentTimeMillis(), 36) + "-";
    private RawRow rawRow;
    private final AtomicInteger rawSequence = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        new SubmissionBenchmark(parse(args)).run();
        System.exit(0); // HttpClient has no close() before Java 21
    }

    SubmissionBenchmark(Map<String, String> options) throws IOException {
        this.options = options;
        this.baseUrl = required("url").replaceAll("/+$", "");
        this.slug = options.getOrDefault("slug", "22-414");
        this.pgPort = Integer.parseInt(required("pg-port"));
        this.levels = Arrays.stream(options.getOrDefault("concurrency", "1,8,32").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        this.runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        this.seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        this.warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        this.initialWarmup = Integer.parseInt(options.getOrDefault("initial-warmup", "60"));
        this.retries = Integer.parseInt(options.getOrDefault("retries", "10"));
        this.maxOther = Double.parseDouble(options.getOrDefault("max-other", "0.3"));
        this.idempotencyKeys = options.containsKey("idempotency-key");
        this.appPid = Long.parseLong(options.getOrDefault("app-pid", "0"));
        this.clockTicks = Integer.parseInt(options.getOrDefault("clk-tck", "100"));
        this.postmasterPid = options.containsKey("pg-data")
                ? Long.parseLong(Files.readAllLines(Path.of(options.get("pg-data"), "postmaster.pid")).get(0).strip()) : 0;

        String payload = Files.readString(Path.of(required("payload")), StandardCharsets.UTF_8);
        Matcher name = Pattern.compile("(\"name\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")").matcher(payload);
        if (!name.find()) {
            throw new IllegalArgumentException("No \"name\" in the payload to vary");
        }
        for (int i = 0; i < VARIANTS; i++) { // the same size give or take a digit, encoded once
            String varied = payload.substring(0, name.end(2)) + " (bench " + i + ")" + payload.substring(name.end(2));
            bodies.add(varied.getBytes(StandardCharsets.UTF_8));
        }
    }

    private String required(String key) {
        String value = options.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Missing --" + key);
        }
        return value;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            if (key.equals("idempotency-key")) {
                options.put(key, "true");
            } else if (i + 1 < args.length) {
                options.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + key + " needs a value");
            }
        }
        return options;
    }

    // ----- the run -----

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Submissions to %s/api/v1/consultations/%s/responses; payload %d bytes; "
                        + "concurrency %s; %d s initial warm-up, then per level %d s warm-up and %d runs of %d s; idempotency keys %s%n",
                baseUrl, slug, bodies.get(0).length, Arrays.toString(levels), initialWarmup, warmup, runs, seconds,
                idempotencyKeys ? "on" : "off");
        long rowsBefore = countResponses();
        prepareRaw();
        long acceptedTotal = 0;

        if (initialWarmup > 0) { // the JIT of the app needs a while at full load before its rate settles
            int top = Arrays.stream(levels).max().orElse(1);
            Result w = measure("api", top, initialWarmup, this::apiWorker);
            acceptedTotal += w.ok;
            rawRow = RawRow.fromLatest(pgPort);
            Result wr = measure("raw", top, Math.max(1, initialWarmup / 3), this::rawWorker);
            System.out.printf(Locale.ROOT, "initial warm-up at c=%d: api %.1f/s (errors %d%s), raw %.1f/s (errors %d%s)%n",
                    top, w.rate(), w.errors, w.errorSummary(), wr.rate(), wr.errors, wr.errorSummary());
        }

        Map<Integer, List<Result>> api = new LinkedHashMap<>();
        Map<Integer, List<Result>> raw = new LinkedHashMap<>();
        Map<Integer, List<Result>> apiDisturbed = new LinkedHashMap<>();
        Map<Integer, List<Result>> rawDisturbed = new LinkedHashMap<>();
        List<Integer> allDisturbed = new ArrayList<>();
        for (int n : levels) {
            Result w = measure("api", n, warmup, this::apiWorker);
            acceptedTotal += w.ok;
            if (rawRow == null) {
                rawRow = RawRow.fromLatest(pgPort);
            }
            Result wr = measure("raw", n, warmup, this::rawWorker);
            System.out.printf(Locale.ROOT, "c=%-3d warm-up: api %.1f/s (errors %d%s), raw %.1f/s (errors %d%s)%n",
                    n, w.rate(), w.errors, w.errorSummary(), wr.rate(), wr.errors, wr.errorSummary());
            // API and raw alternate, so drift (table growth, checkpoints) hits both alike. A pair during
            // which something else on the machine was busy is measured again, a bounded number of times.
            int clean = 0;
            for (int attempt = 1; clean < runs && attempt <= runs + retries; attempt++) {
                long[] statsBefore = writerStats();
                Result a = measure("api", n, seconds, this::apiWorker);
                long[] statsAfter = writerStats();
                a = a.withRowsPerCommit((statsAfter[0] - statsBefore[0]) / (double) Math.max(1, statsAfter[1] - statsBefore[1]));
                acceptedTotal += a.ok;
                Result b = measure("raw", n, seconds, this::rawWorker);
                boolean disturbed = a.cores(a.otherCpu()) > maxOther || b.cores(b.otherCpu()) > maxOther;
                if (!disturbed) {
                    clean++;
                    api.computeIfAbsent(n, k -> new ArrayList<>()).add(a);
                    raw.computeIfAbsent(n, k -> new ArrayList<>()).add(b);
                } else {
                    apiDisturbed.computeIfAbsent(n, k -> new ArrayList<>()).add(a);
                    rawDisturbed.computeIfAbsent(n, k -> new ArrayList<>()).add(b);
                }
                System.out.printf(Locale.ROOT, "c=%-3d run %d%s: api %8.1f/s (errors %d%s, p50 %.1f ms, p99 %.1f ms, "
                                + "~%.1f rows per numbering commit, cpu %s) | raw %8.1f/s (errors %d%s, p50 %.1f ms, p99 %.1f ms, cpu %s)%n",
                        n, attempt, disturbed ? " DISTURBED (other > " + maxOther + " cores; not counted)" : "",
                        a.rate(), a.errors, a.errorSummary(), a.p50, a.p99, a.rowsPerCommit, a.cpu(),
                        b.rate(), b.errors, b.errorSummary(), b.p50, b.p99, b.cpu());
            }
            if (clean == 0) {
                System.out.printf(Locale.ROOT, "c=%d: WARNING: every run was disturbed by other work; the medians below use them all%n", n);
                api.put(n, apiDisturbed.remove(n));
                raw.put(n, rawDisturbed.remove(n));
                allDisturbed.add(n);
            }
        }
        long rowsAfter = countResponses();

        System.out.println();
        System.out.println("Medians (API = HTTP 201s per second; raw = autocommit single-row INSERTs per second into bench.response_raw)");
        System.out.println("| concurrency | API responses/s | raw inserts/s | API / raw | API p50 / p99 ms | raw p50 / p99 ms "
                + "| API rows per commit | API errors | runs |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : levels) {
            double a = median(api.get(n).stream().mapToDouble(Result::rate).toArray());
            double b = median(raw.get(n).stream().mapToDouble(Result::rate).toArray());
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.2f | %.1f / %.1f | %.1f / %.1f | %.1f | %d | %d%s |%n", n, a, b, a / b,
                    median(api.get(n).stream().mapToDouble(r -> r.p50).toArray()),
                    median(api.get(n).stream().mapToDouble(r -> r.p99).toArray()),
                    median(raw.get(n).stream().mapToDouble(r -> r.p50).toArray()),
                    median(raw.get(n).stream().mapToDouble(r -> r.p99).toArray()),
                    median(api.get(n).stream().mapToDouble(r -> r.rowsPerCommit).toArray()),
                    api.get(n).stream().mapToLong(r -> r.errors).sum(), api.get(n).size(),
                    allDisturbed.contains(n) ? " (all disturbed!)"
                            : apiDisturbed.containsKey(n) ? " (+" + apiDisturbed.get(n).size() + " disturbed, left out)" : "");
        }
        if (appPid > 0 || postmasterPid > 0) {
            System.out.println();
            System.out.println("CPU (median over runs): cores busy, and CPU ms per accepted response / per insert; "
                    + "client = this JVM, app = the Innspill JVM, pg = the postmaster and all its children, other = the rest of the machine (kernel threads, anything else running)");
            System.out.println("| concurrency | API: client / app / pg / other cores | API: client / app / pg ms per response | "
                    + "raw: client / pg / other cores | raw: client / pg ms per insert |");
            System.out.println("|---:|---|---|---|---|");
            for (int n : levels) {
                List<Result> a = api.get(n);
                List<Result> b = raw.get(n);
                System.out.printf(Locale.ROOT, "| %d | %.2f / %.2f / %.2f / %.2f | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f | %.3f / %.3f |%n", n,
                        med(a, r -> r.cores(r.clientCpu)), med(a, r -> r.cores(r.appCpu)), med(a, r -> r.cores(r.pgCpu)),
                        med(a, r -> r.cores(r.otherCpu())),
                        med(a, r -> r.msPerOp(r.clientCpu)), med(a, r -> r.msPerOp(r.appCpu)), med(a, r -> r.msPerOp(r.pgCpu)),
                        med(b, r -> r.cores(r.clientCpu)), med(b, r -> r.cores(r.pgCpu)), med(b, r -> r.cores(r.otherCpu())),
                        med(b, r -> r.msPerOp(r.clientCpu)), med(b, r -> r.msPerOp(r.pgCpu)));
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Check: %d responses accepted with 201, table response grew by %d rows%s%n",
                acceptedTotal, rowsAfter - rowsBefore, acceptedTotal == rowsAfter - rowsBefore ? " (match)" : " (MISMATCH)");
        System.out.flush();
    }

    private static double med(List<Result> results, java.util.function.ToDoubleFunction<Result> f) {
        return median(results.stream().mapToDouble(f).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    // ----- load generation -----

    /** Makes the worker with this index; it waits at the gate, then works for {@code seconds}. */
    interface Worker {
        Callable<Tally> create(int index, int seconds, CyclicBarrier gate) throws Exception;
    }

    /** What one worker saw. */
    static final class Tally {
        long ok;
        long errors;
        final Map<String, Long> errorKinds = new HashMap<>();
        final int[] histogram = new int[BUCKETS];

        void record(long nanos) {
            histogram[(int) Math.min(BUCKETS - 1, nanos / 100_000)]++;
        }

        void error(String kind) {
            errors++;
            errorKinds.merge(kind, 1L, Long::sum);
        }
    }

    private Result measure(String what, int n, int seconds, Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            long[] opened = new long[1];
            CyclicBarrier gate = new CyclicBarrier(n + 1, () -> opened[0] = System.nanoTime());
            List<Callable<Tally>> workers = new ArrayList<>();
            for (int i = 0; i < n; i++) { // connections and requests are made here, outside the window
                workers.add(worker.create(i, seconds, gate));
            }
            List<Future<Tally>> futures = new ArrayList<>();
            for (Callable<Tally> w : workers) {
                futures.add(pool.submit(w));
            }
            Cpu before = cpu();
            gate.await(60, TimeUnit.SECONDS);
            long ok = 0;
            long errors = 0;
            Map<String, Long> kinds = new HashMap<>();
            int[] histogram = new int[BUCKETS];
            for (Future<Tally> future : futures) {
                Tally t = future.get(seconds + 120L, TimeUnit.SECONDS);
                ok += t.ok;
                errors += t.errors;
                t.errorKinds.forEach((k, v) -> kinds.merge(k, v, Long::sum));
                for (int b = 0; b < BUCKETS; b++) {
                    histogram[b] += t.histogram[b];
                }
            }
            long elapsed = System.nanoTime() - opened[0]; // until the last in-flight request came back
            Cpu after = cpu(); // before the connections close, so their backends are still there to count
            closeAll();
            return new Result(what, n, ok, errors, kinds, elapsed / 1e9, percentile(histogram, 0.50), percentile(histogram, 0.99),
                    after.client - before.client, after.app - before.app, after.pg - before.pg, after.machine - before.machine, Double.NaN);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            closeAll();
        }
    }

    private final List<AutoCloseable> toClose = new ArrayList<>();

    private void closeAll() {
        for (AutoCloseable c : toClose) {
            try {
                c.close();
            } catch (Exception e) {
                // a connection that broke; nothing to do
            }
        }
        toClose.clear();
    }

    /** Waits for the gate; returns when to stop. */
    private static long openGate(CyclicBarrier gate, int seconds) throws Exception {
        gate.await(60, TimeUnit.SECONDS);
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    }

    private Callable<Tally> apiWorker(int index, int seconds, CyclicBarrier gate) {
        URI uri = URI.create(baseUrl + "/api/v1/consultations/" + slug + "/responses");
        List<HttpRequest> requests = new ArrayList<>();
        if (!idempotencyKeys) { // built once: immutable and reusable
            for (byte[] body : bodies) {
                requests.add(request(uri, body, null));
            }
        }
        return () -> {
            Tally tally = new Tally();
            long end = openGate(gate, seconds);
            for (long i = 0; i < MAX_PER_WORKER; i++) {
                long t0 = System.nanoTime();
                if (t0 >= end) {
                    break;
                }
                int variant = (int) ((index * 7919L + i) % VARIANTS);
                HttpRequest request = idempotencyKeys
                        ? request(uri, bodies.get(variant), keyPrefix + keySequence.incrementAndGet())
                        : requests.get(variant);
                try {
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 201) {
                        tally.ok++;
                        tally.record(System.nanoTime() - t0);
                    } else {
                        tally.error("HTTP " + response.statusCode());
                    }
                } catch (IOException e) {
                    tally.error(e.getClass().getSimpleName());
                }
            }
            return tally;
        };
    }

    private static HttpRequest request(URI uri, byte[] body, String idempotencyKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(70))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return builder.build();
    }

    private Callable<Tally> rawWorker(int index, int seconds, CyclicBarrier gate) throws SQLException {
        Connection connection = DriverManager.getConnection(url("bench"), "postgres", "");
        connection.setAutoCommit(true);
        toClose.add(connection);
        RawRow row = rawRow;
        PreparedStatement insert = connection.prepareStatement(row.insertSql());
        return () -> {
            Tally tally = new Tally();
            long end = openGate(gate, seconds);
            for (long i = 0; i < MAX_PER_WORKER; i++) {
                long t0 = System.nanoTime();
                if (t0 >= end) {
                    break;
                }
                row.bind(insert, rawSequence.incrementAndGet());
                try {
                    insert.executeUpdate();
                    tally.ok++;
                    tally.record(System.nanoTime() - t0);
                } catch (SQLException e) {
                    tally.error("SQLState " + e.getSQLState());
                }
            }
            return tally;
        };
    }

    // ----- the database side -----

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database;
    }

    private long countResponses() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("innspill"), "postgres", "");
             var s = c.createStatement();
             var r = s.executeQuery("select count(*) from response")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Rows inserted into {@code response} and updates of {@code document_counter} (one per numbering
     * transaction) so far, from PostgreSQL's statistics; they lag by up to a second, so the ratio is approximate.
     */
    private long[] writerStats() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("innspill"), "postgres", "");
             var s = c.createStatement();
             var r = s.executeQuery("""
                     select coalesce(sum(n_tup_ins) filter (where relname = 'response'), 0),
                            coalesce(sum(n_tup_upd) filter (where relname = 'document_counter'), 0)
                     from pg_stat_user_tables where relname in ('response', 'document_counter')""")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    /**
     * A scratch database {@code bench} with a table {@code response_raw} shaped like the app's
     * {@code response} as it is now: the same columns and types (generated columns included), the same
     * primary key, unique and check constraints and other indexes; not its foreign keys or triggers.
     */
    private void prepareRaw() throws SQLException {
        List<String> parts = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url("innspill"), "postgres", "");
             var s = c.createStatement()) {
            try (var r = s.executeQuery("""
                    select quote_ident(a.attname), format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity,
                           a.attgenerated, pg_get_expr(d.adbin, d.adrelid)
                    from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                    where a.attrelid = 'public.response'::regclass and a.attnum > 0 and not a.attisdropped
                    order by a.attnum""")) {
                while (r.next()) {
                    String column = r.getString(1) + " " + r.getString(2);
                    if ("a".equals(r.getString(4)) || "d".equals(r.getString(4))) {
                        column += " generated " + ("a".equals(r.getString(4)) ? "always" : "by default") + " as identity";
                    } else if ("s".equals(r.getString(5))) {
                        column += " generated always as (" + r.getString(6) + ") stored";
                    }
                    parts.add(column + (r.getBoolean(3) ? " not null" : ""));
                }
            }
            try (var r = s.executeQuery("""
                    select pg_get_constraintdef(oid) from pg_constraint
                    where conrelid = 'public.response'::regclass and contype in ('p', 'u', 'c') order by contype, conname""")) {
                while (r.next()) {
                    parts.add(r.getString(1));
                }
            }
            try (var r = s.executeQuery("""
                    select pg_get_indexdef(i.indexrelid) from pg_index i
                    where i.indrelid = 'public.response'::regclass
                      and i.indexrelid not in (select conindid from pg_constraint where conrelid = 'public.response'::regclass)""")) {
                while (r.next()) {
                    indexes.add(r.getString(1).replaceFirst("INDEX (\\S+) ON public\\.response ", "INDEX raw_$1 ON public.response_raw "));
                }
            }
        }
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             var s = c.createStatement()) {
            try (var r = s.executeQuery("select 1 from pg_database where datname = 'bench'")) {
                if (!r.next()) {
                    s.execute("create database bench");
                }
            }
        }
        try (Connection c = DriverManager.getConnection(url("bench"), "postgres", "");
             var s = c.createStatement()) {
            s.execute("drop table if exists response_raw");
            s.execute("create table response_raw (\n    " + String.join(",\n    ", parts) + "\n)");
            for (String index : indexes) {
                s.execute(index);
            }
        }
        System.out.printf(Locale.ROOT, "Raw table bench.response_raw mirrors response: %d columns and constraints, %d further indexes%n",
                parts.size(), indexes.size());
    }

    /**
     * The latest response the API stored, to insert again and again: the same values, so rows of the
     * same size, except that one column of each unique key takes a fresh value per row.
     */
    record RawRow(List<String> columns, List<String> types, List<String> values, List<Boolean> varies) {

        static RawRow fromLatest(int pgPort) throws SQLException {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/innspill", "postgres", "");
                 var s = c.createStatement()) {
                List<String> columns = new ArrayList<>();
                List<String> types = new ArrayList<>();
                List<Integer> numbers = new ArrayList<>();
                try (var r = s.executeQuery("""
                        select a.attname, format_type(a.atttypid, a.atttypmod), a.attnum from pg_attribute a
                        where a.attrelid = 'public.response'::regclass and a.attnum > 0 and not a.attisdropped
                          and a.attidentity = '' and a.attgenerated = ''
                        order by a.attnum""")) {
                    while (r.next()) {
                        columns.add(r.getString(1));
                        types.add(r.getString(2));
                        numbers.add(r.getInt(3));
                    }
                }
                List<String> values = new ArrayList<>();
                String select = "select " + String.join(", ", columns.stream().map(col -> "r." + quote(col) + "::text").toList())
                        + ", pg_column_size(r.*) from response r order by r.id desc limit 1";
                int bytes;
                try (var r = s.executeQuery(select)) {
                    if (!r.next()) {
                        throw new IllegalStateException("No response stored by the API to copy");
                    }
                    for (int i = 1; i <= columns.size(); i++) {
                        values.add(r.getString(i));
                    }
                    bytes = r.getInt(columns.size() + 1);
                }
                // one column per unique key varies (the last one), unless the key has a null, and nulls never clash
                List<Boolean> varies = new ArrayList<>(columns.stream().map(col -> false).toList());
                try (var r = s.executeQuery("""
                        select i.indkey::int2[] from pg_index i
                        where i.indrelid = 'public.response'::regclass and i.indisunique""")) {
                    while (r.next()) {
                        Short[] key = (Short[]) r.getArray(1).getArray();
                        List<Integer> positions = Arrays.stream(key).map(k -> numbers.indexOf((int) k)).toList();
                        if (positions.contains(-1)) {
                            continue; // the identity key (or an expression): the database fills it in
                        }
                        boolean clashFree = positions.stream().anyMatch(p -> values.get(p) == null || varies.get(p));
                        if (!clashFree) {
                            int last = positions.get(positions.size() - 1);
                            if (!variable(types.get(last))) {
                                throw new IllegalStateException("Cannot vary column " + columns.get(last) + " of type " + types.get(last));
                            }
                            varies.set(last, true);
                        }
                    }
                }
                var row = new RawRow(columns, types, values, varies);
                System.out.printf(Locale.ROOT, "Raw rows copy the latest stored response (%d bytes as stored); varied per row: %s%n",
                        bytes, String.join(", ", java.util.stream.IntStream.range(0, columns.size())
                                .filter(varies::get).mapToObj(columns::get).toList()));
                return row;
            }
        }

        private static boolean variable(String type) {
            return type.equals("text") || type.startsWith("character varying") || type.equals("integer")
                    || type.equals("bigint") || type.equals("smallint") || type.equals("uuid");
        }

        private static String quote(String identifier) {
            return "\"" + identifier.replace("\"", "\"\"") + "\"";
        }

        String insertSql() {
            return "insert into response_raw (" + String.join(", ", columns.stream().map(RawRow::quote).toList()) + ") values ("
                    + String.join(", ", types.stream().map(type -> "?::" + type).toList()) + ")";
        }

        void bind(PreparedStatement insert, int number) throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                String value = values.get(i);
                if (varies.get(i)) {
                    String type = types.get(i);
                    value = type.equals("uuid") ? java.util.UUID.randomUUID().toString()
                            : type.equals("text") || type.startsWith("character") ? value + "-r" + number
                            : Integer.toString(number);
                }
                insert.setString(i + 1, value);
            }
        }
    }

    // ----- CPU accounting from /proc -----

    record Cpu(double client, double app, double pg, double machine) {
    }

    /** CPU seconds all processes on the machine were busy (not idle, not waiting for I/O). */
    private double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) { // user nice system idle iowait irq softirq steal
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / (double) clockTicks;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private Cpu cpu() {
        double client = procSeconds(ProcessHandle.current().pid(), false);
        double app = appPid > 0 ? procSeconds(appPid, false) : Double.NaN;
        double pg = Double.NaN;
        if (postmasterPid > 0) { // exited backends are counted in the postmaster's children times
            pg = procSeconds(postmasterPid, true);
            for (ProcessHandle child : ProcessHandle.of(postmasterPid).map(p -> p.children().toList()).orElse(List.of())) {
                pg += procSeconds(child.pid(), false);
            }
        }
        return new Cpu(client, app, pg, machineBusySeconds());
    }

    private double procSeconds(long pid, boolean withWaitedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the comm field: f[0] is field 3 (state); utime 14, stime 15, cutime 16, cstime 17
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (withWaitedChildren) {
                ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ticks / (double) clockTicks;
        } catch (IOException | RuntimeException e) {
            return 0; // a backend that just exited
        }
    }

    private static double percentile(int[] histogram, double q) {
        long total = 0;
        for (int c : histogram) {
            total += c;
        }
        if (total == 0) {
            return Double.NaN;
        }
        long target = (long) Math.ceil(q * total);
        long seen = 0;
        for (int b = 0; b < histogram.length; b++) {
            seen += histogram[b];
            if (seen >= target) {
                return (b + 0.5) / 10.0; // ms, middle of the 0.1 ms bucket
            }
        }
        return Double.NaN;
    }

    record Result(String what, int concurrency, long ok, long errors, Map<String, Long> errorKinds, double seconds,
                  double p50, double p99, double clientCpu, double appCpu, double pgCpu, double machineCpu,
                  double rowsPerCommit) {

        Result withRowsPerCommit(double rows) {
            return new Result(what, concurrency, ok, errors, errorKinds, seconds, p50, p99, clientCpu, appCpu, pgCpu, machineCpu, rows);
        }

        /** Busy CPU outside the three processes measured: the kernel's own threads, other work on the machine. */
        double otherCpu() {
            return machineCpu - clientCpu - (Double.isNaN(appCpu) ? 0 : appCpu) - (Double.isNaN(pgCpu) ? 0 : pgCpu);
        }

        double rate() {
            return ok / seconds;
        }

        double cores(double cpuSeconds) {
            return cpuSeconds / seconds;
        }

        double msPerOp(double cpuSeconds) {
            return ok == 0 ? Double.NaN : cpuSeconds * 1000 / ok;
        }

        String errorSummary() {
            return errorKinds.isEmpty() ? "" : " " + errorKinds;
        }

        String cpu() {
            return String.format(Locale.ROOT, "client %.2f app %.2f pg %.2f other %.2f cores", cores(clientCpu), cores(appCpu), cores(pgCpu), cores(otherCpu()));
        }
    }
}
