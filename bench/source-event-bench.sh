#!/usr/bin/env bash
# GitHub webhook ingest over loopback HTTP (issue 15): signed push deliveries per second, verified,
# deduplicated (every 10th is a redelivery), matched through the source-link index and recorded;
# prints p50/p99 latency and the duplicates stored (must be 0). Client and server share one JVM.
#   bash bench/source-event-bench.sh [events] [clients] [stores]   # defaults: 20000 8 sqlite,memory
# PostgreSQL: add postgresql to the stores and set APPALOFT_BENCH_POSTGRES_URL (+ _USER, _PASSWORD).
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-20000}
CLIENTS=${2:-8}
STORES=${3:-sqlite,memory}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m -XX:+UseParallelGC}
JAR=samples/target/samples.jar
MVN_OPTS=${MVN_OPTS:-}

[ -f "$JAR" ] || mvn -B -q $MVN_OPTS -DskipTests package -pl samples -am
for store in ${STORES//,/ }; do
  echo "=== $store"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  java $JAVA_OPTS -cp "$JAR" dev.appaloft.samples.bench.SourceEventIngestBench "$store" "$EVENTS" "$CLIENTS" \
      2>&1 | grep -v ' INFO \| DEBUG '
done
