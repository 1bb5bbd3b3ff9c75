#!/usr/bin/env bash
# Builds, offline, a local image tagged redis:7-alpine (the default image of Appaloft's managed
# Redis) from this machine's Debian redis-server and redis-cli with their shared libraries, on the
# local busybox base. Like the official image it runs redis-server with the arguments it is given
# (a first argument that is an option or a .conf file gets redis-server in front), as user redis,
# in /data. No image registry is reachable here, so tests use this image in its place.
# Idempotent: an image of that tag carrying this script's label is kept; so is one that is a working
# Redis made elsewhere (a real redis:7-alpine); an older build of it or anything else is replaced.
# Usage: scripts/build-redis-image.sh [IMAGE]   (default redis:7-alpine)
set -euo pipefail

IMAGE=${1:-${REDIS_IMAGE:-redis:7-alpine}}
MARK_LABEL=dev.appaloft.offline-image
MARK=redis-debian-v1
here=$(cd "$(dirname "$0")" && pwd)

mark_of() { docker image inspect --format "{{ index .Config.Labels \"$MARK_LABEL\" }}" "$1" 2>/dev/null || true; }

if [ "$(mark_of "$IMAGE")" = "$MARK" ]; then
  echo "build-redis-image: $IMAGE present (built by this script)"
  exit 0
fi
if [ -z "$(mark_of "$IMAGE")" ] && docker image inspect "$IMAGE" >/dev/null 2>&1 \
    && docker run --rm --entrypoint redis-server "$IMAGE" --version >/dev/null 2>&1; then
  echo "build-redis-image: $IMAGE present (a working Redis image made elsewhere); kept"
  exit 0
fi

bash "$here/setup-docker.sh" >/dev/null
if [ ! -x /usr/bin/redis-server ] || [ ! -x /usr/bin/redis-cli ]; then
  echo "build-redis-image: installing Debian's redis-server"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q --no-install-recommends redis-server
fi
server=$(readlink -f /usr/bin/redis-server)
echo "build-redis-image: building $IMAGE from $(/usr/bin/redis-server --version | head -n 1)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root/usr/bin" "$root/usr/local/bin" "$root/etc" "$root/data" "$root/bin"
# Debian's redis-server is a multi-call binary named after how it is called
cp -L "$server" "$root/usr/bin/redis-check-rdb"
ln -sf redis-check-rdb "$root/usr/bin/redis-server"
cp -L /usr/bin/redis-cli "$root/usr/bin/redis-cli"
{ ldd "$server" /usr/bin/redis-cli 2>/dev/null || true; } \
  | awk '/=> \// { print $3 } /^\t\/[^ ]*ld-linux/ { print $1 }' | sort -u \
  | while read -r lib; do
      cp -L --parents "$lib" "$root/" 2>/dev/null || true
    done
for tool in id chown su sed grep printf cat; do
  ln -sf busybox "$root/bin/$tool"
done
printf 'root:x:0:0:root:/root:/bin/sh\nredis:x:999:1000:Redis:/data:/bin/sh\n' > "$root/etc/passwd"
printf 'root:x:0:\nredis:x:1000:\n' > "$root/etc/group"
chown -R 999:1000 "$root/data"

cat > "$root/usr/local/bin/docker-entrypoint.sh" <<'ENTRY'
#!/bin/sh
# The official image's start-up, in short: options or a .conf file go to redis-server; as root,
# /data is handed to the redis user and the command runs as that user.
set -e
if [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then
  set -- redis-server "$@"
fi
if [ "$1" = redis-server ] && [ "$(id -u)" = 0 ]; then
  chown -R redis:redis /data 2>/dev/null || true
  exec su -p -s /bin/sh redis -c 'exec "$0" "$@"' -- "$@"
fi
exec "$@"
ENTRY
chmod 755 "$root/usr/local/bin/docker-entrypoint.sh"

cat > "$work/Dockerfile" <<DOCKERFILE
FROM local/busybox:1
COPY rootfs/ /
ENV PATH=/usr/local/bin:/usr/bin:/bin
LABEL $MARK_LABEL=$MARK
VOLUME /data
WORKDIR /data
EXPOSE 6379
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["redis-server"]
DOCKERFILE
DOCKER_BUILDKIT=0 docker build -q -t "$IMAGE" "$work" >/dev/null
echo "build-redis-image: $IMAGE built"
