# Sourced by the CI scripts and the benchmarks: the machine's MariaDB, and a WildFly of the
# application started by run.sh on a database of its own, at a port offset of its own.
# The caller sets root (the checkout), offset (the port offset) and log (run.sh's output).

mariadb_up() { mariadb -uroot -h127.0.0.1 -e 'SELECT 1' >/dev/null 2>&1; }

# The machine's own service (root has no password); nothing happens where it runs already.
start_mariadb() {
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- \
    --user=mysql --bind-address=127.0.0.1
  for _ in $(seq 1 120); do
    mariadb_up && return 0
    sleep 0.25
  done
  echo "MariaDB did not start" >&2
  exit 1
}

server_base() { echo "http://127.0.0.1:$((8080 + offset))"; }

# The server's Java process itself (standalone.sh, its parent, carries the same arguments).
server_pid() { pgrep -f "^[^ ]*java .*-Djboss.server.base.dir=$root/ear/target/run-$offset( |$)" || true; }

# start_server JDBC_URL USER: starts it in the background and waits until it answers; a loaded
# machine may take minutes.
start_server() {
  local base
  base=$(server_base)
  if curl -s "$base/api/health" >/dev/null 2>&1; then
    echo "something answers on $base already: stop it first" >&2
    exit 1
  fi
  ASSESSMENT_DB_URL="$1" ASSESSMENT_DB_USER="$2" ASSESSMENT_PORT_OFFSET=$offset \
    ./run.sh >>"$log" 2>&1 &
  for _ in $(seq 1 300); do
    if curl -sf "$base/api/health" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "the server did not come up within 5 minutes; see $log" >&2
  exit 1
}

# stop_server [KILL]: stops it (a crash with KILL) and waits until it no longer answers.
stop_server() {
  local pid
  pid=$(server_pid)
  if [[ -n $pid ]]; then
    if [[ ${1:-} == KILL ]]; then
      kill -9 "$pid"
    else
      kill "$pid"
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  for _ in $(seq 1 50); do
    curl -s "$(server_base)/api/health" >/dev/null 2>&1 || return 0
    sleep 0.2
  done
  echo "the server still answers after it was stopped" >&2
  exit 1
}
