#!/usr/bin/env bash
# Reading the responses at scale (issue 13): loads 1,000, 10,000 and 100,000 responses of the seed's size into the
# demo consultation 22/414 through the staff API (bench/ReadingAtScaleLoader.java varies each one), and at each size
# times the staff list, a filtered page, two searches, the statistics page, the CSV and XLSX exports (with the
# server's heap growth) and reports the database size. Prints a Markdown table. Results: docs/benchmarks.md.
#
#   bash bench/reading-at-scale.sh                     build the jar if there is none, start it, measure, stop it
#   SIZES="1000 10000" bash bench/reading-at-scale.sh  other sizes (cumulative, ascending)
#
# Settings (environment): JAR (default target/innspill.jar, built when missing; BUILD=1 rebuilds),
# SIZES="1000 10000 100000", API_RESPONSES=1000 (how many are posted through the API, each varied; the rest are copies
# of those made in PostgreSQL, see load_sql: the API takes 1,000 responses of 7 KB in about 2 minutes on the shared
# 2-core machine, 100,000 would take hours; API_RESPONSES=100000 loads them all through the API), REQUESTS=50 (timed requests per page), WARMUP=5, CONCURRENCY=16 (loading clients),
# HEAP=1g (the app's -Xmx), APP_ARGS (default --innspill.archive.render=false: the archive copies' renderer, measured
# in bench/archive-copies.sh, would otherwise render 100,000 PDFs in the background and take the CPU from the pages), ANALYZE=1 (analyze the tables after loading, as autovacuum would do by and by),
# EXPLAIN=1 (write explain (analyze, buffers) of the core queries at the largest size to $EXPLAIN_OUT),
# KEEP=1 (keep the temporary directory). Needs curl, psql, jstat/jcmd (a JDK 17+), unzip.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
SIZES=${SIZES:-"1000 10000 100000"}
REQUESTS=${REQUESTS:-50}
WARMUP=${WARMUP:-5}
CONCURRENCY=${CONCURRENCY:-16}
API_RESPONSES=${API_RESPONSES:-1000}
HEAP=${HEAP:-1g}
EXPLAIN_OUT=${EXPLAIN_OUT:-/tmp/reading-at-scale-explain.txt}
SLUG=22-414
PASSWORD="bench-$(date +%s)-$RANDOM"

JAR=${JAR:-target/innspill.jar}
if [[ ! -f "$JAR" || "${BUILD:-0}" == 1 ]]; then
    echo "Building the jar (./mvnw -B -q package -DskipTests)..." >&2
    ./mvnw -B -q package -DskipTests
fi
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")

work=$(mktemp -d /tmp/innspill-reading.XXXXXX)
chmod 755 "$work" # as root the app runs PostgreSQL as 'nobody', which must reach the data directory
app_pid=
sampler_pid=
cleanup() {
    if [[ -n "$sampler_pid" ]]; then kill "$sampler_pid" 2>/dev/null || true; fi
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
    if [[ "${KEEP:-0}" == 1 ]]; then echo "Kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ----- start the app on a fresh data directory (port 0: it takes a free port and logs which) -----
INNSPILL_ADMIN_PASSWORD="$PASSWORD" java "-Xmx$HEAP" -jar "$JAR" --server.port=0 \
    --innspill.embedded-database.directory="$work/data" ${APP_ARGS:---innspill.archive.render=false} > "$work/app.log" 2>&1 &
app_pid=$!
port=
for _ in $(seq 1 240); do
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "The app exited during start-up:" >&2; tail -n 40 "$work/app.log" >&2; exit 1
    fi
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$work/app.log" | head -n 1)
    if [[ -n "$port" ]] && curl -fs -m 10 -o /dev/null "http://127.0.0.1:$port/api/v1/consultations/$SLUG"; then
        break
    fi
    port=
    sleep 1
done
if [[ -z "$port" ]]; then
    echo "The app did not become ready within 240 s:" >&2; tail -n 40 "$work/app.log" >&2; exit 1
fi
base="http://127.0.0.1:$port"
pg_port=$(sed -n 4p "$work/data/postgres/postmaster.pid")
sql() { psql -X -q -A -t -h 127.0.0.1 -p "$pg_port" -U postgres -d innspill -c "$1"; }
echo "App pid $app_pid on port $port; embedded PostgreSQL on port $pg_port; data in $work" >&2

# ----- staff session for the pages: form login with the CSRF token -----
cookies="$work/cookies.txt"
login_page=$(curl -fsS -m 30 -c "$cookies" -b "$cookies" "$base/logg-inn")
csrf=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' <<<"$login_page" | sed 's/.*value="\([^"]*\)".*/\1/' | head -n 1)
[[ -n "$csrf" ]] || csrf=$(grep -o 'value="[^"]*"[^>]*name="_csrf"' <<<"$login_page" | sed 's/value="\([^"]*\)".*/\1/' | head -n 1)
curl -fsS -m 30 -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=admin" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$base/logg-inn"
if [[ $(curl -s -m 30 -o /dev/null -w '%{http_code}' -b "$cookies" "$base/saksbehandler/horinger/$SLUG") != 200 ]]; then
    echo "Staff login failed" >&2; exit 1
