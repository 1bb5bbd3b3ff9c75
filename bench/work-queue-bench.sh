#!/usr/bin/env bash
# Work queue throughput: 8 worker threads claim and complete no-op items until the queue is empty,
# on SQLite (a temp file, WAL) and then on PostgreSQL. Prints enqueue and claim+complete items/s per
# claim batch size, and the items completed twice (must be 0).
#   bash bench/work-queue-bench.sh [items] [workers] [batches]     # defaults: 20000 8 1,16
# PostgreSQL: APPALOFT_BENCH_POSTGRES_URL (+ _USER, _PASSWORD) to use a running server; otherwise a
# throw-away cluster is started from /usr/lib/postgresql/*/bin (default settings, plus
# synchronous_commit=off, the counterpart of SQLite's WAL synchronous=NORMAL; PG_OPTS overrides).
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS=${1:-20000}
WORKERS=${2:-8}
BATCHES=${3:-1,16}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m -XX:+UseParallelGC}
JAR=samples/target/samples.jar
MVN_OPTS=${MVN_OPTS:-}

[ -f "$JAR" ] || mvn -B -q $MVN_OPTS -DskipTests package -pl samples -am
MAIN=dev.appaloft.samples.bench.WorkQueueBench

echo "=== SQLite (embedded, WAL)"
java $JAVA_OPTS -cp "$JAR" $MAIN sqlite "$ITEMS" "$WORKERS" "$BATCHES"

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
java $JAVA_OPTS -cp "$JAR" $MAIN postgresql "$ITEMS" "$WORKERS" "$BATCHES"
