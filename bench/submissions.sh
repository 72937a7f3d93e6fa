#!/usr/bin/env bash
# Accepted response submissions per second through the REST API, against the ceiling of plain
# single-row inserts of the same rows into the same embedded PostgreSQL. Results: docs/benchmarks.md.
#
#   bench/submissions.sh                  build the jar of this repository, start it, measure, stop it
#   JAR=path/to/innspill.jar bench/submissions.sh
#
# Settings (environment): CONCURRENCY=1,8,32 RUNS=5 RUN_SECONDS=10 WARMUP=10 (per level)
# INITIAL_WARMUP=60 (API at the top concurrency first, for the JIT), APP_JAVA_OPTS for the
# app's JVM, KEEP=1 to keep the temporary directory, NICE=-10 to run the app (so also its
# PostgreSQL) and the load generator at that niceness (a negative value needs root; with the
# kernel's autogroup scheduling it does not shield them from other terminals' builds).
# Further arguments go to the load generator, e.g. --idempotency-key to send a unique
# Idempotency-Key with every request, or --max-other 0.3 --retries 10: a run pair during which
# other processes on the machine kept more than 0.3 cores busy is measured again, up to 10 times
# per level. Needs unzip, curl and a JDK 17+.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

if [[ -z "${JAR:-}" ]]; then
    echo "Building the jar (./mvnw -B -q package -DskipTests)..." >&2
    ./mvnw -B -q package -DskipTests
    JAR=target/innspill.jar
fi
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")

work=$(mktemp -d /tmp/innspill-bench.XXXXXX)
chmod 755 "$work" # as root the app runs PostgreSQL as 'nobody', which must reach the data directory
app_pid=
cleanup() {
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" # the app stops its PostgreSQL as it shuts down
        for _ in $(seq 1 90); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
        if kill -0 "$app_pid" 2>/dev/null; then
            echo "The app did not stop within 90 s; killing it" >&2
            kill -KILL "$app_pid" 2>/dev/null || true
        fi
    fi
    local pidfile="$work/data/postgres/postmaster.pid"
    if [[ -f "$pidfile" ]]; then # left running by an app that was killed: fast shutdown
        local pg_pid
        pg_pid=$(head -n 1 "$pidfile")
        if [[ -n "$pg_pid" ]] && kill -0 "$pg_pid" 2>/dev/null; then
            kill -INT "$pg_pid" 2>/dev/null || true
            for _ in $(seq 1 60); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 1; done
        fi
    fi
    if [[ "${KEEP:-0}" == 1 ]]; then
        echo "Kept $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The PostgreSQL driver the app itself ships
mkdir -p "$work/lib"
unzip -q -j -o "$JAR" 'BOOT-INF/lib/postgresql-*.jar' -d "$work/lib"
driver=$(ls "$work"/lib/postgresql-*.jar | head -n 1)

# Port 0: the app takes a free port and logs which
nice=()
if [[ -n "${NICE:-}" ]]; then
    nice=(nice -n "$NICE")
fi
# shellcheck disable=SC2086
"${nice[@]}" java ${APP_JAVA_OPTS:-} -jar "$JAR" --server.port=0 --innspill.embedded-database.directory="$work/data" \
    > "$work/app.log" 2>&1 &
app_pid=$!
port=
for _ in $(seq 1 180); do
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "The app exited during start-up:" >&2; tail -n 40 "$work/app.log" >&2; exit 1
    fi
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$work/app.log" | head -n 1)
    if [[ -n "$port" ]] && curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/consultations/22-414"; then
        break
    fi
    port=
    sleep 1
done
if [[ -z "$port" ]]; then
    echo "The app did not become ready within 180 s:" >&2; tail -n 40 "$work/app.log" >&2; exit 1
fi
pg_data="$work/data/postgres"
pg_port=$(sed -n 4p "$pg_data/postmaster.pid")
echo "App pid $app_pid on port $port; embedded PostgreSQL on port $pg_port" >&2

"${nice[@]}" java -cp "$driver" bench/SubmissionBenchmark.java \
    --url "http://127.0.0.1:$port" --slug 22-414 \
    --payload src/main/resources/demo/22-414-legemiddelverket.json \
    --pg-port "$pg_port" --pg-data "$pg_data" --app-pid "$app_pid" --clk-tck "$(getconf CLK_TCK)" \
    --concurrency "${CONCURRENCY:-1,8,32}" --runs "${RUNS:-5}" --seconds "${RUN_SECONDS:-10}" \
    --warmup "${WARMUP:-10}" --initial-warmup "${INITIAL_WARMUP:-60}" "$@"
