#!/usr/bin/env bash
# The MariaDB restart drill (issue 6): the application on a fresh MariaDB database, a client
# writing self-scores in a loop, MariaDB shut down and started again while the writes flow. The
# application must recover by itself (no restart of WildFly), and no write may be lost or
# half-applied: every write the client saw succeed is in the database, nothing else is (but a write
# answered 503 whose commit reached the database before the connection broke), and each applied
# write left exactly one audit event and one step of the assessment's version. While the database is
# away a write is answered 503 (the database is unavailable, try again), never 409 (which would
# send the user to reload for a conflict that did not happen) nor 500. Needs the built EAR
# (run.sh builds it when needed) and the machine's MariaDB on 127.0.0.1:3306 (root, no password);
# it restarts that MariaDB, so other users of it see a short outage.
#   db-restart-drill.sh [outage seconds]      (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
outage=${1:-3}
database="assessment_dbdrill_$$"
offset=550
source .ci/server.sh
base=$(server_base)
year=2018
unit=huimeng
log=$root/ear/target/db-restart-drill.log
work=$root/ear/target/db-restart-drill
sql() { mariadb -uroot -h127.0.0.1 -N "$database" "$@"; }
api() { curl -sf -u "admin:Demo@2026" -H 'Content-Type: application/json' "$@"; }

db_url="jdbc:mysql://127.0.0.1:3306/$database?rewriteBatchedStatements=true"

cleanup() {
  touch "$work/stop" 2>/dev/null || true
  stop_server
  mariadb_up || start_mariadb
  mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $database" || true
}
trap cleanup EXIT

: >"$log"
rm -rf "$work" && mkdir -p "$work"
echo "MariaDB restart drill: database $database, server on $base"
mariadb_up || start_mariadb
mariadb -uroot -h127.0.0.1 -e "CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
start_server "$db_url" root
api -X POST -d "{\"year\":$year}" "$base/api/cycles" >/dev/null
api -X POST "$base/api/cycles/$year/open" >/dev/null

assessment="(SELECT a.id FROM unit_assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
              JOIN assessed_unit u ON u.id = a.unit_id WHERE c.cycle_year = $year AND u.code = '$unit')"
# A first self-score starts the unit's self-assessment; from then on each write is one step.
item=$(curl -sf -u "$unit:Demo@2026" "$base/api/cycles/$year/assessments/$unit" \
  | python3 -c "import json,sys; print([i['id'] for i in json.load(sys.stdin)['items'] if i['kind'] == 'BASE'][0])")
curl -sf -u "$unit:Demo@2026" -H 'Content-Type: application/json' -X PUT -d '{"score":0}' \
  "$base/api/cycles/$year/assessments/$unit/self/$item" >/dev/null
version_before=$(sql -e "SELECT version FROM unit_assessment WHERE id = $assessment")
events_before=$(sql -e "SELECT COUNT(*) FROM audit_event WHERE action = 'SELF_SCORE' AND unit_code = '$unit'")

# The client: one clerk writing its items' self-scores in turn, each write's outcome on a line
# (number, item, score, remark, HTTP status, seconds since the start), until told to stop.
python3 - "$base" "$year" "$unit" "$work" >"$work/driver.log" 2>&1 <<'PY' &
import base64, json, os, sys, time, urllib.request, urllib.error
base, year, unit, work = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
auth = "Basic " + base64.b64encode(f"{unit}:Demo@2026".encode()).decode()
path = f"{base}/api/cycles/{year}/assessments/{unit}"

def call(method, url, body=None):
    request = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": auth, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as e:
        return e.code, None
    except Exception as e:
        return 0, None

status, sheet = call("GET", path)
items = [(i["id"], i["points"]) for i in sheet["items"] if i["kind"] == "BASE"][:8]
start = time.time()
with open(os.path.join(work, "writes"), "a", buffering=1) as out:
    n = 0
    while not os.path.exists(os.path.join(work, "stop")):
        item, points = items[n % len(items)]
        score = (n % (int(points * 2) + 1)) * 0.5
        remark = f"演练第 {n} 次"
        status, _ = call("PUT", f"{path}/self/{item}", {"score": score, "remark": remark})
        out.write(f"{n}\t{item}\t{score}\t{remark}\t{status}\t{time.time() - start:.2f}\n")
        n += 1
        if status != 200:
            time.sleep(0.2)
PY
driver=$!

