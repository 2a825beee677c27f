#!/usr/bin/env bash
# Measures answer saves through the service layer (QuizAttemptService.save) on durable databases:
# H2 in file mode with WRITE_DELAY=0, and embedded PostgreSQL with synchronous_commit=on.
# Harness: core/src/test/java/org/sourcebook/attempt/AnswerSaveBenchmark.java (students answering a
# 16-question quiz from several threads; 3,000 warm-up saves, then the measured ones).
# Targets: >= 1,000 saves/s and p95 <= 20 ms on this machine.
# Usage: scripts/benchmark-answer-saves.sh [h2|postgres|both] [threads] [students] [saves]
# Takes about a minute per database. Results also go to core/target/benchmark/answer-saves.txt.
set -euo pipefail
exec "$(dirname "$0")/run-core-benchmark.sh" org.sourcebook.attempt.AnswerSaveBenchmark answer-saves "$@"
