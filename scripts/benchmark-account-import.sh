#!/usr/bin/env bash
# Measures a CSV account import (AccountImportService.preview + importValid) of many rows with
# generated passwords, with the application's password encoder at production strength, on file H2.
# Harness: core/src/test/java/org/sourcebook/account/AccountImportBenchmark.java
# Usage: scripts/benchmark-account-import.sh [rows, default 1000] [bcrypt strength, default 12]
# Results also go to core/target/benchmark/account-import.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

classpath=$(scripts/core-test-classpath.sh)
mkdir -p core/target/benchmark
java -Xmx1g -cp "$classpath" org.sourcebook.account.AccountImportBenchmark "$@" \
  | tee -a core/target/benchmark/account-import.txt
