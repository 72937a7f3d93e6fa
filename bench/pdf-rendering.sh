#!/usr/bin/env bash
# PDF rendering throughput (issue: answer on the web): how many copies of the seed response
# (22/414, Legemiddelverket) ResponseDocuments renders per second, on 1 thread and on nproc
# threads, as the median of 5 runs of about 5 s after a warm-up. Also CPU time per PDF, which
# other work on the machine does not inflate. Record results in docs/benchmarks.md.
#
#   bench/pdf-rendering.sh [seconds per run] [runs] [warm-up seconds]     (defaults: 5 5 10)
#   MVN_FLAGS="" bench/pdf-rendering.sh     # let Maven go online (default: -o, offline)
set -euo pipefail
cd "$(dirname "$0")/.."

MVN_FLAGS=${MVN_FLAGS--o}
CLASSPATH_FILE=target/pdf-bench-classpath.txt
./mvnw -q -B $MVN_FLAGS test-compile
./mvnw -q -B $MVN_FLAGS dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" >/dev/null

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
echo "java: $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/classes:target/test-classes:$(cat "$CLASSPATH_FILE")" no.innspill.document.PdfRenderingBenchmark "$@"
