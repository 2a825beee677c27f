#!/usr/bin/env bash
# Builds content-model and core with their tests (the JMH annotation processor generates benchmark
# code during test-compile) and prints core's test classpath on stdout; build output goes to stderr.
# Offline first; online only if something is missing. We never install, so content-model comes from
# its output directories rather than ~/.m2. Used by the benchmark scripts:
#   classpath=$(scripts/core-test-classpath.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

cp_file=target/benchmark-classpath.txt   # relative: each module writes its own; core's is used
build=(-q -pl core -am test-compile dependency:build-classpath -DskipTests
       -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test -DexcludeArtifactIds=content-model)
echo "Building (./mvnw -o ${build[*]}) ..." >&2
./mvnw -o "${build[@]}" >&2 || { echo "Offline build failed; retrying online ..." >&2; ./mvnw "${build[@]}" >&2; }
echo "core/target/test-classes:core/target/classes:content-model/target/classes:content-model/target/test-classes:$(cat "core/$cp_file")"
