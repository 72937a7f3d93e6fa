#!/usr/bin/env bash
# Streamed exports (issue 13, item 5): time and heap of the CSV and XLSX exports (and JSON lines) of RESPONSES responses.
# Results: docs/benchmarks.md.
#
#   bench/exports.sh                                   build the jar, start it, load, export RUNS times each, stop it
#   JAR=target/innspill.jar RESPONSES=10000 RUNS=3 HEAP=512m FORMATS="csv xlsx jsonl" bench/exports.sh
#
# Loads the seed response (src/main/resources/demo/22-414-legemiddelverket.json, about 7 KB) RESPONSES times into
# the demo case through the API, CONCURRENCY at a time. Each export is fetched with curl into a file (time to first
# byte, total, size); jstat samples the heap every 100 ms meanwhile: "before" is the heap in use after a full GC
# just before the export, "peak" the largest eden+survivor+old in use during it (garbage included, so an upper
# bound of what the export holds), "after GC" the heap in use after a full GC once it is done. The app runs with
# -Xmx$HEAP, so an export that held the case would fail; without the background renderer of archive copies. Needs curl, psql, unzip and a JDK 17+ (jstat, jcmd).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
RESPONSES=${RESPONSES:-10000}
RUNS=${RUNS:-3}
HEAP=${HEAP:-512m}
CONCURRENCY=${CONCURRENCY:-16}
FORMATS=${FORMATS:-csv xlsx jsonl}
if [[ -z "${JAR:-}" ]]; then
    ./mvnw -B -q package -DskipTests
    JAR=target/innspill.jar
fi
PASSWORD=bench-$RANDOM$RANDOM
work=$(mktemp -d /tmp/innspill-exports-bench.XXXXXX)
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
java -Xmx"$HEAP" -jar "$JAR" --server.port=0 --innspill.embedded-database.directory="$work/data" \
    --innspill.admin.password="$PASSWORD" --innspill.archive.render=false > "$work/app.log" 2>&1 &
app_pid=$!
port=
for _ in $(seq 1 180); do
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$work/app.log" | head -n 1)
    # ready once started: the demo data is loaded at start-up, and a response stored meanwhile would race its journal
    if [[ -n "$port" ]] && grep -q 'Started InnspillApplication' "$work/app.log"; then break; fi
    sleep 1
done
[[ -n "$port" ]] || { echo "The app did not start:" >&2; tail -n 40 "$work/app.log" >&2; exit 1; }
base="http://127.0.0.1:$port/api/v1/consultations/22-414"
pg_port=$(sed -n 4p "$work/data/postgres/postmaster.pid")
sql() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d innspill -Atc "$1"; }

seed=src/main/resources/demo/22-414-legemiddelverket.json
load_start=$(date +%s.%N)
seq 1 "$RESPONSES" | xargs -P "$CONCURRENCY" -I{} curl -s -o /dev/null -w '%{http_code}\n' \
    -H 'Content-Type: application/json' --data-binary @"$seed" "$base/responses" > "$work/codes.txt"
accepted=$(grep -c '^201$' "$work/codes.txt" || true)
loaded=$(date +%s.%N)
total=$(sql "select count(*) from response r join consultation c on c.id = r.consultation_id where c.case_number = '22/414'")
awk -v s="$load_start" -v e="$loaded" -v n="$accepted" -v t="$total" -v b="$(wc -c < "$seed")" \
    'BEGIN { printf "loaded: %d responses of %d bytes in %.1f s (%d in the case)\n", n, b, e-s, t }'
# no archive copies are rendered (innspill.archive.render=false): the renderer would share the CPU with the exports

heap_mb() { jcmd "$app_pid" GC.run > /dev/null; sleep 1; jstat -gc "$app_pid" | awk 'NR == 2 { printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }'; }
for format in $FORMATS; do
    for run in $(seq 1 "$RUNS"); do
        before=$(heap_mb)
        jstat -gc "$app_pid" 100 > "$work/jstat.txt" &
        jstat_pid=$!
        curl -s -u "admin:$PASSWORD" -o "$work/export.$format" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' \
            "$base/export/responses.$format" > "$work/curl.txt"
        kill "$jstat_pid"; wait "$jstat_pid" 2>/dev/null || true
        read -r code first took size < "$work/curl.txt"
        peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%.0f", max / 1024 }' "$work/jstat.txt")
        after=$(heap_mb)
        printf '%-5s run %d: HTTP %s, first byte %.2f s, total %.2f s, %.1f MB; heap before %s MB, peak %s MB (+%s), after GC %s MB (-Xmx%s)\n' \
            "$format" "$run" "$code" "$first" "$took" "$(awk -v s="$size" 'BEGIN { print s / 1048576 }')" \
            "$before" "$peak" "$((peak - before))" "$after" "$HEAP"
    done
done
