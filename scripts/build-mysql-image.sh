#!/usr/bin/env bash
# Builds, offline, a local image tagged mysql:8.4 (the default image of Appaloft's managed MySQL)
# from this machine's Debian mariadb-server and mariadb-client binaries with their shared libraries,
# on the local busybox base: MariaDB standing in for MySQL 8.4, which no registry here can provide.
# Its entrypoint honours the official image's MYSQL_ROOT_PASSWORD (or MYSQL_ALLOW_EMPTY_PASSWORD /
# MYSQL_RANDOM_ROOT_PASSWORD), MYSQL_ROOT_HOST, MYSQL_DATABASE, MYSQL_USER and MYSQL_PASSWORD, keeps
# its datadir on the volume at /var/lib/mysql and initialises it on the first start only. The
# clients answer to their MySQL names too (mysql, mysqladmin, mysqldump).
# Idempotent: an image of that tag carrying this script's label is kept; so is one that is a working
# MySQL made elsewhere (a real mysql:8.4); an older build of it or anything else is replaced.
# Usage: scripts/build-mysql-image.sh [IMAGE]   (default mysql:8.4)
set -euo pipefail

IMAGE=${1:-${MYSQL_IMAGE:-mysql:8.4}}
MARK_LABEL=dev.appaloft.offline-image
MARK=mysql-mariadb-debian-v4
here=$(cd "$(dirname "$0")" && pwd)

mark_of() { docker image inspect --format "{{ index .Config.Labels \"$MARK_LABEL\" }}" "$1" 2>/dev/null || true; }

if [ "$(mark_of "$IMAGE")" = "$MARK" ]; then
  echo "build-mysql-image: $IMAGE present (built by this script)"
  exit 0
fi
if [ -z "$(mark_of "$IMAGE")" ] && docker image inspect "$IMAGE" >/dev/null 2>&1 \
    && docker run --rm --entrypoint mysqld "$IMAGE" --version >/dev/null 2>&1; then
  echo "build-mysql-image: $IMAGE present (a working MySQL image made elsewhere); kept"
  exit 0
fi

bash "$here/setup-docker.sh" >/dev/null
if [ ! -x /usr/sbin/mariadbd ] || [ ! -x /usr/bin/mariadb-dump ]; then
  echo "build-mysql-image: installing Debian's mariadb-server and mariadb-client"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q --no-install-recommends mariadb-server mariadb-client
fi
echo "build-mysql-image: building $IMAGE from $(/usr/sbin/mariadbd --version | head -n 1)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root/usr/sbin" "$root/usr/bin" "$root/usr/local/bin" "$root/usr/share" "$root/etc" "$root/bin" \
  "$root/var/lib/mysql" "$root/run/mysqld" "$root/tmp"
cp -L /usr/sbin/mariadbd "$root/usr/sbin/mariadbd"
ln -sf mariadbd "$root/usr/sbin/mysqld"
for tool in mariadb mariadb-admin mariadb-dump; do
  cp -L "/usr/bin/$tool" "$root/usr/bin/$tool"
done
ln -sf mariadb "$root/usr/bin/mysql"
ln -sf mariadb-admin "$root/usr/bin/mysqladmin"
ln -sf mariadb-dump "$root/usr/bin/mysqldump"
# error messages, character sets and the system tables' SQL
cp -a /usr/share/mysql "$root/usr/share/"
{ ldd /usr/sbin/mariadbd /usr/bin/mariadb /usr/bin/mariadb-admin /usr/bin/mariadb-dump 2>/dev/null || true; } \
  | awk '/=> \// { print $3 } /^\t\/[^ ]*ld-linux/ { print $1 }' | sort -u \
  | while read -r lib; do
      cp -L --parents "$lib" "$root/" 2>/dev/null || true
    done
for tool in id mkdir chown su sed cat sleep kill rm printf head tr; do
  ln -sf busybox "$root/bin/$tool"
done
printf 'root:x:0:0:root:/root:/bin/sh\nmysql:x:999:999:MySQL:/var/lib/mysql:/bin/sh\n' > "$root/etc/passwd"
printf 'root:x:0:\nmysql:x:999:\n' > "$root/etc/group"
chown -R 999:999 "$root/var/lib/mysql" "$root/run/mysqld"
chmod 1777 "$root/tmp"

cat > "$root/usr/local/bin/docker-entrypoint.sh" <<'ENTRY'
#!/bin/sh
# The official image's start-up, in short: on the first start create the system tables in the
# datadir, then (on a server listening on a socket only) set root's password, make MYSQL_DATABASE
# and MYSQL_USER with MYSQL_PASSWORD, granted all on it; then run the server. The passwords go
# through stdin, never a command line.
set -e
DATADIR=/var/lib/mysql
SOCKET=/run/mysqld/mysqld.sock
if [ "${1#-}" != "$1" ]; then
  set -- mysqld "$@"
