#!/usr/bin/env bash
# Builds, offline, a local image tagged postgres:16-alpine (the default image of Appaloft's managed
# Postgres) from this machine's Debian postgresql binaries and their shared libraries, on the
# local busybox base. Its entrypoint honours the official image's POSTGRES_PASSWORD, POSTGRES_USER,
# POSTGRES_DB and PGDATA. No image registry is reachable here, so tests use this image in its place.
# Idempotent: an image of that tag carrying this script's label is kept; so is one that is a working
# Postgres made elsewhere (a real postgres:16-alpine); an older build of it or anything else under
# the tag is replaced.
# Usage: scripts/build-postgres-image.sh [IMAGE]   (default postgres:16-alpine)
set -euo pipefail

IMAGE=${1:-${POSTGRES_IMAGE:-postgres:16-alpine}}
MARK_LABEL=dev.appaloft.offline-image
MARK=postgres-debian-v2
here=$(cd "$(dirname "$0")" && pwd)

mark_of() { docker image inspect --format "{{ index .Config.Labels \"$MARK_LABEL\" }}" "$1" 2>/dev/null || true; }

if [ "$(mark_of "$IMAGE")" = "$MARK" ]; then
  echo "build-postgres-image: $IMAGE present (built by this script)"
  exit 0
fi
# an older build of this script is replaced; an image made elsewhere is kept if it is a Postgres
if [ -z "$(mark_of "$IMAGE")" ] && docker image inspect "$IMAGE" >/dev/null 2>&1 \
    && docker run --rm --entrypoint postgres "$IMAGE" --version >/dev/null 2>&1; then
  echo "build-postgres-image: $IMAGE present (a working Postgres image made elsewhere); kept"
  exit 0
fi

bash "$here/setup-docker.sh" >/dev/null
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/postgres" ]; then
  echo "build-postgres-image: installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q --no-install-recommends postgresql
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
pg_home=$(dirname "$pg_bin")
version=$(basename "$pg_home")
echo "build-postgres-image: building $IMAGE from PostgreSQL $version ($pg_home)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root/usr/lib/postgresql" "$root/usr/share/postgresql" "$root/usr/local/bin" "$root/etc" \
  "$root/var/run/postgresql" "$root/var/lib/postgresql/data" "$root/docker-entrypoint-initdb.d" "$root/bin"
cp -a "$pg_home" "$root/usr/lib/postgresql/"
cp -a "/usr/share/postgresql/$version" "$root/usr/share/postgresql/"
mkdir -p "$root/usr/share"
cp -a /usr/share/zoneinfo "$root/usr/share/"

# every shared library the binaries and modules load, with the dynamic loader
# (ldd fails on files that are not programs: expected, hence the || true)
{ find "$root/usr/lib/postgresql/$version" -type f \( -perm -u+x -o -name '*.so' \) -print0 \
    | xargs -0 -r ldd 2>/dev/null || true; } \
  | awk '/=> \// { print $3 } /^\t\/[^ ]*ld-linux/ { print $1 }' | sort -u \
  | while read -r lib; do
      cp -L --parents "$lib" "$root/" 2>/dev/null || true
    done

# the busybox applets the entrypoint uses, beside the base image's own
for tool in id mkdir chown chmod su mktemp printf rm sed cp mv head tr ls cat env sleep; do
  ln -sf busybox "$root/bin/$tool"
done
printf 'root:x:0:0:root:/root:/bin/sh\npostgres:x:999:999:PostgreSQL:/var/lib/postgresql:/bin/sh\n' > "$root/etc/passwd"
printf 'root:x:0:\npostgres:x:999:\n' > "$root/etc/group"
chown -R 999:999 "$root/var/run/postgresql" "$root/var/lib/postgresql"
chmod 700 "$root/var/lib/postgresql/data"
chmod 1777 "$root/var/run/postgresql"

cat > "$root/usr/local/bin/docker-entrypoint.sh" <<ENTRY
#!/bin/sh
# The official image's start-up, in short: initialise PGDATA once (superuser POSTGRES_USER with
# POSTGRES_PASSWORD, database POSTGRES_DB, password logins over TCP), then run postgres.
set -e
PGBIN=/usr/lib/postgresql/$version/bin
ENTRY
cat >> "$root/usr/local/bin/docker-entrypoint.sh" <<'ENTRY'
export PGDATA="${PGDATA:-/var/lib/postgresql/data}"
POSTGRES_USER="${POSTGRES_USER:-postgres}"
POSTGRES_DB="${POSTGRES_DB:-$POSTGRES_USER}"
if [ "${1:-postgres}" != postgres ] && [ "${1#-}" = "$1" ]; then
  exec "$@"
fi
[ "${1:-}" = postgres ] && shift
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown -R postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 700 "$PGDATA"
  # busybox su runs the script again as postgres, environment kept (-p), in this process
  exec su -p -s /bin/sh postgres "$0" postgres "$@"
fi
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "${POSTGRES_HOST_AUTH_METHOD:-}" != trust ]; then
    echo "error: the database is uninitialized and POSTGRES_PASSWORD is not set" >&2
    exit 1
  fi
  pwfile=$(mktemp)
  printf '%s' "${POSTGRES_PASSWORD:-}" > "$pwfile"
  "$PGBIN/initdb" -D "$PGDATA" --username="$POSTGRES_USER" --pwfile="$pwfile" --encoding=UTF8 --locale=C \
    --auth-local=trust --auth-host="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}" >/dev/null
  rm -f "$pwfile"
  echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf"
  echo "host all all all ${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}" >> "$PGDATA/pg_hba.conf"
  "$PGBIN/pg_ctl" -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
  if [ "$POSTGRES_DB" != postgres ]; then
    db=$(printf '%s' "$POSTGRES_DB" | sed 's/"/""/g')
    "$PGBIN/psql" -v ON_ERROR_STOP=1 -q --username "$POSTGRES_USER" --dbname postgres -c "CREATE DATABASE \"$db\""
  fi
  for f in /docker-entrypoint-initdb.d/*; do
    case "$f" in
      *.sql) "$PGBIN/psql" -v ON_ERROR_STOP=1 -q --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -f "$f" ;;
      *.sh) . "$f" ;;
    esac
  done
  "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
  echo "PostgreSQL init process complete; ready for start up."
fi
exec "$PGBIN/postgres" -D "$PGDATA" "$@"
ENTRY
chmod 755 "$root/usr/local/bin/docker-entrypoint.sh"

cat > "$work/Dockerfile" <<DOCKERFILE
FROM local/busybox:1
COPY rootfs/ /
ENV PATH=/usr/local/bin:/usr/lib/postgresql/$version/bin:/bin PGDATA=/var/lib/postgresql/data LANG=C.UTF-8
LABEL $MARK_LABEL=$MARK dev.appaloft.postgres-version=$version
VOLUME /var/lib/postgresql/data
EXPOSE 5432
STOPSIGNAL SIGINT
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["postgres"]
DOCKERFILE
DOCKER_BUILDKIT=0 docker build -q -t "$IMAGE" "$work" >/dev/null
echo "build-postgres-image: $IMAGE built"
