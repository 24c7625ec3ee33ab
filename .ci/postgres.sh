#!/usr/bin/env bash
# A throw-away PostgreSQL server for the PostgreSQL-backed test suites.
#
#   bash .ci/postgres.sh start   # installs Debian's postgresql if needed, starts a private cluster on
#                                # 127.0.0.1 (free port, private socket dir), creates a database, and
#                                # prints `export DOSSIER_TEST_PG_URL=...` lines on stdout:
#                                #   eval "$(bash .ci/postgres.sh start)"
#   bash .ci/postgres.sh url     # prints the export lines again for a running cluster
#   bash .ci/postgres.sh stop    # stops the cluster and removes its directory
#
# State (the cluster's directory and port) is kept in $DOSSIER_PG_STATE, by default
# .tmp/postgres.state in the repository. Progress goes to stderr; stdout has only the exports.
# The cluster is for tests: trust authentication on 127.0.0.1 only, fsync off.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
state="${DOSSIER_PG_STATE:-$repo/.tmp/postgres.state}"
database="dossier_test"

log() { echo "postgres.sh: $*" >&2; }

# The directory holding initdb, pg_ctl and psql (the newest installed major version).
find_bindir() {
  local initdb
  initdb="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$initdb" ]] && command -v initdb >/dev/null 2>&1; then initdb="$(readlink -f "$(command -v initdb)")"; fi
  [[ -n "$initdb" ]] && dirname "$initdb"
}

install_postgres() {
  log "initdb not found: installing Debian's postgresql"
  local sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  $sudo apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends postgresql >&2
}

# Runs a command as the cluster's owner: the postgres user when we are root, else ourselves.
as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
}

print_exports() {
  # shellcheck disable=SC1090
  source "$state"
  echo "export DOSSIER_TEST_PG_URL=postgres://postgres@127.0.0.1:${PG_PORT}/${database}"
  echo "export DOSSIER_PG_DIR=${PG_DIR}"
}

running() {
  [[ -f "$state" ]] || return 1
  # shellcheck disable=SC1090
  source "$state"
  as_owner "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1
}

start() {
  if running; then
    log "already running"
    print_exports
    return
  fi
  local bindir
  bindir="$(find_bindir || true)"
  if [[ -z "$bindir" ]]; then
    install_postgres
    bindir="$(find_bindir || true)"
    [[ -n "$bindir" ]] || { log "postgresql installed but initdb not found under /usr/lib/postgresql/*/bin"; exit 1; }
  fi
  local dir port
  dir="$(mktemp -d "${TMPDIR:-/tmp}/dossier-pg.XXXXXX")"
  chmod 755 "$dir"
  mkdir -p "$dir/socket"
  [[ "$(id -u)" -eq 0 ]] && chown -R postgres:postgres "$dir"
  port="$(free_port)"
  mkdir -p "$(dirname "$state")"
  printf 'PG_DIR=%q\nPG_PORT=%q\nPG_BINDIR=%q\n' "$dir" "$port" "$bindir" >"$state"
  log "initdb in $dir/data ($bindir)"
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  log "starting on 127.0.0.1:$port"
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 ||
    { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $database" >&2
  print_exports
}

stop() {
  if [[ ! -f "$state" ]]; then
    log "not running (no $state)"
    return
  fi
  # shellcheck disable=SC1090
  source "$state"
  as_owner "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >&2 || log "pg_ctl stop failed; removing the directory anyway"
  rm -rf "$PG_DIR"
  rm -f "$state"
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) running && print_exports || { log "not running; use: bash .ci/postgres.sh start"; exit 1; } ;;
  *) echo "usage: bash .ci/postgres.sh start|url|stop" >&2; exit 2 ;;
esac
