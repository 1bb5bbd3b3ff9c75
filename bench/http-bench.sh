#!/usr/bin/env bash
# Loopback load benchmark of the standalone server on SQLite (issue: foundation performance goal).
# Prints requests/s and latency percentiles for three routes, and the server's resident memory.
#   bash bench/http-bench.sh            # defaults: 20 s per route, 8 connections, 1 wrk thread
#   DURATION=30s CONNECTIONS=64 bash bench/http-bench.sh
#   AUTH=session bash bench/http-bench.sh   # as a signed-in user (session token) instead of the admin token
# Needs wrk (apt-get install wrk). Traffic goes to 127.0.0.1 only, and every run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-8}
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -XX:+UseParallelGC}   # the README's recommended flags
THREADS=${THREADS:-1}
AUTH=${AUTH:-admin}      # admin: the operator's admin token; session: bootstrap the first admin and sign in
PORT=${PORT:-4399}
JAR=appaloft-http/target/appaloft-server.jar

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$JAR" ] || mvn -B -q -DskipTests package

DATA=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
java $JAVA_OPTS -jar "$JAR" serve --port "$PORT" --data "$DATA" > "$DATA/server.log" 2>&1 &
SERVER=$!
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

echo "== server memory"
grep -E 'VmRSS|VmHWM' /proc/$SERVER/status
