#!/usr/bin/env bash
# Builds core's test classpath and runs one database benchmark main class on H2, PostgreSQL or both,
# appending its output to core/target/benchmark/<name>.txt. Used by benchmark-answer-saves.sh and
# benchmark-quiz-load.sh.
# Usage: scripts/run-core-benchmark.sh <main-class> <name> [h2|postgres|both] [arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."

main=$1 name=$2
which=${3:-both}
shift 3 || shift $#
classpath=$(scripts/core-test-classpath.sh)
mkdir -p core/target/benchmark
for database in h2 postgres; do
  if [ "$which" = both ] || [ "$which" = "$database" ]; then
    echo "load average before $database: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "core/target/benchmark/$name.txt"
    java -Xmx1g -cp "$classpath" "$main" "$database" "$@" | tee -a "core/target/benchmark/$name.txt"
  fi
done
