#!/usr/bin/env bash
# Archive copies (issue 7): how fast a burst of submissions is taken while the copies wait, and how
# fast the background renderer then makes the copies. Results: docs/benchmarks.md.
#
#   bench/archive-copies.sh                 build the jar, start it, measure, stop it
#   JAR=path/to/innspill.jar BURST=3000 CONCURRENCY=32 bench/archive-copies.sh
#
# Sends BURST responses (the seed response, 7.1 KB) at CONCURRENCY through the API as fast as they are
# taken, then polls the embedded PostgreSQL until every archive copy is stored. Needs curl, psql and a JDK 17+.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
BURST=${BURST:-3000}
CONCURRENCY=${CONCURRENCY:-32}
if [[ -z "${JAR:-}" ]]; then
    ./mvnw -B -q package -DskipTests
    JAR=target/innspill.jar
fi
work=$(mktemp -d /tmp/innspill-archive-bench.XXXXXX)
chmod 755 "$work"
app_pid=
cleanup() {
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid"
        for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
    fi
    rm -rf "$work"
}
trap cleanup EXIT
java -jar "$JAR" --server.port=0 --innspill.embedded-database.directory="$work/data" > "$work/app.log" 2>&1 &
app_pid=$!
port=
for _ in $(seq 1 180); do
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$work/app.log" | head -n 1)
    if [[ -n "$port" ]] && curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/consultations/22-414"; then break; fi
    sleep 1
done
pg_port=$(sed -n 4p "$work/data/postgres/postmaster.pid")
sql() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d innspill -Atc "$1"; }
# the demo's own copy first, so the burst starts from an idle renderer
for _ in $(seq 1 60); do [[ "$(sql "select count(*) from archive_copy where status = 'pending'")" == 0 ]] && break; sleep 1; done

start=$(date +%s.%N)
seq 1 "$BURST" | xargs -P "$CONCURRENCY" -I{} curl -s -o /dev/null -w '%{http_code}\n' \
    -H 'Content-Type: application/json' --data-binary @src/main/resources/demo/22-414-legemiddelverket.json \
    "http://127.0.0.1:$port/api/v1/consultations/22-414/responses" > "$work/codes.txt"
taken=$(date +%s.%N)
accepted=$(grep -c '^201$' "$work/codes.txt" || true)
pending_after_burst=$(sql "select count(*) from archive_copy where status = 'pending'")
while [[ "$(sql "select count(*) from archive_copy where status = 'pending'")" != 0 ]]; do sleep 0.5; done
done_at=$(date +%s.%N)
stored=$(sql "select count(*) from archive_copy where status = 'stored'")
failed=$(sql "select count(*) from archive_copy where status = 'failed'")
awk -v s="$start" -v t="$taken" -v d="$done_at" -v n="$accepted" -v p="$pending_after_burst" -v st="$stored" -v f="$failed" 'BEGIN {
    printf "burst: %d responses accepted in %.1f s (%.0f/s, curl processes included); copies pending when it ended: %d\n", n, t-s, n/(t-s), p
    printf "copies: all made %.1f s after the burst ended (%.1f copies/s); stored %d, failed %d\n", d-t, p/(d-t), st, f
}'
