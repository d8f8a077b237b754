#!/usr/bin/env bash
# Configures the WildFly unpacked by the build: adds the MySQL driver module and applies
# configure.cli. Does nothing when the server is configured already.
#   configure.sh <wildfly home> <mysql-connector-j jar>
set -euo pipefail
home=$1
driver=$2
here=$(cd "$(dirname "$0")" && pwd)
marker=$home/standalone/configuration/.assessment-configured
if [[ -f $marker && $marker -nt $here/configure.cli ]]; then
  exit 0
fi
module=$home/modules/com/mysql/main
mkdir -p "$module"
cp "$driver" "$module/"
cat > "$module/module.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="com.mysql">
  <resources>
    <resource-root path="$(basename "$driver")"/>
  </resources>
  <dependencies>
    <module name="java.se"/>
    <module name="jakarta.transaction.api"/>
  </dependencies>
</module>
XML
# A configuration from an earlier version of configure.cli is replaced by a fresh one.
config=$home/standalone/configuration/standalone.xml
[[ -f $config.orig ]] || cp "$config" "$config.orig"
cp "$config.orig" "$config"
JAVA_OPTS="-Xmx256m" "$home/bin/jboss-cli.sh" --file="$here/configure.cli"
touch "$marker"
