#!/usr/bin/env bash
# Measures the drafting engine (JMH, core/src/test/java/org/sourcebook/drafting/DraftingBenchmark.java)
# on synthetic prose of about 1k, 10k and 100k words, then prints the time per 1k words for each size.
# Targets: 100k words in <= 2000 ms warm; ms per 1k words within ±20% across sizes (linear cost).
# Usage: scripts/benchmark-drafting.sh [JMH options], e.g. -p words=100000 or -wi 1 -i 1 for a quick look.
# Takes about 3 minutes with the default settings (100k words needs a dozen warm-up drafts before the JIT settles). Results: core/target/jmh/drafting.{csv,txt}.
set -euo pipefail
cd "$(dirname "$0")/.."

out=core/target/jmh
scripts/run-jmh.sh DraftingBenchmark drafting "$@"

# JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: words"
echo
echo "Drafting time per 1k words (DraftOptions.DEFAULTS; words = requested size, the corpus is within ±1%):"
awk -F, '
  { sub(/\r$/, "") }
  NR == 1 { for (i = 1; i <= NF; i++) { gsub(/"/, "", $i); col[$i] = i }; next }
  {
    for (i = 1; i <= NF; i++) gsub(/"/, "", $i)
    n++; words[n] = $col["Param: words"]; score[n] = $col["Score"]; err[n] = $col["Score Error (99.9%)"]; unit = $col["Unit"]
    per1k[n] = score[n] / (words[n] / 1000); sum += per1k[n]
  }
  END {
    if (n == 0) { print "  (no results)"; exit 1 }
    printf "  %8s  %14s  %12s  %18s\n", "words", unit, "± (99.9%)", "ms per 1k words"
    for (i = 1; i <= n; i++) printf "  %8d  %14.6g  %12s  %18.6g\n", words[i], score[i], err[i] ~ /^[0-9.eE+-]+$/ ? sprintf("%.6g", err[i]) : "n/a", per1k[i]
    mean = sum / n; lo = hi = 0
    for (i = 1; i <= n; i++) { d = mean > 0 ? (per1k[i] / mean - 1) * 100 : 0; if (d < lo) lo = d; if (d > hi) hi = d }
    printf "  ms per 1k words: mean %.6g, spread %+.1f%% / %+.1f%% around it (target: within ±20%%)\n", mean, lo, hi
    for (i = 1; i <= n; i++) if (words[i] == 100000)
      printf "  100k words: %.6g ms per draft (target: <= 2000 ms) -> %s\n", score[i], score[i] <= 2000 ? "OK" : "TOO SLOW"
  }' "$out/drafting.csv" | tee -a "$out/drafting.txt"
