#!/usr/bin/env bash
# Noark 5 extract (issue 10, item 4): time and peak heap to export a closed case of RESPONSES responses.
# Results: docs/benchmarks.md.
#
#   bench/noark5-extract.sh                       build the jar, start it, load, export RUNS times, stop it
#   JAR=target/innspill.jar RESPONSES=10000 RUNS=3 HEAP=512m SCHEMAS=/work/shared/noark5/schemas bench/noark5-extract.sh
#
# Loads the case through the API (the seed response, at 32 at a time), closes it, waits until every response
# is journalled, then — to save the renderer's minutes — copies the one rendered archive copy (the demo
# response's) into every copy of the case that is still pending: the extract reads each copy as it would a
# rendered one. Each export is fetched with curl into a file; jstat samples the heap every 100 ms meanwhile
# (peak = the largest eden+survivor+old in use). The app runs with -Xmx$HEAP, so a held package would not fit.
# Needs curl, psql, unzip and a JDK 17+ (jstat).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
RESPONSES=${RESPONSES:-10000}
RUNS=${RUNS:-3}
HEAP=${HEAP:-512m}
CONCURRENCY=${CONCURRENCY:-32}
SCHEMAS=${SCHEMAS:-$(cd "$repo/.." && pwd)/shared/noark5/schemas}
[[ -f "$SCHEMAS/N5-v5.0/arkivstruktur.xsd" ]] || SCHEMAS=/work/shared/noark5/schemas
if [[ -z "${JAR:-}" ]]; then
    ./mvnw -B -q package -DskipTests
    JAR=target/innspill.jar
fi
PASSWORD=bench-$RANDOM$RANDOM
work=$(mktemp -d /tmp/innspill-noark5-bench.XXXXXX)
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
    --innspill.admin.password="$PASSWORD" --innspill.archive.noark5-schemas="$SCHEMAS" > "$work/app.log" 2>&1 &
app_pid=$!
port=
for _ in $(seq 1 180); do
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$work/app.log" | head -n 1)
    if [[ -n "$port" ]] && curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/consultations/22-414"; then break; fi
    sleep 1
done
base="http://127.0.0.1:$port/api/v1/consultations"
pg_port=$(sed -n 4p "$work/data/postgres/postmaster.pid")
sql() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d innspill -Atc "$1"; }
for _ in $(seq 1 120); do [[ "$(sql "select count(*) from archive_copy where status = 'stored'")" != 0 ]] && break; sleep 1; done

case_number="26/$((RANDOM % 90000 + 10000))"
slug=${case_number/\//-}
cat > "$work/case.yaml" <<YAML
caseNumber: "$case_number"
title: "Høring med $RESPONSES svar"
owner: "Benkedirektoratet"
deadline: "2099-06-30"
responseEmail: "postmottak@bench.example"
questions:
  - id: q1
    kind: text
    text: "Innspill?"
YAML
curl -fs -u "admin:$PASSWORD" -H 'Content-Type: application/yaml' --data-binary @"$work/case.yaml" "$base" > /dev/null
curl -fs -u "admin:$PASSWORD" -X POST "$base/$slug/open" > /dev/null
printf '{"respondent": {"name": "Høringsinstans", "kind": "organisation", "organisationNumber": "974761211"}, "answers": {"q1": {"text": "Vi støtter forslaget, med merknadene i vedlagte brev og noen ord til."}}}' > "$work/response.json"
load_start=$(date +%s.%N)
seq 1 "$RESPONSES" | xargs -P "$CONCURRENCY" -I{} curl -s -o /dev/null -w '%{http_code}\n' \
    -H 'Content-Type: application/json' --data-binary @"$work/response.json" "$base/$slug/responses" > "$work/codes.txt"
accepted=$(grep -c '^201$' "$work/codes.txt" || true)
curl -fs -u "admin:$PASSWORD" -X POST "$base/$slug/close" > /dev/null
consultation_id=$(sql "select id from consultation where case_number = '$case_number'")
until [[ "$(sql "select count(*) from journal_entry where consultation_id = $consultation_id")" == "$accepted" \
      && "$(sql "select count(*) from archive_copy where consultation_id = $consultation_id")" == "$accepted" ]]; do sleep 1; done
sql "update archive_copy set status = 'stored', rendered_at = now(), pdf = (select pdf from archive_copy where status = 'stored'
     and consultation_id <> $consultation_id limit 1) where consultation_id = $consultation_id and status <> 'stored'" > /dev/null
loaded=$(date +%s.%N)
pdf_size=$(sql "select octet_length(pdf) from archive_copy where consultation_id = $consultation_id limit 1")
awk -v s="$load_start" -v e="$loaded" -v n="$accepted" -v p="$pdf_size" \
    'BEGIN { printf "loaded: %d responses journalled with stored copies (%d bytes each) in %.1f s\n", n, p, e-s }'

for run in $(seq 1 "$RUNS"); do
    jcmd "$app_pid" GC.run > /dev/null
    jstat -gc "$app_pid" 100 > "$work/jstat.txt" &
    jstat_pid=$!
    curl -s -u "admin:$PASSWORD" -o "$work/extract.zip" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' \
        "$base/$slug/noark5.zip" > "$work/curl.txt"
    kill "$jstat_pid"; wait "$jstat_pid" 2>/dev/null || true
    read -r code first total size < "$work/curl.txt"
    files=$(unzip -Z1 "$work/extract.zip" | grep -c '^dokumenter/' || true)
    # jstat -gc columns: S0C S1C S0U S1U EC EU OC OU …: used = S0U + S1U + EU + OU (KB)
    peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%.0f", max / 1024 }' "$work/jstat.txt")
    before=$(awk 'NR == 2 { printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }' "$work/jstat.txt")
    echo "run $run: HTTP $code, first byte after ${first} s, all ${total} s, $((size / 1024 / 1024)) MB, $files documents," \
        "heap in use ${before} MB after a GC before it, peak ${peak} MB (-Xmx$HEAP)"
    rm -f "$work/extract.zip"
done
