#!/usr/bin/env bash
# Runs the whole test suite: the unit tests of every module, then the integration tests against the
# built EAR on a managed WildFly (embedded H2) and the browser tests in headless Chromium.
# Extra arguments go to Maven (e.g. ./test.sh -Pmysql for the integration tests on MySQL).
set -euo pipefail
cd "$(dirname "$0")"

# The browser tests drive Debian's Chromium; a CJK font makes Chinese readable in screenshots.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || missing+=(fonts-noto-cjk)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} for the browser tests ..."
  sudo=""
  [[ $(id -u) == 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

exec mvn -B verify "$@"
