#!/usr/bin/env bash
# Intake extraction (issue: intake): over the fixture corpus the tests generate (22/414 forms written
# through our Word form and through Word's usual markup, the seed's response, letters; each also
# converted to PDF by LibreOffice), per format: choices right / total, text fields matching the truth
# at word level >= 0.98 / total, mean similarity, and documents per second on one thread (median of
# several passes after warm-up). Record results in docs/benchmarks.md.
#
#   bench/intake-accuracy.sh [runs] [warm-up passes]      (defaults: 5 5)
#   MVN_FLAGS="" bench/intake-accuracy.sh                  # let Maven go online (default: -o, offline)
#
# The corpus is written to target/intake-corpus/ (converted again only where a .docx changed);
# without soffice on the PATH only the Word half is measured.
set -euo pipefail
cd "$(dirname "$0")/.."

MVN_FLAGS=${MVN_FLAGS--o}
CLASSPATH_FILE=target/intake-bench-classpath.txt
./mvnw -q -B $MVN_FLAGS -Dnpm.skip test-compile
./mvnw -q -B $MVN_FLAGS dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" >/dev/null

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
echo "java: $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# results on standard output; what POI and PDFBox log goes to standard error
java -cp "target/classes:target/test-classes:$(cat "$CLASSPATH_FILE")" no.innspill.intake.extraction.IntakeAccuracyBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
