#!/usr/bin/env bash
# The SSH figures: connection reuse, deploy latency of a ready image over SSH against
# `ssh server docker run` + first probe, and fan-out to N servers at once against one server.
# The "servers" are sshd processes started here on 127.0.0.1 (their docker CLI drives this
# machine's engine: scripts/setup-docker.sh first).
#   bash bench/ssh-bench.sh [servers]      (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
MVN_OPTS=${MVN_OPTS:-}
[ -x /usr/sbin/sshd ] || { echo "needs openssh-server (apt-get install openssh-server)" >&2; exit 1; }
mvn -B -q $MVN_OPTS -DskipTests package -pl samples -am

DIR=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  docker ps -aq --filter label=appaloft.bench=ssh | xargs -r docker rm -f >/dev/null
  docker ps -aq --filter label=appaloft.resource | xargs -r docker inspect --format '{{.Id}} {{.Name}}' \
    | grep ' /bench-\| /appaloft-bench-' | cut -d' ' -f1 | xargs -r docker rm -f >/dev/null || true
  rm -rf "$DIR"
}
trap cleanup EXIT
mkdir -p /run/sshd "$DIR/image/www"
ssh-keygen -q -t ed25519 -N '' -f "$DIR/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$DIR/client"
cp "$DIR/client.pub" "$DIR/authorized_keys"
echo ok > "$DIR/image/www/index.html"
cat > "$DIR/image/Dockerfile" <<'DOCKERFILE'
FROM local/busybox:1
COPY www /www
CMD ["sh", "-c", "trap 'exit 0' TERM; httpd -f -p 8080 -h /www & wait"]
DOCKERFILE
IMAGE=appaloft-bench/ssh-http:1
docker build -q -t $IMAGE "$DIR/image" >/dev/null
PORTS=()
for i in $(seq 1 "$N"); do
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  cat > "$DIR/sshd_$i" <<CONF
Port $PORT
ListenAddress 127.0.0.1
HostKey $DIR/host_key
AuthorizedKeysFile $DIR/authorized_keys
PidFile $DIR/sshd_$i.pid
StrictModes no
UsePAM no
PasswordAuthentication no
MaxSessions 64
MaxStartups 64
LogLevel ERROR
CONF
  /usr/sbin/sshd -D -f "$DIR/sshd_$i" & PIDS+=($!)
  PORTS+=("$PORT")
done
sleep 1
java $JAVA_OPTS -cp samples/target/samples.jar dev.appaloft.samples.bench.SshBench "$IMAGE" "$DIR/client" \
  "$(id -un)" "${PORTS[@]}"