fi

check_app() {
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "The app has stopped:" >&2; tail -n 40 "$work/app.log" >&2; exit 1
    fi
}

# ----- loading -----
# load_api FROM COUNT: responses FROM … FROM+COUNT-1 through the API (bench/ReadingAtScaleLoader.java), each varied
load_api() {
    local out
    out=$(java bench/ReadingAtScaleLoader.java --url "$base" --slug "$SLUG" --user admin --password "$PASSWORD" \
        --payload src/main/resources/demo/22-414-legemiddelverket.json --from "$1" --count "$2" --concurrency "$CONCURRENCY") \
        || { echo "Loading through the API failed: $out" >&2; check_app; exit 1; }
    read -r accepted failed load_seconds <<<"$out"
    echo "Loaded $accepted through the API in $load_seconds s ($failed failed)" >&2
}

# load_sql FROM COUNT: copies of the responses loaded through the API, made in PostgreSQL in batches of 10,000, each
# with the answers of one of them (i mod API_RESPONSES: its shuffled text and distinct words), a new document number
# and receipt token, and its own name, kind, channel and choice drawn again. The triggers compute the search vector,
# the choice and answered keys and the case's generation as for any response.
load_sql() {
    local from=$1 count=$2 start cid cols done=0 batch
    start=$(date +%s.%N)
    cid=$(sql "select id from consultation where case_number = '${SLUG/-//}'")
    cols=$(sql "select string_agg(column_name, ',' order by ordinal_position) from information_schema.columns
                where table_schema = 'public' and table_name = 'response' and is_generated = 'NEVER' and is_identity = 'NO'
                  and column_name not in ('sequence_number', 'document_number', 'receipt_token', 'respondent_name', 'respondent_kind',
                                          'channel', 'answers', 'received_at', 'registered_at', 'search_vector')")
    while (( done < count )); do
        batch=$(( count - done < 10000 ? count - done : 10000 ))
        sql "with source as (
                 select row_number() over (order by sequence_number) - 1 as k, r.* from response r
                  where r.consultation_id = $cid and r.respondent_name ~ ' [0-9]+\$' limit $API_RESPONSES),
             counter as (
                 update document_counter set last_number = last_number + $batch where consultation_id = $cid
                 returning last_number - $batch as first)
             insert into response ($cols, sequence_number, document_number, receipt_token, respondent_name, respondent_kind, channel, answers,
                                   received_at, registered_at)
             select $(sed 's/\([a-z_]*\)/s.\1/g' <<<"$cols"), c.first + g, '${SLUG/-//}-' || (c.first + g), md5(random()::text || g) || md5(random()::text),
                    (array['Kari','Ola','Ingrid','Per','Sigrid','Lars','Astrid','Nils','Marit','Erik','Bergen kommune',
                           'Helse Nord','Oslo universitetssykehus','Apotekforeningen'])[1 + floor(random() * 14)::int]
                        || ' ' || ($from + $done + g),
                    case when random() < 0.4 then 'organisation' else 'person' end,
                    (array['web','web','web','web','api','api','email','email','paper'])[1 + floor(random() * 9)::int],
                    jsonb_set(s.answers, '{q1,choice}',
                              to_jsonb((array['yes','yes','yes','yes','yes','yes','no','no','no','dont_know'])[1 + floor(random() * 10)::int])),
                    now(), now()
               from generate_series(1, $batch) g cross join counter c
               join source s on s.k = g % (select count(*) from source)" > /dev/null
        done=$(( done + batch ))
        echo "  $((from + done)) responses" >&2
    done
    load_seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
    echo "Copied $count in PostgreSQL in $load_seconds s" >&2
}

