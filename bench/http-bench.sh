#!/usr/bin/env bash
# Loopback load benchmark of the standalone server on SQLite (issue: foundation performance goal).
# Prints requests/s and latency percentiles for three routes, and the server's resident memory: every
# process of its tree (the launcher and the server JVM it starts) and the peak of their sum.
#   bash bench/http-bench.sh            # defaults: 20 s per route, 8 connections, 1 wrk thread, no JVM flags
#   JAVA_OPTS='-Xmx192m' bash bench/http-bench.sh   # flags on the command line: the jar runs in one JVM
#   DURATION=30s CONNECTIONS=64 bash bench/http-bench.sh
#   AUTH=session bash bench/http-bench.sh   # as a signed-in user (session token) instead of the admin token
# Needs wrk (apt-get install wrk). Traffic goes to 127.0.0.1 only, and every run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-8}
JAVA_OPTS=${JAVA_OPTS:-}   # none, as the README's command: the jar's launcher picks the server's JVM flags
THREADS=${THREADS:-1}
AUTH=${AUTH:-admin}      # admin: the operator's admin token; session: bootstrap the first admin and sign in
PORT=${PORT:-4399}
JAR=appaloft-http/target/appaloft-server.jar

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$JAR" ] || mvn -B -q -DskipTests package

DATA=$(mktemp -d)
SAMPLER=
trap 'kill $SAMPLER $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
java $JAVA_OPTS -jar "$JAR" serve --port "$PORT" --data "$DATA" > "$DATA/server.log" 2>&1 &
SERVER=$!

tree() { # a pid and its descendants (children are listed per thread)
  local c; echo "$1"
  for c in $(cat /proc/"$1"/task/*/children 2>/dev/null); do tree "$c"; done
}
status() { # pid, field (VmRSS, VmHWM): kB
  local k v _
  { while read -r k v _; do [ "$k" = "$2:" ] && { echo "$v"; return; }; done < /proc/"$1"/status; } 2>/dev/null || true
  echo 0
}
# resident memory every 0.2 s: the JVMs (the launcher and the server JVM it starts) and the whole tree
# (with Caddy, the edge proxy the server starts when it is installed); the sampled peaks are the figures
# that count (per-process peaks need not fall at the same moment, so their sum is an upper bound)
( jvm_peak=0; tree_peak=0; while :; do jvm=0; all=0
    for p in $(tree "$SERVER"); do
      r=$(status "$p" VmRSS); all=$((all + r))
      if [ "$(cat /proc/"$p"/comm 2>/dev/null)" = java ]; then jvm=$((jvm + r)); fi
    done
    if [ "$jvm" -gt "$jvm_peak" ]; then jvm_peak=$jvm; fi
    if [ "$all" -gt "$tree_peak" ]; then tree_peak=$all; fi
    echo "$jvm_peak $tree_peak" > "$DATA/peak-rss"
    sleep 0.2; done ) &
SAMPLER=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break; sleep 0.1; done
TOKEN=$(cat "$DATA/admin-token")
BASE="http://127.0.0.1:$PORT"
if [ "$AUTH" = session ]; then
  curl -sf -X POST "$BASE/api/bootstrap/auth/first-admin" -H 'Content-Type: application/json' \
       -d '{"email":"bench@example.com","displayName":"Bench","password":"bench password 1"}' > /dev/null
  TOKEN=$(curl -sf -X POST "$BASE/api/auth/sign-in/email" -H 'Content-Type: application/json' \
       -d '{"email":"bench@example.com","password":"bench password 1"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
fi
echo "== authenticated with the $AUTH token"

for i in $(seq 1 100); do
  curl -sf -X POST "$BASE/api/projects" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
       -d "{\"name\":\"seed project $i\",\"description\":\"a project made to fill the list\"}" > "$DATA/last-id"
done
ID=$(sed 's/.*"id":"\([^"]*\)".*/\1/' "$DATA/last-id")

cat > "$DATA/post.lua" <<LUA
local counter = 0
local threads = 0
-- names must stay unique across the warm-up and the measured run, or they would answer 409
local run = tostring(os.time()) .. tostring(math.random(1000000))
function setup(thread) thread:set("tid", threads); threads = threads + 1 end
request = function()
  counter = counter + 1
  return wrk.format("POST", "/api/projects",
    {["Authorization"] = "Bearer $TOKEN", ["Content-Type"] = "application/json"},
    '{"name":"bench ' .. run .. '-' .. tid .. '-' .. counter .. '"}')
end
LUA

run() { # name, wrk args...
  local name=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$@" > /dev/null   # warm-up: JIT and pools
  echo "== $name"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%'
}

run "GET /api/projects (100 projects)" -H "Authorization: Bearer $TOKEN" "$BASE/api/projects"
run "GET /api/projects/{id}" -H "Authorization: Bearer $TOKEN" "$BASE/api/projects/$ID"
run "POST /api/projects" -s "$DATA/post.lua" "$BASE"

echo "== server memory (kB)"
hwm=0
for p in $(tree "$SERVER"); do
  printf '%-7s VmRSS %7s  VmHWM %7s  Pss %7s  %s\n' "$p" "$(status "$p" VmRSS)" "$(status "$p" VmHWM)" \
         "$(awk '/^Pss:/ {print $2}' /proc/"$p"/smaps_rollup 2>/dev/null)" "$(tr '\0' ' ' < /proc/"$p"/cmdline | cut -c1-150)"
  if [ "$(cat /proc/"$p"/comm)" = java ]; then hwm=$((hwm + $(status "$p" VmHWM))); fi
done
read -r jvm_peak tree_peak < "$DATA/peak-rss"
echo "JVMs' peak RSS (sampled every 0.2 s): $jvm_peak kB (sum of their VmHWM: $hwm kB); whole tree's: $tree_peak kB"
