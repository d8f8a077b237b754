#!/usr/bin/env bash
# The close's restart drill (issue 4): two identical years of generated data on MariaDB; one is
# closed without interruption, the other is killed (kill -9 of WildFly) in the middle of its close,
# the server is started again, the close restarted from its checkpoints; both must end with
# identical results for every unit. Needs the built EAR (run.sh builds it when needed) and the
# machine's MariaDB on 127.0.0.1:3306 (root, no password).
#   restart-drill.sh [units]      (default 20000 generated units beside the 53 of the seed: the
#                                 close must last long enough to be caught in its compute step)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
units=${1:-20000}
database="assessment_drill_$$"
offset=500
source .ci/server.sh
base=$(server_base)
auth="admin:Demo@2026"
log=$root/ear/target/restart-drill.log
sql() { mariadb -uroot -h127.0.0.1 "$database" "$@"; }
api() { curl -sf -u "$auth" -H 'Content-Type: application/json' "$@"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

db_url="jdbc:mysql://127.0.0.1:3306/$database?rewriteBatchedStatements=true"

cleanup() {
  stop_server
  mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $database" || true
}
trap cleanup EXIT

wait_for_job() {
  local id=$1 status
  for _ in $(seq 1 900); do
    status=$(api "$base/api/jobs/$id" | json "['status']")
    case $status in COMPLETED | FAILED | STOPPED | ABANDONED) echo "$status"; return 0 ;; esac
    sleep 0.5
  done
  echo "TIMEOUT"
}

# Two years alike: the same units, the same scores (they depend on the unit and the item's place
# in the table, not on ids), every assessment approved.
generate_year() {
  local year=$1
  api -X POST -d "{\"year\":$year}" "$base/api/cycles" >/dev/null
  api -X POST "$base/api/cycles/$year/open" >/dev/null
  sql <<SQL
INSERT INTO item_entry (id, assessment_id, item_id, self_score, remark, score, reason, scored_by)
SELECT 1000000000000 + a.id * 1000 + i.sort_order, a.id, i.id, i.points, NULL,
       CASE WHEN MOD(u.id * 7 + i.sort_order * 13, 5) < MOD(u.id, 4)
            THEN GREATEST(i.points - 0.5 * (1 + MOD(u.id, 3)), 0) ELSE i.points END,
       CASE WHEN MOD(u.id * 7 + i.sort_order * 13, 5) < MOD(u.id, 4) THEN '演练扣分' END,
       'assessor1'
FROM unit_assessment a
JOIN assessment_cycle c ON c.id = a.cycle_id
JOIN assessed_unit u ON u.id = a.unit_id
JOIN cycle_template t ON t.cycle_id = c.id AND t.unit_group = u.unit_group
JOIN cycle_item i ON i.cycle_template_id = t.id AND i.kind = 'BASE'
WHERE c.cycle_year = $year;
UPDATE unit_assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
SET a.state = 'APPROVED', a.scored_by = 'assessor1', a.approved_by = 'approver1',
    a.version = a.version + 1
WHERE c.cycle_year = $year;
SQL
}

results() {
  sql -N -e "SELECT u.code, r.base, r.bonus, r.penalty, r.final_score, r.unit_rank, r.grade
             FROM unit_result r JOIN assessment_cycle c ON c.id = r.cycle_id
             JOIN assessed_unit u ON u.id = r.unit_id WHERE c.cycle_year = $1 ORDER BY u.code"
}

: >"$log"
echo "Restart drill: $units generated units, database $database"
mariadb -uroot -h127.0.0.1 -e "CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
start_server "$db_url" root
sql <<SQL
SET SESSION max_recursive_iterations = 1000000;
INSERT INTO assessed_unit (id, code, name, unit_group, sort_order, version)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < $units)
SELECT 100000 + n, CONCAT('gen', LPAD(n, 6, '0')), CONCAT('演练单位', LPAD(n, 6, '0')),
       IF(MOD(n, 5) = 0, 'TOWN', 'DEPARTMENT'), 1000 + n, 1
FROM seq;
SQL
generate_year 2018
generate_year 2019

started=$(date +%s)
whole=$(api -X POST "$base/api/cycles/2018/close" | json "['executionId']")
[[ $(wait_for_job "$whole") == COMPLETED ]] || { echo "the uninterrupted close did not complete" >&2; exit 1; }
echo "uninterrupted close of 2018: $(( $(date +%s) - started )) s"

killed=$(api -X POST "$base/api/cycles/2019/close" | json "['executionId']")
for _ in $(seq 1 600); do
  read -r step done_ total < <(api "$base/api/jobs/$killed" |
    python3 -c "import json,sys; p=json.load(sys.stdin); print(p['step'], p['done'], p['total'])")
  if [[ $step == compute && $total -gt 0 && $done_ -gt 0 ]]; then break; fi
  sleep 0.05
done
[[ $step == compute && $done_ -lt $total ]] || { echo "could not catch the close midway ($step $done_/$total)" >&2; exit 1; }
stop_server KILL
echo "killed WildFly during the close of 2019 at $done_ of $total units"
start_server "$db_url" root
echo "status after the restart of the server: $(api "$base/api/jobs/$killed" | json "['status']")"
restarted=$(api -X POST "$base/api/jobs/$killed/restart" | json "['executionId']")
[[ $(wait_for_job "$restarted") == COMPLETED ]] || { echo "the restarted close did not complete" >&2; exit 1; }
state=$(api "$base/api/cycles/2019" | json "['state']")
[[ $state == CLOSED ]] || { echo "2019 is $state after the restarted close" >&2; exit 1; }

first=$(results 2018)
second=$(results 2019)
count=$(wc -l <<<"$first")
if [[ $first != "$second" ]]; then
  diff <(echo "$first") <(echo "$second") | head -20 >&2
  echo "RESULTS DIFFER between the uninterrupted and the restarted close" >&2
  exit 1
fi
echo "restart drill passed: $count units, identical results after a kill at $done_/$total"
