#!/usr/bin/env bash
# auditEvents.list over a large audit stream (issue 16's figure: p99 per page under 50 ms at
# 1,000,000 events), on SQLite (a temp file, WAL); and global export rows/s.
#   bash bench/audit-bench.sh [records]      # default 1000000
# PostgreSQL: set APPALOFT_BENCH_POSTGRES_URL (+ _USER, _PASSWORD) and pass STORE=postgresql.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=samples/target/samples.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package -pl samples -am
exec java ${JAVA_OPTS:--Xmx512m} -cp "$JAR" dev.appaloft.samples.bench.AuditListBench "${STORE:-sqlite}" "${1:-1000000}"
