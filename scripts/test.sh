#!/usr/bin/env bash
# Runs the whole test suite: unit tests (*Test) and tests against real services (*IT).
# Installs what the tests need first: PostgreSQL binaries (the tests start their own server), Caddy
# (the edge proxy; the tests start their own), OpenSSH (the SSH tests start their own sshd as
# "servers" and make keys with ssh-keygen; openssl for PKCS#8 ed25519 keys) and a real Docker
# engine with the offline base image (scripts/setup-docker.sh), an offline postgres:16-alpine
# (scripts/build-postgres-image.sh) and an offline redis:7-alpine (scripts/build-redis-image.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
need=()
command -v mvn >/dev/null 2>&1 || need+=(maven)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v caddy >/dev/null 2>&1 || need+=(caddy)
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
[ -x /usr/bin/redis-cli ] || need+=(redis-server)
# acme: Pebble (Let's Encrypt's test CA) and pebble-challtestsrv for the certificate issuance ITs
command -v pebble >/dev/null 2>&1 || need+=(pebble)
# acme dns-01: a real BIND primary takes the TSIG-signed RFC 2136 updates of the TXT records (and is Pebble's DNS)
[ -x /usr/sbin/named ] || need+=(bind9)
# compose stacks: Debian's standalone Compose CLI (used when the docker compose plugin is absent)
command -v docker-compose >/dev/null 2>&1 || docker compose version >/dev/null 2>&1 || need+=(docker-compose)
# console: headless Chromium and its driver for ConsoleBrowserIT (Selenium drives /usr/bin/chromium)
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || need+=(chromium chromium-driver)
# mysql: the offline mysql:8.4 image (MariaDB standing in) is built from these binaries
[ -x /usr/sbin/mariadbd ] && [ -x /usr/bin/mariadb-dump ] || need+=(mariadb-server mariadb-client)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -q
  $sudo_cmd apt-get install -y -q --no-install-recommends "${need[@]}"
fi

# the Debian package may start its own caddy service on port 80; ours are started by the tests
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet caddy 2>/dev/null; then
  ${sudo_cmd:-} systemctl stop caddy || true
fi

bash scripts/setup-docker.sh
# the default image of managed Postgres, built offline (no registry is reachable on CI machines)
bash scripts/build-postgres-image.sh
bash scripts/build-redis-image.sh
# mysql: the default image of managed MySQL, offline (MariaDB standing in for MySQL 8.4)
bash scripts/build-mysql-image.sh

exec mvn -B verify "$@"
