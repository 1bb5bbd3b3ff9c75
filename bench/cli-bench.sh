#!/usr/bin/env bash
# The appaloft command line's figures (issue 18): `appaloft up` on a copy of samples/static-site, wall time
# until its URL answers, against the same deployment made through the API with curl in the same run (target
# <= 1.2x); and `appaloft --version` start time (target < 0.5 s), through the launcher script (class-data
# sharing) and as plain `java -jar`. Starts its own server (the built jar, Docker + Caddy, a temp data folder).
#   bash bench/cli-bench.sh [repetitions]     (default 3; needs scripts/setup-docker.sh and a built jar)
set -euo pipefail
cd "$(dirname "$0")/.."
REPS=${1:-3}
JAR=appaloft-http/target/appaloft-server.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package -pl appaloft-http -am
CLI=appaloft-http/src/dist/appaloft
WORK=$(mktemp -d /tmp/appaloft-cli-bench.XXXXXX)
export XDG_CACHE_HOME=$WORK/cache APPALOFT_CONFIG_DIR=$WORK/config
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
PORT=$(free_port); PROXY=$(free_port); RUN=b$RANDOM
java -jar "$JAR" serve --port "$PORT" --data "$WORK/data" --proxy-port "$PROXY" --proxy-https-port 0 \
  --source-root "$WORK" --monitoring-interval-seconds 0 >"$WORK/server.log" 2>&1 &
SERVER=$!
RESOURCES=()
cleanup() {
  kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true
  for r in "${RESOURCES[@]:-}"; do
    [ -n "$r" ] || continue
    docker ps -aq --filter "label=appaloft.resource=$r" | xargs -r docker rm -f >/dev/null 2>&1 || true
    docker images -q --filter "label=appaloft.resource=$r" | xargs -r docker rmi -f >/dev/null 2>&1 || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
until grep -q "ready in" "$WORK/server.log" 2>/dev/null; do sleep 0.1; done
B=http://127.0.0.1:$PORT/api; T=$(cat "$WORK/data/admin-token"); H="Authorization: Bearer $T"; J='Content-Type: application/json'
export APPALOFT_SERVER=http://127.0.0.1:$PORT APPALOFT_TOKEN=$T
id() { sed 's/.*"id":"\([^"]*\)".*/\1/'; }
answers() { until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]; do sleep 0.05; done; }
SRV=$(curl -s -XPOST $B/servers -H "$H" -H "$J" -d '{"name":"this host","host":"localhost","providerKey":"local-shell"}' | id)
"$CLI" ls projects >/dev/null   # the launcher's first real command records its class-data-sharing archive

cli_times=(); api_times=()
for i in $(seq 1 "$REPS"); do
  # through the command line: detect, create project/environment/resource, deploy (streamed), URL
  dir=$WORK/cli-$RUN-$i; cp -r samples/static-site "$dir"
  t0=$(now); url=$("$CLI" up "$dir" 2>/dev/null); answers "$url"; t1=$(now)
  cli_times+=("$(ms "$t0" "$t1")"); RESOURCES+=("$(sed -n 's/.*"resourceId" : "\([^"]*\)".*/\1/p' "$dir/.appaloft/config.json")")
  # the same through the API: the same records, a synchronous deployment, then the URL
  dir=$WORK/api-$RUN-$i; cp -r samples/static-site "$dir"; name=api-$RUN-$i
  t0=$(now)
  P=$(curl -s -XPOST $B/projects -H "$H" -H "$J" -d '{"name":"'$name'"}' | id)
  E=$(curl -s -XPOST $B/environments -H "$H" -H "$J" -d '{"projectId":"'$P'","name":"production","kind":"production"}' | id)
  R=$(curl -s -XPOST $B/resources -H "$H" -H "$J" -d '{"projectId":"'$P'","environmentId":"'$E'","name":"'$name'","kind":"application",
       "source":{"kind":"local-folder","locator":"'$dir'"},"runtimeProfile":{"strategy":"auto"},"networkProfile":{"internalPort":8080}}' | id)
  curl -s -XPOST $B/deployments -H "$H" -H "$J" -d '{"projectId":"'$P'","environmentId":"'$E'","resourceId":"'$R'","serverId":"'$SRV'"}' >/dev/null
  answers "http://$name-production.localhost:$PROXY/"; t1=$(now)
  api_times+=("$(ms "$t0" "$t1")"); RESOURCES+=("$R")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
C=$(median "${cli_times[@]}"); A=$(median "${api_times[@]}")
echo "appaloft up -> URL answers: ${cli_times[*]} ms (median $C)"
echo "same through the API (curl): ${api_times[*]} ms (median $A)"
awk -v c="$C" -v a="$A" 'BEGIN { printf "ratio cli/api: %.2fx (target <= 1.2x)\n", c / a }'

v_script=(); v_plain=()
for i in 1 2 3 4 5; do
  t0=$(now); "$CLI" --version >/dev/null; t1=$(now); v_script+=("$(ms "$t0" "$t1")")
  t0=$(now); java -jar "$JAR" --version >/dev/null; t1=$(now); v_plain+=("$(ms "$t0" "$t1")")
done
echo "appaloft --version (launcher script, CDS): ${v_script[*]} ms (median $(median "${v_script[@]}"); target < 500)"
echo "java -jar appaloft-server.jar --version:    ${v_plain[*]} ms (median $(median "${v_plain[@]}"))"
