#!/usr/bin/env bash
# The summary report's DOCX with many respondents (issue 14): time, size and peak heap of SummaryDocx writing
# N respondents (made in chunks of 500, as the database cursor hands them on) to a counting stream, in a heap of
# HEAP (default 128m), so that a document held whole in memory would run out. Record results in docs/benchmarks.md.
#
#   bench/summary-docx.sh [respondents]      (default 100000)
#   HEAP=64m bench/summary-docx.sh 100000
set -euo pipefail
cd "$(dirname "$0")/.."

MVN_FLAGS=${MVN_FLAGS--o}
HEAP=${HEAP-128m}
CLASSPATH_FILE=target/summary-docx-bench-classpath.txt
./mvnw -q -B $MVN_FLAGS -Dnpm.skip=true test-compile
./mvnw -q -B $MVN_FLAGS dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" >/dev/null

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
echo "java: $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx"$HEAP" -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat "$CLASSPATH_FILE")" \
    no.innspill.analysis.SummaryDocxBenchmark "$@"
