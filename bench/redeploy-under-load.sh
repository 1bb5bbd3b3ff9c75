#!/usr/bin/env bash
# Zero-downtime redeploys: requests/s to a deployed app's stable URL (through Caddy) during three
# redeploys; prints how many were sent, answered and failed. Loopback only, bounded in time.
#   bash bench/redeploy-under-load.sh [requests-per-second]   (default 200; needs Docker and caddy)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl samples -am
exec java -cp samples/target/samples.jar dev.appaloft.samples.bench.RedeployUnderLoadBench "${1:-200}"
