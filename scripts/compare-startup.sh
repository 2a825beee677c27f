#!/usr/bin/env bash
# Time from process start to the first HTTP 200 of Sourcebook's production jar (login page, its
# production configuration on a fresh H2 database, so Flyway migrates an empty schema first)
# against two yardsticks of the same Spring Boot, Vaadin and JDK versions, all production mode:
#   plain - benchmarks/plain-vaadin: a Vaadin starter, one @Route view with a button;
#   stack - benchmarks/stack-vaadin: the same plus Sourcebook's infrastructure (Spring Security with a
#           login view, Spring Data JPA/Hibernate, Flyway, H2, Bean Validation, actuator), one entity.
# The three are started in turn, RUNS times each, on the same machine in the same run; prints every
# time (wall clock, and the CPU time the process had used by then), the medians and the ratios.
# With --cds each jar is first extracted (java -Djarmode=tools) and a class-data-sharing archive is
# recorded by a training start (Spring Boot's CDS recipe, as docker/Dockerfile does), then timed so.
# Usage: scripts/compare-startup.sh [runs] [--no-build] [--cds]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
build=yes cds=no
for option in "$@"; do
  case $option in
    --no-build) build=no ;;
    --cds) cds=yes ;;
    *) echo "unknown option $option" >&2; exit 2 ;;
  esac
done
port=18082
declare -A jars=([plain]=$PWD/benchmarks/plain-vaadin/target/plain-vaadin.jar
                 [stack]=$PWD/benchmarks/stack-vaadin/target/stack-vaadin.jar
                 [ours]=$PWD/web/target/sourcebook.jar)
declare -A paths=([plain]=/ [stack]=/login [ours]=/login)

if [ $build = yes ]; then
  ./mvnw -o -q -Pproduction -pl web -am package -DskipTests
  ./mvnw -o -q -f benchmarks/plain-vaadin/pom.xml -Pproduction package -DskipTests
  ./mvnw -o -q -f benchmarks/stack-vaadin/pom.xml -Pproduction package -DskipTests
fi

declare -A launch
workroot=$(mktemp -d)
trap 'rm -rf "$workroot"' EXIT
for app in plain stack ours; do
  launch[$app]="-jar ${jars[$app]}"
  if [ $cds = yes ]; then
    # Extracted layout plus an archive of the classes a start loads (training: stop after refresh).
    java -Djarmode=tools -jar "${jars[$app]}" extract --destination "$workroot/$app" >/dev/null
    jar=$workroot/$app/$(basename "${jars[$app]}")
    mkdir "$workroot/$app-training"
    # Repositories are initialised during the refresh here (not deferred), so their classes are archived.
    (cd "$workroot/$app-training" && java -XX:ArchiveClassesAtExit="$workroot/$app.jsa" -Dspring.context.exit=onRefresh \
      -jar "$jar" --server.port=$port --spring.data.jpa.repositories.bootstrap-mode=default >training.log 2>&1)
    launch[$app]="-XX:SharedArchiveFile=$workroot/$app.jsa -jar $jar"
  fi
done

# Prints "WALL_MS CPU_MS": from `java` to the first 200 of $2 (a path), in a fresh directory.
first_200() {
  local app=$1 workdir start pid wall ticks
  workdir=$(mktemp -d)
  start=$(date +%s%N)
  # shellcheck disable=SC2086 # the launch line is deliberately split into words
  (cd "$workdir" && exec java ${launch[$app]} --server.port=$port >app.log 2>&1) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port${paths[$app]}")" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "$app exited; see $workdir/app.log" >&2; exit 1; }
    sleep 0.05
  done
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  ticks=$(awk '{ print $14 + $15 }' /proc/$pid/stat)
  echo "$wall $(( ticks * 1000 / $(getconf CLK_TCK) ))"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$workdir"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); class-data sharing: $cds"
declare -A walls cpus
for run in $(seq "$runs"); do
  line="run $run:"
  for app in plain stack ours; do
    result=$(first_200 $app)
    wall=${result% *} cpu=${result#* }
    walls[$app]+="$wall " cpus[$app]+="$cpu "
    line+=" $app ${wall} ms (cpu ${cpu} ms);"
  done
  echo "$line"
done
declare -A wall_median cpu_median
for app in plain stack ours; do
  wall_median[$app]=$(tr ' ' '\n' <<<"${walls[$app]}" | grep . | median)
  cpu_median[$app]=$(tr ' ' '\n' <<<"${cpus[$app]}" | grep . | median)
done
echo "median wall: plain ${wall_median[plain]} ms, stack ${wall_median[stack]} ms, Sourcebook ${wall_median[ours]} ms"
echo "median cpu:  plain ${cpu_median[plain]} ms, stack ${cpu_median[stack]} ms, Sourcebook ${cpu_median[ours]} ms"
echo "ratio Sourcebook / plain Vaadin: $(ratio "${wall_median[ours]}" "${wall_median[plain]}") (target <= 1.2)"
echo "ratio Sourcebook / Vaadin with the same stack: $(ratio "${wall_median[ours]}" "${wall_median[stack]}")"
echo "ratio stack / plain Vaadin: $(ratio "${wall_median[stack]}" "${wall_median[plain]}")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
