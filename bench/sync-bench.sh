#!/usr/bin/env bash
# The fleet sync protocol under load (issue 5): 1,000 deployments, 8 concurrent agents doing
# acquire -> reconcile -> release through the embedded engine, on SQLite and then on PostgreSQL.
# Prints cycles/s, operations/s, p50/p99 per operation and the double holds (must be 0).
#   bash bench/sync-bench.sh [deployments] [agents] [seconds] [owned|shared|both]
# PostgreSQL: APPALOFT_BENCH_POSTGRES_URL (+ _USER, _PASSWORD) to use a running server; otherwise a
# throw-away cluster is started from /usr/lib/postgresql/*/bin (default settings, plus
# synchronous_commit=off, the counterpart of SQLite's WAL synchronous=NORMAL; PG_OPTS overrides).
set -euo pipefail
cd "$(dirname "$0")/.."
DEPLOYMENTS=${1:-1000}
AGENTS=${2:-8}
SECONDS_PER_MODE=${3:-15}
MODES=${4:-both}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m -XX:+UseParallelGC}
JAR=samples/target/samples.jar
MVN_OPTS=${MVN_OPTS:-}

[ -f "$JAR" ] || mvn -B -q $MVN_OPTS -DskipTests package -pl samples -am
MAIN=dev.appaloft.samples.bench.FleetSyncBench

echo "=== SQLite (embedded, WAL)"
java $JAVA_OPTS -cp "$JAR" $MAIN sqlite "$DEPLOYMENTS" "$AGENTS" "$SECONDS_PER_MODE" "$MODES"

echo
echo "=== PostgreSQL"
if [ -z "${APPALOFT_BENCH_POSTGRES_URL:-}" ]; then
  BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$BIN" ] || { echo "no PostgreSQL binaries (apt-get install postgresql) and no APPALOFT_BENCH_POSTGRES_URL" >&2; exit 1; }
  PGDIR=$(mktemp -d)
  AS=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGDIR"; AS=(runuser -u postgres --); fi
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  PG_OPTS=${PG_OPTS:--c synchronous_commit=off -c max_connections=200}
  "${AS[@]}" "$BIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
  "${AS[@]}" "$BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDIR $PG_OPTS" start >/dev/null
  trap '"${AS[@]}" "$BIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$PGDIR"' EXIT
  export APPALOFT_BENCH_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$PORT/postgres" APPALOFT_BENCH_POSTGRES_USER=postgres
  echo "(throw-away cluster: $PG_OPTS)"
fi
java $JAVA_OPTS -cp "$JAR" $MAIN postgresql "$DEPLOYMENTS" "$AGENTS" "$SECONDS_PER_MODE" "$MODES"
