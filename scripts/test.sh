#!/usr/bin/env bash
# Runs the whole test suite: unit tests (*Test) and tests against real services (*IT).
# Installs what the tests need first: PostgreSQL binaries (the tests start their own server) and a
# real Docker engine with the offline base image (scripts/setup-docker.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v mvn >/dev/null 2>&1 || need+=(maven)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -q
  $sudo_cmd apt-get install -y -q --no-install-recommends "${need[@]}"
fi

bash scripts/setup-docker.sh

exec mvn -B verify "$@"