# ----- measuring -----
# time_page NAME PATH: p50 and p95 of REQUESTS timed requests (after WARMUP untimed), in ms, and the body size
results="$work/results.md"
time_page() {
    local name=$1 path=$2 code
    check_app
    code=$(curl -s -m 120 -o /dev/null -w '%{http_code}' -b "$cookies" "$base$path" || true)
    if [[ "$code" == 404 ]]; then
        printf '| %s | %s | n/a | n/a | n/a |\n' "$size" "$name" >> "$results"; return
    fi
    if [[ "$code" != 200 ]]; then
        echo "$path answered $code" >&2
        printf '| %s | %s | HTTP %s | | |\n' "$size" "$name" "$code" >> "$results"; return
    fi
    for _ in $(seq 1 "$WARMUP"); do curl -s -m 120 -o /dev/null -b "$cookies" "$base$path" || true; done
    local times="$work/times.txt" bytes
    : > "$times"
    for _ in $(seq 1 "$REQUESTS"); do
        curl -s -m 120 -o /dev/null -w '%{time_total}\n' -b "$cookies" "$base$path" >> "$times" || echo 120 >> "$times"
    done
    bytes=$(curl -s -m 120 -o /dev/null -w '%{size_download}' -b "$cookies" "$base$path" || echo 0)
    sort -g "$times" | awk -v name="$name" -v size="$size" -v bytes="$bytes" '
        { t[NR] = $1 * 1000 }
        END {
            p50 = t[int((NR + 1) * 0.50)]; i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; p95 = t[i]
            printf "| %s | %s | %.1f | %.1f | %.1f KB |\n", size, name, p50, p95, bytes / 1024
        }' >> "$results"
}

# time_cold NAME PATH: the first request after a new response arrived (the counts' cache starts again under the case's
# new generation): p50 and p95 over COLD_REQUESTS rounds of "post one response, then request the page once"
time_cold() {
    local name=$1 path=$2 times="$work/cold.txt"
    : > "$times"
    for _ in $(seq 1 "${COLD_REQUESTS:-20}"); do
        curl -s -m 60 -o /dev/null -H 'Content-Type: application/json' -d @"$repo/src/main/resources/demo/22-414-legemiddelverket.json" \
            "$base/api/v1/consultations/$SLUG/responses" || true
        curl -s -m 120 -o /dev/null -w '%{time_total}\n' -b "$cookies" "$base$path" >> "$times" || echo 120 >> "$times"
    done
    sort -g "$times" | awk -v name="$name" -v size="$size" '
        { t[NR] = $1 * 1000 }
        END {
            p50 = t[int((NR + 1) * 0.50)]; i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; p95 = t[i]
            printf "| %s | %s | %.1f | %.1f | |\n", size, name, p50, p95
        }' >> "$results"
}

# heap in use (KB): survivors + eden + old, as jstat -gc shows them
heap_used() { jstat -gc "$app_pid" | awk 'NR == 2 { printf "%d\n", $3 + $4 + $6 + $8 }'; }

