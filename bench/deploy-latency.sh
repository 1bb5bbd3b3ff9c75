#!/usr/bin/env bash
# Deploy latency against the bare `docker run` + first probe baseline, on this host's Docker engine.
#   bash bench/deploy-latency.sh [repetitions]     (default 10; needs scripts/setup-docker.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl samples -am
exec java -cp samples/target/samples.jar dev.appaloft.samples.bench.DeployLatencyBench "${1:-10}"
