#!/usr/bin/env bash
# Measures answer saves through the service layer (QuizAttemptService.save) on durable databases:
# H2 in file mode with WRITE_DELAY=0, and embedded PostgreSQL with synchronous_commit=on.
# Harness: core/src/test/java/org/sourcebook/attempt/AnswerSaveBenchmark.java (students answering a
# 16-question quiz from several threads; 3,000 warm-up saves, then the measured ones).
# Targets: >= 1,000 saves/s and p95 <= 20 ms on this machine.
# Usage: scripts/benchmark-answer-saves.sh [h2|postgres|both] [threads] [students] [saves]
# Takes about a minute per database. Results also go to core/target/benchmark/answer-saves.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

which=${1:-both}
shift || true
cp_file=target/benchmark-classpath.txt
build=(-q -pl core -am test-compile dependency:build-classpath -DskipTests
       -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test -DexcludeArtifactIds=content-model)
echo "Building (./mvnw -o ${build[*]}) ..."
./mvnw -o "${build[@]}" || { echo "Offline build failed; retrying online ..."; ./mvnw "${build[@]}"; }

classpath="core/target/test-classes:core/target/classes:content-model/target/classes:content-model/target/test-classes:$(cat "core/$cp_file")"
mkdir -p core/target/benchmark
for database in h2 postgres; do
  if [ "$which" = both ] || [ "$which" = "$database" ]; then
    java -Xmx1g -cp "$classpath" org.sourcebook.attempt.AnswerSaveBenchmark "$database" "$@" \
      | tee -a core/target/benchmark/answer-saves.txt
  fi
done
