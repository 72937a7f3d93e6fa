#!/usr/bin/env bash
# Analysis benchmark (issue 14, "How we will know"): the offline `analyse` command over (a) the development corpus
# in ../shared/analysis-dev when present, (b) a generated corpus of 3,000 and (c) one of 50,000 responses
# (bench/analysis/CorpusGenerator.java), each timed under /usr/bin/time -v (wall time, peak RSS) with -Xmx2g and
# scored with score.py; then, when the command takes --confirmed, a second run given the true themes of 20 organic
# answers per true theme (bench/analysis/confirmed.py). Prints a summary table; record it in docs/benchmarks.md.
#
#   bench/analysis.sh                      # all three corpora
#   CORPORA="gen3000" bench/analysis.sh    # some of: dev gen3000 gen50000
#   REBUILD=1 bench/analysis.sh            # rebuild target/innspill.jar first (after merging main)
#   CONFIRMED=yes|no bench/analysis.sh     # force the second run on or off (default: if `analyse --help` lists it)
#   LETTERS=b bench/analysis.sh            # the generated corpora with the second set of campaign letters
#   JAR=target/innspill.jar SEED=7 ANALYSE_TIMEOUT=900 DEV_CORPUS=../shared/analysis-dev SCORE=…/score.py
#
# Work files (corpora, predictions, time and score output) go to target/analysis-bench/<corpus>/.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-target/innspill.jar}
DEV_CORPUS=${DEV_CORPUS:-../shared/analysis-dev}
SCORE=${SCORE:-$DEV_CORPUS/score.py}
SEED=${SEED:-7}
LETTERS=${LETTERS:-a}
CORPORA=${CORPORA:-dev gen3000 gen50000}
ANALYSE_TIMEOUT=${ANALYSE_TIMEOUT:-900}
WORK=target/analysis-bench

if [[ ! -x /usr/bin/time ]]; then
    echo "/usr/bin/time is missing: apt-get install -y time" >&2
    exit 1
fi
if [[ ! -f "$SCORE" ]]; then
    echo "score.py not found at $SCORE (set SCORE=…)" >&2
    exit 1
fi
if [[ ! -f "$JAR" || -n "${REBUILD:-}" ]]; then
    ./mvnw -B -q -DskipTests package
fi
# Without the command, picocli answers "analyse --help" with the top-level usage: look for the command's own option.
help=$(java -jar "$JAR" analyse --help 2>&1 || true)
if ! grep -q -- '--responses' <<< "$help"; then
    echo "$JAR has no analyse command (yet): git merge main, then REBUILD=1 $0" >&2
    exit 1
fi
if [[ -z "${CONFIRMED:-}" ]]; then
    if grep -q -- '--confirmed' <<< "$help"; then CONFIRMED=yes; else CONFIRMED=no; fi
fi

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "commit: $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
echo "java: $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "generated corpora: seed $SEED, letters $LETTERS; second run with --confirmed: $CONFIRMED"

# corpus name -> directory holding responses.jsonl and truth.json
prepare() {
    local name=$1 dir=$WORK/$1
    mkdir -p "$dir"
    case $name in
        dev)
            [[ -f $DEV_CORPUS/responses.jsonl ]] || return 1
            cp "$DEV_CORPUS/responses.jsonl" "$DEV_CORPUS/truth.json" "$dir/" ;;
        gen*)
            local size=${name#gen}
            if [[ ! -f $dir/truth.json || bench/analysis/CorpusGenerator.java -nt $dir/truth.json || $(python3 -c "import json,sys; m=json.load(open(sys.argv[1]))['meta']; print(m['size'], m['seed'], m.get('letters'))" "$dir/truth.json") != "$size $SEED $LETTERS" ]]; then
                java bench/analysis/CorpusGenerator.java --size "$size" --seed "$SEED" --letters "$LETTERS" --out "$dir" 2>/dev/null
            fi ;;
    esac
    python3 bench/analysis/confirmed.py "$dir/truth.json" "$dir/confirmed.json" 2>/dev/null
}

# one timed run; prints "wall_seconds peak_rss_mb summary-line"
run() {
    local dir=$1 label=$2
    shift 2
    local status=0
    /usr/bin/time -v -o "$dir/time-$label.txt" timeout "$ANALYSE_TIMEOUT" \
        java -Xmx2g -jar "$JAR" analyse --consultation 22/414 --responses "$dir/responses.jsonl" "$@" \
        > "$dir/prediction-$label.json" 2> "$dir/analyse-$label.log" || status=$?
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%.1f", s}' "$dir/time-$label.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$dir/time-$label.txt")
    python3 "$SCORE" "$dir/truth.json" "$dir/prediction-$label.json" > "$dir/score-$label.txt"
    local summary
    summary=$(grep '^campaign-pairs' "$dir/score-$label.txt" | tail -1 || true)
    [[ $status -eq 0 ]] || summary="$summary (analyse exit $status, see $dir/analyse-$label.log)"
    echo "$wall $rss $summary"
}

rows=()
for name in $CORPORA; do
    if ! prepare "$name"; then
        echo "skipping $name: no corpus at $DEV_CORPUS" >&2
        continue
    fi
    dir=$WORK/$name
    n=$(wc -l < "$dir/responses.jsonl")
    read -r wall rss summary <<< "$(run "$dir" plain)"
    rows+=("$name|$n|plain|$wall|$rss|$summary")
    echo "$name plain: ${wall}s, ${rss} MB, $summary" >&2
    if [[ $CONFIRMED == yes ]]; then
        read -r wall rss summary <<< "$(run "$dir" confirmed --confirmed "$dir/confirmed.json")"
        rows+=("$name|$n|confirmed|$wall|$rss|$summary")
        echo "$name confirmed: ${wall}s, ${rss} MB, $summary" >&2
    fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "| corpus | responses | run | wall s | peak RSS MB | pairs P | pairs R | added | themes F1 | note |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do
    IFS='|' read -r name n label wall rss summary <<< "$row"
    p=$(sed -n 's/.*P=\([0-9.]*\).*/\1/p' <<< "$summary")
    r=$(sed -n 's/.* R=\([0-9.]*\).*/\1/p' <<< "$summary")
    a=$(sed -n 's/.*added=\([0-9.]*\).*/\1/p' <<< "$summary")
    f=$(sed -n 's/.*themes F1=\([0-9.]*\).*/\1/p' <<< "$summary")
    note=$(sed -n 's/.*(analyse exit \([0-9]*\).*/exit \1/p' <<< "$summary")
    echo "| $name | $n | $label | $wall | $rss | $p | $r | $a | $f | $note |"
done
echo
echo "Per-question lines: $WORK/<corpus>/score-<run>.txt"
