#!/usr/bin/env bash
# The web console's figures (issue 17): first contentful paint of the deployment page after sign-in
# on loopback, the time until it shows the deployment's data, and the bytes it transfers (cache
# disabled). Drives Debian's headless Chromium with Selenium (dev.appaloft.http.console.ConsoleBench)
# against an in-memory engine with the runtime double.
#   bash bench/console-bench.sh            # RUNS=15 loads
#   RUNS=40 bash bench/console-bench.sh
# Needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || { echo "apt-get install -y chromium chromium-driver" >&2; exit 1; }
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
# test classes of appaloft-http and its reactor modules (the runtime double is in appaloft-core's tests)
mvn -B -o -q -pl appaloft-http -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="appaloft-http/target/test-classes:appaloft-http/target/classes:$(cat "$CP_FILE")"
java -Druns="$RUNS" -Dwaterfall="${WATERFALL:-false}" -cp "$CP" dev.appaloft.http.console.ConsoleBench 2>&1 | grep -v ' WARN \|^SLF4J'
