#!/usr/bin/env bash
# A class taking a quiz at once on one node: N students (default 500), each with their own attempt
# at a 16-question quiz, answer question after question with a think time between answers, then
# submit; the students are virtual users on a pool of worker threads, every save goes through
# QuizAttemptService.save (method security, real transaction) on a durable database with the
# app's default connection pool (10). Harness: core/src/test/java/org/sourcebook/attempt/QuizLoadBenchmark.java.
# Targets: p95 response time (answer due -> committed) <= 150 ms, 0 errors.
# Usage: scripts/benchmark-quiz-load.sh [h2|postgres|both] [students] [threads] [think-ms] [connections]
#   e.g. scripts/benchmark-quiz-load.sh both 500 64 2000    (realistic: 1-3 s between answers)
#        scripts/benchmark-quiz-load.sh both 500 64 0       (stress: no think time)
# Results also go to core/target/benchmark/quiz-load.txt.
set -euo pipefail
exec "$(dirname "$0")/run-core-benchmark.sh" org.sourcebook.attempt.QuizLoadBenchmark quiz-load "$@"