fi
case "${1:-mysqld}" in
  mysqld|mariadbd) [ $# -gt 0 ] && shift ;;
  *) exec "$@" ;;
esac
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$DATADIR" /run/mysqld
  chown -R mysql:mysql "$DATADIR" /run/mysqld
  exec su -p -s /bin/sh mysql "$0" mysqld "$@"
fi
# a SQL string literal's content: backslashes and quotes escaped
lit() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e "s/'/\\\\'/g"; }
ident() { printf '%s' "$1" | sed -e 's/`/``/g'; }
if [ ! -d "$DATADIR/mysql" ]; then
  if [ -z "${MYSQL_ROOT_PASSWORD:-}" ] && [ -z "${MYSQL_ALLOW_EMPTY_PASSWORD:-}" ] \
      && [ -z "${MYSQL_RANDOM_ROOT_PASSWORD:-}" ]; then
    echo "error: the database is uninitialized and none of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD and" \
      "MYSQL_RANDOM_ROOT_PASSWORD is set" >&2
    exit 1
  fi
  echo "initializing the datadir"
  # bootstrap mode reads one statement per line
  { printf 'create database if not exists mysql;\nuse mysql;\nSET @auth_root_socket=NULL;\n'
    cat /usr/share/mysql/mysql_system_tables.sql /usr/share/mysql/mysql_system_tables_data.sql; } \
    | mariadbd --no-defaults --bootstrap --datadir="$DATADIR" --log-warnings=0 --enforce-storage-engine="" \
        --max_allowed_packet=8M --net_buffer_length=16K >/dev/null
  mariadbd --no-defaults --datadir="$DATADIR" --skip-networking --socket="$SOCKET.init" --log-warnings=0 &
  pid=$!
  i=0
  until mariadb-admin --no-defaults --socket="$SOCKET.init" -uroot ping >/dev/null 2>&1; do
    i=$((i+1)); [ $i -lt 600 ] || { echo "error: the initialising server did not start" >&2; exit 1; }
    sleep 0.1
  done
  root_password="${MYSQL_ROOT_PASSWORD:-}"
  if [ -n "${MYSQL_RANDOM_ROOT_PASSWORD:-}" ]; then
    # never printed: root is then reached through MYSQL_USER only
    root_password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  fi
  root_host="${MYSQL_ROOT_HOST:-%}"
  {
    # the anonymous users and root@<container name> that the system tables come with
    echo "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');"
    echo "DELETE FROM mysql.proxies_priv WHERE Host <> 'localhost';"
    echo "ALTER USER 'root'@'localhost' IDENTIFIED BY '$(lit "$root_password")';"
    if [ "$root_host" != localhost ]; then
      echo "CREATE USER 'root'@'$(lit "$root_host")' IDENTIFIED BY '$(lit "$root_password")';"
      echo "GRANT ALL ON *.* TO 'root'@'$(lit "$root_host")' WITH GRANT OPTION;"
    fi
    if [ -n "${MYSQL_DATABASE:-}" ]; then
      echo "CREATE DATABASE IF NOT EXISTS \`$(ident "$MYSQL_DATABASE")\`;"
    fi
    if [ -n "${MYSQL_USER:-}" ] && [ -n "${MYSQL_PASSWORD:-}" ]; then
      echo "CREATE USER '$(lit "$MYSQL_USER")'@'%' IDENTIFIED BY '$(lit "$MYSQL_PASSWORD")';"
      if [ -n "${MYSQL_DATABASE:-}" ]; then
        echo "GRANT ALL ON \`$(ident "$MYSQL_DATABASE")\`.* TO '$(lit "$MYSQL_USER")'@'%';"
      fi
    fi
    echo "FLUSH PRIVILEGES;"
  } | mariadb --no-defaults --socket="$SOCKET.init" -uroot
  kill "$pid"
  wait "$pid" || true
  echo "MySQL (MariaDB) init process complete; ready for start up."
fi
exec mariadbd --no-defaults --datadir="$DATADIR" --socket="$SOCKET" --bind-address=0.0.0.0 --port=3306 \
  --skip-name-resolve "$@"
ENTRY
chmod 755 "$root/usr/local/bin/docker-entrypoint.sh"
ln -sf busybox "$root/bin/od"

cat > "$work/Dockerfile" <<DOCKERFILE
FROM local/busybox:1
COPY rootfs/ /
ENV PATH=/usr/local/bin:/usr/sbin:/usr/bin:/bin
LABEL $MARK_LABEL=$MARK
VOLUME /var/lib/mysql
EXPOSE 3306
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["mysqld"]
DOCKERFILE
DOCKER_BUILDKIT=0 docker build -q -t "$IMAGE" "$work" >/dev/null
echo "build-mysql-image: $IMAGE built"
