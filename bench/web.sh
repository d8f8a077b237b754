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
source .ci/server.sh
base=$(server_base)
log=$root/ear/target/bench-web.log

database=""
cleanup() {
  stop_server
  [[ -z $database ]] || mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $database" || true
}
trap cleanup EXIT

mariadb_up || start_mariadb
echo "Building (mvn install, tests skipped) ..."
mvn -B -q -DskipTests install
mvn -B -q -f ear/pom.xml test-compile
: >"$log"

database="assessment_bench_web_$$"
mariadb -uroot -h127.0.0.1 -e "CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
url="jdbc:mysql://127.0.0.1:3306/$database?rewriteBatchedStatements=true"
start_server "$url" root
mvn -B -q -f ear/pom.xml exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=cn.zwgk.assessment.bench.WebBenchmark \
  -Dexec.args="--api $base --jdbc $url --user root --server-pid $(server_pid) $*"