# time_export NAME PATH: time and size of one export (HTTP Basic), and the heap's growth during it
exports="$work/exports.md"
time_export() {
    local name=$1 path=$2 code
    # once untimed: is it there (404: not built on this branch), and a warm-up
    code=$(curl -s -m 600 -o /dev/null -w "%{http_code}" -u "admin:$PASSWORD" "$base$path" || true)
    if [[ "$code" == 404 ]]; then
        printf '| %s | %s | n/a | n/a | n/a | n/a |\n' "$size" "$name" >> "$exports"; return
    fi
    jcmd "$app_pid" GC.run > /dev/null
    sleep 1
    local before samples="$work/heap.txt"
    before=$(heap_used)
    jstat -gc "$app_pid" 200 > "$samples" 2>/dev/null &
    sampler_pid=$!
    local out
    out=$(curl -s -m 600 -o "$work/export.out" -w '%{http_code} %{time_total} %{size_download}' -u "admin:$PASSWORD" "$base$path" || true)
    sleep 0.5
    kill "$sampler_pid" 2>/dev/null || true
    sampler_pid=
    rm -f "$work/export.out"
    local peak
    peak=$(awk '$1 ~ /^[0-9.]+$/ { printf "%d\n", $3 + $4 + $6 + $8 }' "$samples" | sort -n | tail -n 1)
    read -r code seconds bytes <<<"$out"
    if [[ "$code" != 200 ]]; then
        printf '| %s | %s | HTTP %s | | | |\n' "$size" "$name" "$code" >> "$exports"; return
    fi
    awk -v size="$size" -v name="$name" -v s="$seconds" -v b="$bytes" -v before="$before" -v peak="${peak:-$before}" \
        'BEGIN { printf "| %s | %s | %.1f s | %.1f MB | %.0f MB | %.0f MB |\n", size, name, s, b / 1048576, before / 1024, (peak - before) / 1024 }' \
        >> "$exports"
}

printf '| responses | page | p50 ms | p95 ms | size |\n|---|---|---|---|---|\n' > "$results"
printf '| responses | export | time | size | heap before | heap growth (max) |\n|---|---|---|---|---|---|\n' > "$exports"
printf '| responses | load time | responses/s | response table + indexes | per 1,000 | of which indexes | search_vector GIN |\n|---|---|---|---|---|---|---|\n' > "$work/db.md"

explain() {
    # the core's statements at the largest size, written like ResponseRepository writes them
    cid=$(sql "select id from consultation where case_number = '${SLUG/-//}'")
    {
        echo "-- explain (analyze, buffers) at $loaded responses, consultation $cid"
        for q in \
            "select r.id, r.sequence_number from response r where r.consultation_id = $cid and r.superseded_by is null order by r.sequence_number limit 51" \
            "select count(*) from response r where r.consultation_id = $cid and r.superseded_by is null" \
            "select r.id from response r where r.consultation_id = $cid and r.superseded_by is null and r.choice_keys @> '{q1:no}'::text[] and r.respondent_kind = 'organisation' order by r.sequence_number limit 51" \
            "select k.key, count(*) from response r, unnest(r.choice_keys || array(select distinct split_part(c, ':', 1) from unnest(r.choice_keys) c)) k(key) where r.consultation_id = $cid and r.superseded_by is null group by k.key" \
            "select k.key, count(*) from response r, unnest(r.answered_keys) k(key) where r.consultation_id = $cid and r.superseded_by is null group by k.key" \
            "select r.sequence_number, ts_headline('norwegian', innspill_answer_text(r.answers), websearch_to_tsquery('norwegian', 'helse'), 'MaxWords=35, MinWords=12, MaxFragments=3') from response r where r.consultation_id = $cid and r.sequence_number = any(array(select generate_series(3, 52)))" \
            "select count(*) from (select 1 from response r where r.consultation_id = $cid and r.superseded_by is null and r.search_vector @@ websearch_to_tsquery('norwegian', 'helse') limit 1001) s" \
            "select r.id from response r where r.consultation_id = $cid and r.superseded_by is null and r.search_vector @@ websearch_to_tsquery('norwegian', '\"felles kjernejournal\"') order by ts_rank_cd(r.search_vector, websearch_to_tsquery('norwegian', '\"felles kjernejournal\"')) desc, r.sequence_number desc limit 51" \
            "select r.id from response r where r.consultation_id = $cid and r.superseded_by is null and r.search_vector @@ websearch_to_tsquery('norwegian', 'helse') order by r.sequence_number limit 51"; do
            echo; echo "$q;"; sql "explain (analyze, buffers) $q"
        done
    } > "$EXPLAIN_OUT" 2>&1 || echo "explain failed, see $EXPLAIN_OUT" >&2
    echo "Plans written to $EXPLAIN_OUT" >&2
}

