#!/usr/bin/env bash
# Time from process start to the first HTTP 200 of Sourcebook's production jar (login page, fresh
# H2 database, demo profile: Flyway migrations and demo content on first start) against a plain
# Vaadin Spring Boot starter of the same versions (benchmarks/plain-vaadin: one @Route view with a
# button, production mode). The two are started alternately, RUNS times each, on the same machine
# in the same run; prints every time, the medians and their ratio. Target: ratio <= 1.2.
# Usage: scripts/compare-startup.sh [runs] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=18082
ours=$PWD/web/target/sourcebook.jar
plain=$PWD/benchmarks/plain-vaadin/target/plain-vaadin.jar

if [ "${2:-}" != --no-build ]; then
  ./mvnw -o -q -Pproduction -pl web -am package -DskipTests
  ./mvnw -o -q -f benchmarks/plain-vaadin/pom.xml -Pproduction package -DskipTests
fi

# Prints the milliseconds from `java -jar` to the first 200 from $2 (a path), in a fresh directory.
first_200() {
  local jar=$1 path=$2 workdir start pid
  shift 2
  workdir=$(mktemp -d)
  start=$(date +%s%N)
  (cd "$workdir" && exec java -jar "$jar" --server.port=$port "$@" >app.log 2>&1) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port$path")" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "$jar exited; see $workdir/app.log" >&2; exit 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$workdir"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ours_times=() plain_times=()
for run in $(seq "$runs"); do
  plain_ms=$(first_200 "$plain" /)
  ours_ms=$(first_200 "$ours" /login --spring.profiles.active=demo)
  plain_times+=("$plain_ms") ours_times+=("$ours_ms")
  echo "run $run: plain Vaadin $plain_ms ms, Sourcebook $ours_ms ms"
done
ours_median=$(printf '%s\n' "${ours_times[@]}" | median)
plain_median=$(printf '%s\n' "${plain_times[@]}" | median)
echo "median: plain Vaadin $plain_median ms, Sourcebook $ours_median ms;" \
  "ratio $(awk -v a="$ours_median" -v b="$plain_median" 'BEGIN { printf "%.2f", a / b }') (target <= 1.2)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
