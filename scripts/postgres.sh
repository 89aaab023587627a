#!/usr/bin/env bash
# A throwaway PostgreSQL (Debian's postgresql) for the tests and the local demo: a cluster in a folder of its
# own, trust authentication for the user postgres, listening on a Unix socket inside that folder (and on
# 127.0.0.1 when a port is given), so that it never meets another server on the machine. Not for real data:
# README ("The archive") says how to point formextract at a real server.
#
#   scripts/postgres.sh start DIR [PORT]   create the cluster in DIR/data if missing, start it and print the
#                                          connection string (Host=DIR/socket… or Host=127.0.0.1;Port=PORT…)
#   scripts/postgres.sh stop DIR [MODE]    stop it (MODE: fast, the default, or immediate: as if it crashed)
#   scripts/postgres.sh status DIR         exit 0 when it is running
set -euo pipefail

usage() { echo "usage: $0 start DIR [PORT] | stop DIR [fast|immediate] | status DIR" >&2; exit 2; }
[ $# -ge 2 ] || usage
action="$1"
dir="$(mkdir -p "$2" && cd "$2" && pwd)"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "postgres.sh: PostgreSQL's server programs are not installed (Debian package postgresql; scripts/setup.sh test installs it)." >&2
  exit 1
fi

# The server refuses to run as root: as root, it runs as the postgres user, which owns the folder.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
  start)
    port="${3:-}"
    mkdir -p "$dir/socket"
    [ "$(id -u)" -ne 0 ] || chown -R postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 -N >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    listen="''"
    [ -z "$port" ] || listen="'127.0.0.1'"
    options="-c listen_addresses=$listen -c unix_socket_directories='$dir/socket' -c port=${port:-5432} -c max_connections=100"
    if ! as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$options" -w -t 60 start >/dev/null \
        || { tail -n 20 "$dir/server.log" >&2; exit 1; }
    fi
    if [ -n "$port" ]; then
      echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    else
      echo "Host=$dir/socket;Port=5432;Username=postgres;Database=postgres"
    fi
    ;;
  stop)
    mode="${3:-fast}"
    if as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m "$mode" -w -t 60 stop >/dev/null
    fi
    ;;
  status)
    as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
    ;;
  *)
    usage
    ;;
esac
