#!/usr/bin/env bash
# Measures the production jar's time from process start to the first HTTP 200 of the login page,
# on a fresh H2 database (first start: Flyway migrations run, demo accounts are created).
# Usage: ./mvnw -Pproduction -pl web -am package -DskipTests && scripts/measure-first-response.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=web/target/sourcebook.jar
port=18080
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -Pproduction -pl web -am package -DskipTests" >&2; exit 1; }

for run in $(seq "$runs"); do
  workdir=$(mktemp -d)
  start=$(date +%s%N)
  (cd "$workdir" && exec java -jar "$OLDPWD/$jar" --server.port=$port --spring.profiles.active=demo >app.log 2>&1) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$port/login)" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "the app exited; see $workdir/app.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  echo "run $run: first HTTP 200 after $(( (end - start) / 1000000 )) ms"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$workdir"
done
