#!/usr/bin/env bash
# A class taking a quiz at once on one node, over HTTP: N simulated students (default 200) sign in
# with the login form, open the load lesson and start its 16-question quiz, then answer question
# after question with a think time between answers, speaking Vaadin Flow's UIDL protocol to the
# production jar as a browser does (no browser). Harness: web/src/test/java/org/sourcebook/loadtest/.
#
# The production jar runs unchanged (fresh H2 database, demo profile, port 18090); the students and
# the lesson are created at start-up by QuizLoadClass, a runner from web's test classes that this
# script puts on the jar's class path (Spring Boot's PropertiesLauncher, loader.path) and names in
# spring.main.sources, so the jar never does this on its own. After the run the app is stopped and
# every answer the harness saw confirmed is read back from the database.
# Targets: p95 answer-save response time <= 150 ms, 0 errors, nothing missing on read-back.
# Usage: ./mvnw -o -Pproduction -pl web -am package -DskipTests   (once)
#        scripts/benchmark-quiz-http.sh [students] [think-ms] [worker-threads]
#   e.g. scripts/benchmark-quiz-http.sh 200 2000      (think time 1-3 s)
# Results are appended to web/target/benchmark/quiz-http.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
students=${1:-200}
think=${2:-2000}
threads=${3:-64}
port=${QUIZ_HTTP_PORT:-18090}
jar=$PWD/web/target/sourcebook.jar
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -o -Pproduction -pl web -am package -DskipTests" >&2; exit 1; }

echo "Compiling the harness (./mvnw -o -q -pl web -am test-compile dependency:build-classpath) ..." >&2
./mvnw -o -q -pl web -am test-compile dependency:build-classpath -Dmdep.outputFile=target/quiz-http-classpath.txt \
  -Dmdep.includeScope=test >&2
harness_cp="$PWD/web/target/test-classes:$(cat web/target/quiz-http-classpath.txt)"

workdir=$(mktemp -d)
mkdir -p "$workdir/extra/org/sourcebook/loadtest" "$workdir/extra/org/sourcebook/e2e" web/target/benchmark
cp web/target/test-classes/org/sourcebook/loadtest/QuizLoad{Class,Plan}.class "$workdir/extra/org/sourcebook/loadtest/"
cp web/target/test-classes/org/sourcebook/e2e/ActingAs.class "$workdir/extra/org/sourcebook/e2e/"
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

# BCrypt strength 10 (the lowest the app allows) so that creating the accounts does not dominate the run.
(cd "$workdir" && exec java -Xmx1g -cp "$jar" -Dloader.path="$workdir/extra" -Dloader.main=org.sourcebook.Application \
  org.springframework.boot.loader.launch.PropertiesLauncher --server.port="$port" --spring.profiles.active=demo \
  --spring.main.sources=org.sourcebook.loadtest.QuizLoadClass --quiz-load.students="$students" \
  --sourcebook.security.bcrypt-strength=10 >app.log 2>&1) &
app=$!
until grep -q 'Quiz load: .* students enrolled' "$workdir/app.log" 2>/dev/null; do
  kill -0 $app 2>/dev/null || { echo "the app exited; see $workdir/app.log" >&2; exit 1; }
  sleep 1
done
out=web/target/benchmark/quiz-http.txt
{
  echo "== $(date -u '+%Y-%m-%d %H:%M UTC'): $students students, think $think ms, $threads threads;" \
    "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$out"
status=0
java -Xmx512m -cp "$harness_cp" org.sourcebook.loadtest.QuizHttpLoad run "http://localhost:$port" "$students" "$think" \
  "$threads" "$workdir/expected.tsv" "$app" | tee -a "$out" || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
errors=$(grep -c ' ERROR ' "$workdir/app.log" || true)
echo "server log: $errors ERROR lines ($workdir/app.log)" | tee -a "$out"

kill "$app"; wait "$app" 2>/dev/null || true; app=
java -cp "$harness_cp" org.sourcebook.loadtest.QuizHttpLoad verify "jdbc:h2:file:$workdir/data/sourcebook" \
  "$workdir/expected.tsv" | tee -a "$out" || status=$?
exit $status