loaded=0
last_size=$(tr ' ' '\n' <<<"$SIZES" | grep . | tail -n 1)
list="/saksbehandler/horinger/$SLUG"
for size in $SIZES; do
    add=$((size - loaded))
    load_seconds=0
    if (( add > 0 )); then
        echo "Loading $add responses (to $size)..." >&2
        through_api=$(( loaded < API_RESPONSES ? (size < API_RESPONSES ? size : API_RESPONSES) - loaded : 0 ))
        if (( through_api > 0 )); then load_api "$loaded" "$through_api"; fi
        api_seconds=$load_seconds
        if (( add > through_api )); then load_sql "$((loaded + through_api))" "$((add - through_api))"; fi
        load_seconds=$(awk -v a="$api_seconds" -v b="$load_seconds" -v t="$through_api" -v n="$add" 'BEGIN { printf "%.1f", (t == n ? a : a + b) }')
        loaded=$size
    fi
    seconds=$load_seconds
    if [[ "${ANALYZE:-1}" == 1 ]]; then sql "vacuum analyze response"; fi
    rows=$(sql "select count(*) from response")
    total=$(sql "select pg_total_relation_size('response')")
    indexes=$(sql "select pg_indexes_size('response')")
    gin=$(sql "select coalesce(sum(pg_relation_size(indexrelid)), 0) from pg_index i join pg_class c on c.oid = i.indexrelid
               where i.indrelid = 'response'::regclass and c.relname like '%search%'")
    awk -v size="$size" -v s="$seconds" -v add="$add" -v rows="$rows" -v t="$total" -v i="$indexes" -v g="$gin" \
        'BEGIN { printf "| %s | %.0f s | %.0f | %.0f MB | %.2f MB | %.0f MB | %.0f MB |\n", size, s, (s > 0 ? add / s : 0), t / 1048576, t / 1048576 / rows * 1000, i / 1048576, g / 1048576 }' \
        >> "$work/db.md"

    echo "Timing the pages at $size..." >&2
    time_page "staff list, first page" "$list"
    time_page "filtered: choice=q1:no&kind=organisation" "$list?choice=q1:no&kind=organisation"
    time_page "search: q=helse" "$list?q=helse"
    time_page "search: q=\"felles kjernejournal\"" "$list?q=%22felles+kjernejournal%22"
    time_page "statistics page" "$list/statistikk"
    time_cold "staff list, first request after a new response" "$list"
    time_cold "statistics page, first request after a new response" "$list/statistikk"
    if [[ "${EXPLAIN:-1}" == 1 && "$size" == "$last_size" ]]; then explain; fi
    echo "Exporting at $size..." >&2
    time_export "CSV" "/api/v1/consultations/$SLUG/export/responses.csv"
    time_export "XLSX" "/api/v1/consultations/$SLUG/export/responses.xlsx"
done

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB RAM, $(grep -m 1 'model name' /proc/cpuinfo | sed 's/.*: //'),"\
     "$(java -version 2>&1 | head -n 1); load average $(cut -d ' ' -f 1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ); -Xmx$HEAP"
echo
cat "$results"; echo; cat "$exports"; echo; cat "$work/db.md"
