#!/usr/bin/env bash
# Measures the item analysis (JMH, core/src/test/java/org/sourcebook/results/ItemAnalysisBenchmark.java)
# on 1,000 and 100,000 synthetic attempts x 16 items (fixed seed): the analysis alone, and collecting
# the rows into a MarkMatrix plus the analysis. Target: 100,000 attempts in <= 1000 ms.
# Usage: scripts/benchmark-item-analysis.sh [JMH options], e.g. -p attempts=100000 or -wi 1 -i 1.
# Takes about half a minute. Results: core/target/jmh/item-analysis.{csv,txt}.
set -euo pipefail
cd "$(dirname "$0")/.."

out=core/target/jmh
scripts/run-jmh.sh ItemAnalysisBenchmark item-analysis "$@"

# JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: attempts"
echo
echo "Item analysis, 16 items:"
awk -F, '
  { sub(/\r$/, "") }
  NR == 1 { for (i = 1; i <= NF; i++) { gsub(/"/, "", $i); col[$i] = i }; next }
  {
    for (i = 1; i <= NF; i++) gsub(/"/, "", $i)
    name = $col["Benchmark"]; sub(/.*\./, "", name); n = $col["Param: attempts"]; s = $col["Score"]
    printf "  %-18s %7d attempts: %10.3f %s", name, n, s, $col["Unit"]
    if (n == 100000) printf "  (target <= 1000 ms) -> %s", s <= 1000 ? "OK" : "TOO SLOW"
    printf "\n"
  }' "$out/item-analysis.csv" | tee -a "$out/item-analysis.txt"