successes() { awk -F'\t' '$5 == 200' "$work/writes" 2>/dev/null | wc -l; }
wait_for_successes() {
  local wanted=$1 seconds=$2
  for _ in $(seq 1 $((seconds * 4))); do
    [[ $(successes) -ge $wanted ]] && return 0
    sleep 0.25
  done
  return 1
}

wait_for_successes 30 120 || { echo "the client could not write before the restart" >&2; exit 1; }
before_restart=$(successes)
down_at=$(date +%s.%N)
mariadb-admin -uroot shutdown
echo "MariaDB shut down after $before_restart successful writes"
sleep "$outage"
start_mariadb
up_at=$(date +%s.%N)
echo "MariaDB up again after $(python3 -c "print(f'{$up_at - $down_at:.1f}')") s"
lines_at_restart=$(wc -l <"$work/writes")

# The application recovers by itself: new writes succeed without touching WildFly.
recovered=0
for _ in $(seq 1 480); do
  after=$(tail -n +$((lines_at_restart + 1)) "$work/writes" | awk -F'\t' '$5 == 200' | wc -l)
  if [[ $after -ge 30 ]]; then recovered=1; break; fi
  sleep 0.25
done
touch "$work/stop"
wait $driver || true
[[ $recovered == 1 ]] || { echo "NO RECOVERY: the application did not write again after MariaDB came back" >&2; exit 1; }
first_after=$(tail -n +$((lines_at_restart + 1)) "$work/writes" | awk -F'\t' '$5 == 200 {print $6; exit}')
echo "writes by status: $(cut -f5 "$work/writes" | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')"

# Nothing lost, nothing half-applied: the database holds what the client saw succeed, and only that.
ok=$(successes)
version_after=$(sql -e "SELECT version FROM unit_assessment WHERE id = $assessment")
events_after=$(sql -e "SELECT COUNT(*) FROM audit_event WHERE action = 'SELF_SCORE' AND unit_code = '$unit'")
failed=0
unexpected=$(awk -F'\t' '$5 != 200 && $5 != 503' "$work/writes" | wc -l)
if [[ $unexpected -ne 0 ]]; then
  echo "$unexpected writes answered other than 200 or 503 (statuses: $(awk -F'\t' '$5 != 200 && $5 != 503 {print $5}' "$work/writes" | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}'))" >&2
  failed=1
fi
# A 503 may stand for a commit whose answer the lost connection swallowed: such a write may have
# been applied, whole. So: each applied write one version step and one audit event; every 200
# applied; at most the 503s besides; and each item holds its last 200 write or a later 503 one.
unavailable=$(awk -F'\t' '$5 == 503' "$work/writes" | wc -l)
steps=$((version_after - version_before))
events=$((events_after - events_before))
if [[ $steps -ne $events ]]; then
  echo "the version moved $steps steps but $events audit events were written: half-applied" >&2
  failed=1
fi
if [[ $steps -lt $ok || $steps -gt $((ok + unavailable)) ]]; then
  echo "the version moved $steps steps for $ok successful writes and $unavailable answered 503" >&2
  failed=1
fi
sql -e "SELECT e.item_id, e.self_score, e.remark FROM item_entry e WHERE e.assessment_id = $assessment
        AND e.self_score IS NOT NULL" >"$work/actual"
if ! python3 - "$work/writes" "$work/actual" <<'CHECK'
import sys
from decimal import Decimal
writes = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
actual = {i: (Decimal(s), r) for i, s, r in (line.rstrip("\n").split("\t") for line in open(sys.argv[2], encoding="utf-8"))}
bad = 0
for item in {w[1] for w in writes if w[4] == "200"}:
    mine = [w for w in writes if w[1] == item]
    last_ok = max(k for k, w in enumerate(mine) if w[4] == "200")
    allowed = [(Decimal(w[2]), w[3]) for k, w in enumerate(mine) if k == last_ok or (k > last_ok and w[4] == "503")]
    if actual.get(item) not in allowed:
        print(f"item {item} holds {actual.get(item)}, expected one of {allowed}", file=sys.stderr)
        bad += 1
sys.exit(1 if bad else 0)
CHECK
then
  echo "the items hold other values than the last writes the client saw succeed" >&2
  failed=1
fi
[[ $failed == 0 ]] || { echo "DB RESTART DRILL FAILED" >&2; exit 1; }
echo "db restart drill passed: $ok writes applied ($before_restart before the restart), none lost or half-applied;" \
  "first write after MariaDB came back at ${first_after}s of the client's run"
