#!/usr/bin/env bash
# Docker Swarm rolling update of 2 replicas under a fixed request rate through Caddy: prints the
# requests failed and the update time. Initialises a single-node swarm on this host's engine for
# the run and leaves it afterwards (refuses to run when the engine is already in a swarm).
#   bash bench/swarm-bench.sh [requests-per-second]   (default 200; needs Docker, caddy, local/busybox:1)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl samples -am
exec java -cp samples/target/samples.jar dev.appaloft.samples.bench.SwarmRollingUpdateBench "${1:-200}"
