#!/usr/bin/env bash
# Builds core's tests and runs one JMH benchmark class of core's test sources, keeping JMH's table
# in core/target/jmh/NAME.txt and its CSV in core/target/jmh/NAME.csv (English number format, so
# the decimals are points). Used by the benchmark scripts, which then summarise the CSV.
# Usage: scripts/run-jmh.sh BenchmarkClass NAME [JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."

benchmark=$1
name=$2
shift 2
out=core/target/jmh
classpath=$(scripts/core-test-classpath.sh)
[ -f core/target/test-classes/META-INF/BenchmarkList ] || { echo "No JMH BenchmarkList: did the annotation processor run?" >&2; exit 1; }

mkdir -p "$out"
java -Duser.language=en -Duser.country=US -cp "$classpath" org.openjdk.jmh.Main "$benchmark" \
    -rf csv -rff "$out/$name.csv" "$@" | tee "$out/$name.txt"
