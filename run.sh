#!/usr/bin/env bash
# Runs the assessment system: builds it when the sources changed, then starts WildFly with the EAR
# at http://localhost:8080/ and stays in the foreground until Ctrl-C.
#
# Defaults: an embedded H2 database in ./data/h2 (kept across restarts) and demo mode (the demo
# accounts of README.md). Settings, all optional:
#   ASSESSMENT_DB_URL        jdbc:mysql://host:3306/db?... to use MySQL instead of H2
#   ASSESSMENT_DB_USER       database user (MySQL)
#   ASSESSMENT_DB_PASSWORD   database password (MySQL)
#   ASSESSMENT_H2_DIR        where the H2 database lives (default ./data/h2)
#   ASSESSMENT_DEMO          true (default) or false
#   ASSESSMENT_BIND          the address to listen on (default 127.0.0.1; 0.0.0.0 for the intranet)
#   ASSESSMENT_PORT_OFFSET   added to every port (default 0: HTTP on 8080)
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
ear=$root/ear/target/assessment.ear
server=$(ls -d "$root"/ear/target/wildfly-* 2>/dev/null | head -n 1 || true)

# Build when there is no EAR or anything it is made of is newer.
if [[ ! -f $ear || -z $server ]] \
  || [[ -n $(find pom.xml domain ejb batch web ear -newer "$ear" -not -path '*/target/*' -type f -print -quit) ]]; then
  echo "Building the application (mvn package) ..."
  mvn -B -q -DskipTests package
  server=$(ls -d "$root"/ear/target/wildfly-* | head -n 1)
fi

h2_dir=${ASSESSMENT_H2_DIR:-$root/data/h2}
db_url=${ASSESSMENT_DB_URL:-}
if [[ -z $db_url ]]; then
  mkdir -p "$h2_dir"
  h2_dir=$(cd "$h2_dir" && pwd)
  db_url="jdbc:h2:file:$h2_dir/assessment;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000"
  db_driver=h2
  db_user=${ASSESSMENT_DB_USER:-sa}
  echo "Database: embedded H2 in $h2_dir (set ASSESSMENT_H2_DIR to move it, ASSESSMENT_DB_URL for MySQL)"
else
  case $db_url in
    jdbc:mysql:*) db_driver=mysql ;;
    jdbc:h2:*) db_driver=h2 ;;
    *) echo "ASSESSMENT_DB_URL must be a jdbc:mysql: or jdbc:h2: URL" >&2; exit 2 ;;
  esac
  db_user=${ASSESSMENT_DB_USER:-root}
  echo "Database: $db_url (user $db_user)"
  # WildFly refuses an empty password attribute; Connector/J takes the password from the URL.
  if [[ -n ${ASSESSMENT_DB_PASSWORD:-} ]]; then
    encoded=$(printf '%s' "$ASSESSMENT_DB_PASSWORD" | od -An -tx1 -v | tr -d ' \n' | sed 's/../%&/g')
    [[ $db_url == *\?* ]] && db_url="$db_url&password=$encoded" || db_url="$db_url?password=$encoded"
  fi
fi

offset=${ASSESSMENT_PORT_OFFSET:-0}

# A fresh copy of the configured server's base directory, with the EAR to deploy (one per port
# offset, so that servers side by side keep apart).
base=$root/ear/target/run
[[ $offset == 0 ]] || base=$root/ear/target/run-$offset
rm -rf "$base"
mkdir -p "$base"
cp -r "$server/standalone/configuration" "$base/"
mkdir -p "$base/deployments" "$base/data" "$base/log"
cp "$ear" "$base/deployments/"

echo "Starting WildFly; the application will be at http://localhost:$((8080 + offset))/"
export JAVA_OPTS="-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman"
exec "$server/bin/standalone.sh" \
  -Djboss.server.base.dir="$base" \
  -Djboss.socket.binding.port-offset="$offset" \
  -b "${ASSESSMENT_BIND:-127.0.0.1}" \
  -Dassessment.demo="${ASSESSMENT_DEMO:-true}" \
  -Dassessment.db.driver="$db_driver" \
  -Dassessment.db.url="$db_url" \
  -Dassessment.db.user="$db_user" \
  -Dassessment.data.dir="$root/data/files"
