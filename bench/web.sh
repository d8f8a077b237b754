#!/usr/bin/env bash
# The web benchmark (README, "Benchmarks"): a fresh MariaDB database, WildFly with the application
# on it, a generated year at its scoring deadline (assessors and unit clerks with accounts) beside
# a closed one, then browsers and API clients over HTTP: 50 users thinking a second between
# requests, 500 sessions held at once, and the highest page rate within a p95 of 250 ms, with the
# health check as the baseline of the same run. Prints page-p95-ms, api-p95-ms, errors-percent,
# session-kb and page-max-rps (and p50/p99 and the ratios to the baseline).
#   bench/web.sh [--seconds 60] [--step-seconds 5] [--assessors 50] [--clerks 500]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
offset=900
base="http://127.0.0.1:$((8080 + offset))"
log=$root/ear/target/bench-web.log

server_pid() { pgrep -f "^[^ ]*java .*-Djboss.server.base.dir=$root/ear/target/run-$offset( |$)" || true; }
stop_server() {
  local pid
  pid=$(server_pid)
  if [[ -n $pid ]]; then
    kill $pid
    while kill -0 $pid 2>/dev/null; do sleep 0.2; done
  fi
}
database=""
cleanup() {
  stop_server
  [[ -z $database ]] || mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $database" || true
}
trap cleanup EXIT

if ! mariadb -uroot -h127.0.0.1 -e 'SELECT 1' >/dev/null 2>&1; then
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1
  sleep 2
fi
echo "Building (mvn install, tests skipped) ..."
mvn -B -q -DskipTests install
mvn -B -q -f ear/pom.xml test-compile
: >"$log"

database="assessment_bench_web_$$"
mariadb -uroot -h127.0.0.1 -e "CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
url="jdbc:mysql://127.0.0.1:3306/$database?rewriteBatchedStatements=true"
stop_server
ASSESSMENT_DB_URL="$url" ASSESSMENT_DB_USER=root ASSESSMENT_PORT_OFFSET=$offset ./run.sh >>"$log" 2>&1 &
pid=""
for _ in $(seq 600); do
  pid=$(server_pid)
  [[ -z $pid ]] || break
  sleep 0.2
done
[[ -n $pid ]] || { echo "WildFly did not start: see $log" >&2; exit 1; }
mvn -B -q -f ear/pom.xml exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=cn.zwgk.assessment.bench.WebBenchmark \
  -Dexec.args="--api $base --jdbc $url --user root --server-pid $pid $*"
