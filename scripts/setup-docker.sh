#!/usr/bin/env bash
# Makes a real Docker engine answer on unix:///var/run/docker.sock and ensures the offline base
# image local/busybox:1 exists. Idempotent: every step is skipped when already done.
# No image registry is reachable here, so the base image is imported from busybox-static.
set -euo pipefail

SOCK=/var/run/docker.sock
BASE_IMAGE=local/busybox:1
WAIT_SECONDS=${DOCKER_WAIT_SECONDS:-60}

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"

need=()
command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
[ -x /bin/busybox ] || need+=(busybox-static)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup-docker: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -q
  $sudo_cmd apt-get install -y -q --no-install-recommends "${need[@]}"
fi

engine_answers() { $sudo_cmd docker -H "unix://$SOCK" info >/dev/null 2>&1; }

if ! engine_answers; then
  echo "setup-docker: starting dockerd (log: /tmp/dockerd.log)"
  # setsid + nohup: the daemon must outlive this script and the shell that called it.
  $sudo_cmd setsid nohup dockerd --host "unix://$SOCK" >/tmp/dockerd.log 2>&1 < /dev/null &
  for _ in $(seq 1 "$WAIT_SECONDS"); do
    engine_answers && break
    sleep 1
  done
  if ! engine_answers; then
    echo "setup-docker: dockerd did not answer within ${WAIT_SECONDS}s; last log lines:" >&2
    tail -n 20 /tmp/dockerd.log >&2 || true
    exit 1
  fi
fi
# Tests run as the invoking user; let a non-root user reach the socket too.
[ "$(id -u)" -eq 0 ] || $sudo_cmd chmod 666 "$SOCK"

if ! docker -H "unix://$SOCK" image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
  echo "setup-docker: building $BASE_IMAGE from busybox-static"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # Same layout as BaseImages.rootfsTar() in the module's test helpers (keep the two in step).
  # No CMD: containers of this image always name their command. (busybox 1.35's wget crashes
  # with -T; leave the timeout to the caller.)
  mkdir -p "$work/rootfs/bin" "$work/rootfs/tmp" "$work/rootfs/www" "$work/rootfs/etc"
  cp /bin/busybox "$work/rootfs/bin/busybox"
  for tool in sh httpd echo sleep cat ls wget env; do
    ln -s busybox "$work/rootfs/bin/$tool"
  done
  echo 'root:x:0:0:root:/:/bin/sh' > "$work/rootfs/etc/passwd"
  echo 'root:x:0:' > "$work/rootfs/etc/group"
  chmod 1777 "$work/rootfs/tmp"
  tar -C "$work/rootfs" --numeric-owner --owner=0 --group=0 -cf "$work/rootfs.tar" .
  docker -H "unix://$SOCK" import "$work/rootfs.tar" "$BASE_IMAGE" >/dev/null
fi
echo "setup-docker: engine ready, $BASE_IMAGE present"
