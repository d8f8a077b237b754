#!/usr/bin/env bash
# The close benchmark (README, "Benchmarks"): one MariaDB database and WildFly with the application
# on it, as a province's server that has run for years; for each size (default 15000 units, sizes
# taken in ascending order, each a later year), a generated year of that many units with every
# assessment approved, then the real close job against the database's own GROUP BY of the same
# totals. Before the first size a year of 1,000 units is closed unmeasured, so that no measured
# close runs in a JVM that has not compiled its code yet. Prints close-seconds, sql-seconds,
# close-ratio and close-scores-per-second per size, and a table at the end.
#   bench/close.sh [units …]
# BENCH_DB=h2 runs the same on the embedded H2 database (opened with AUTO_SERVER, so that the
# generator and the baseline reach the file that WildFly holds).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
sizes=("$@")
((${#sizes[@]})) || sizes=(15000)
mapfile -t sizes < <(printf '%s\n' "${sizes[@]}" | sort -n)
offset=800
source .ci/server.sh
base=$(server_base)
log=$root/ear/target/bench-close.log

kind=${BENCH_DB:-mysql}
database=""
drop_database() {
  if [[ $kind == h2 ]]; then
    rm -rf "$root/ear/target/$database"
  else
    mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $database"
  fi
}
cleanup() {
  stop_server
  [[ -z $database ]] || drop_database || true
}
trap cleanup EXIT

mariadb_up || start_mariadb
echo "Building (mvn install, tests skipped) ..."
mvn -B -q -DskipTests install
mvn -B -q -f ear/pom.xml test-compile
: >"$log"

database="assessment_bench_$$"
if [[ $kind == h2 ]]; then
  url="jdbc:h2:file:$root/ear/target/$database/assessment;AUTO_SERVER=TRUE"
  user=sa
else
  mariadb -uroot -h127.0.0.1 -e "CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  url="jdbc:mysql://127.0.0.1:3306/$database?rewriteBatchedStatements=true"
  user=root
fi
start_server "$url" $user

close_year() {
  mvn -B -q -f ear/pom.xml exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=cn.zwgk.assessment.bench.CloseBenchmark \
    -Dexec.args="--api $base --jdbc $url --user $user --units $1 --year $2"
}

warm_up=$((sizes[0] < 1000 ? sizes[0] : 1000))
echo "== warm-up: $warm_up units, not measured =="
close_year "$warm_up" 2015 >/dev/null

table=()
year=2016
for units in "${sizes[@]}"; do
  echo "== $units units ($kind, year $year) =="
  out=$(close_year "$units" "$year" | tee >(cat >&2))
  table+=("$units|$(grep -E '^scores:' <<<"$out" | cut -d' ' -f2)|$(grep -E '^close-seconds:' <<<"$out" | cut -d' ' -f2)|$(grep -E '^sql-seconds:' <<<"$out" | cut -d' ' -f2)|$(grep -E '^close-ratio:' <<<"$out" | cut -d' ' -f2)|$(grep -E '^close-scores-per-second:' <<<"$out" | cut -d' ' -f2)")
  year=$((year + 1))
done

echo
echo "| generated units | scores | close s | SQL s | ratio | scores/s |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
for row in "${table[@]}"; do
  echo "| ${row//|/ | } |"
done
