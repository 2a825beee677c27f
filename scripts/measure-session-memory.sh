#!/usr/bin/env bash
# Retained heap per student session with a quiz open, measured with real browser sessions.
# Starts the production jar on a fresh H2 database (demo profile), then scripts/session-memory.mjs
# signs N headless-Chromium browser contexts in as the demo student (each context has its own
# cookies, so its own HTTP and Vaadin session), opens the quiz attempt page in each and reads the
# live heap after a full GC (jcmd GC.class_histogram) with 0 and with N sessions; then it closes
# every tab and waits until no UI and no HTTP session is left. Heartbeat and session timeout are
# lowered (15 s, 1 min) so that closed tabs are noticed within minutes instead of half an hour.
# Usage: ./mvnw -o -Pproduction -pl web -am package -DskipTests && scripts/measure-session-memory.sh [sessions]
# Takes about 6 minutes for 50 sessions. Target: <= 150 KB per session.
set -euo pipefail
cd "$(dirname "$0")/.."
sessions=${1:-50}
heartbeat=15
port=${SESSION_MEMORY_PORT:-18081}
jar=${SESSION_MEMORY_JAR:-$PWD/web/target/sourcebook.jar}  # a copy lets a build run meanwhile
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -o -Pproduction -pl web -am package -DskipTests" >&2; exit 1; }

workdir=$(mktemp -d)
cleanup() {
  [ -n "${browser:-}" ] && kill "$browser" 2>/dev/null || true
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

(cd "$workdir" && exec java -Xmx1g -jar "$jar" --server.port=$port --spring.profiles.active=demo \
  --vaadin.heartbeatInterval=$heartbeat --server.servlet.session.timeout=1m >app.log 2>&1) &
app=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$port/login)" = 200 ]; do
  kill -0 $app 2>/dev/null || { echo "the app exited; see $workdir/app.log" >&2; exit 1; }
  sleep 0.5
done
# The demo content is seeded after Tomcat answers: wait for the class the demo student belongs to.
until grep -q 'Created the demo class' "$workdir/app.log"; do
  kill -0 $app 2>/dev/null || { echo "the app exited; see $workdir/app.log" >&2; exit 1; }
  sleep 0.5
done
echo "Sourcebook up (pid $app, log $workdir/app.log); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --lang=en-US --remote-debugging-port=0 \
  --user-data-dir="$workdir/chromium" about:blank 2>"$workdir/chromium.log" &
browser=$!
until grep -q 'DevTools listening on' "$workdir/chromium.log" 2>/dev/null; do sleep 0.2; done
ws=$(grep -o 'ws://[^ ]*' "$workdir/chromium.log" | head -1)

node --experimental-websocket --no-warnings scripts/session-memory.mjs "$ws" "http://localhost:$port" "$app" \
  "$sessions" "$heartbeat" student student-demo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
