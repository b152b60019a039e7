#!/usr/bin/env bash
# The PostgreSQL restore drill (docs/operations.md), on throw-away clusters: Garita writes records
# to cluster A, which archives its WAL with pgBackRest; a full backup is taken; Garita writes
# more; A is stopped for good; the backup and the archived WAL are restored into a fresh cluster B.
# B must hold the same records as A had at the end, `garita audit verify` must pass on it, and
# `garita serve` must serve from it. Needs Debian's postgresql and pgbackrest; run as root (the
# clusters run as the `postgres` user) or as a user that may run PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
garita=$PWD/target/debug/garita
test -x "$garita"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
command -v pgbackrest >/dev/null || { echo "pgbackrest is not installed (Debian: apt-get install pgbackrest)"; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

work=$(mktemp -d /tmp/garita-pgbackrest-XXXXXX)
chmod 755 "$work"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$work"
stop_all() {
  for d in a b; do [ -f "$work/$d/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$work/$d" -m immediate stop >/dev/null 2>&1 || true; done
  kill "${server:-}" 2>/dev/null || true
  rm -rf "$work"
}
trap stop_all EXIT
conf=$work/pgbackrest.conf
as_pg mkdir -p "$work/repo" "$work/log" "$work/lock" "$work/sock"
port_a=$(free_port)
as_pg tee "$conf" >/dev/null <<CONF
[global]
repo1-path=$work/repo
repo1-retention-full=2
lock-path=$work/lock
log-path=$work/log
log-level-console=warn
log-level-file=info
start-fast=y

[garita]
pg1-path=$work/a
pg1-port=$port_a
pg1-socket-path=$work/sock
pg1-user=garita
CONF

start() { # DIR PORT
  as_pg "$bin/pg_ctl" -D "$work/$1" -w -l "$work/$1.log" -o "-p $2 -k $work/sock -c listen_addresses=127.0.0.1" start >/dev/null
}
sql() { # PORT QUERY
  as_pg "$bin/psql" -h "$work/sock" -p "$1" -U garita -d garita -Atqc "$2"
}

echo "== cluster A, archiving its WAL to the pgBackRest repository"
as_pg "$bin/initdb" -U garita -A trust -E UTF8 --locale=C -D "$work/a" >/dev/null
as_pg tee -a "$work/a/postgresql.conf" >/dev/null <<CONF
wal_level = replica
archive_mode = on
archive_command = 'pgbackrest --config=$conf --stanza=garita archive-push %p'
CONF
start a "$port_a"
as_pg "$bin/createdb" -h "$work/sock" -p "$port_a" -U garita garita
as_pg pgbackrest --config="$conf" --stanza=garita stanza-create
as_pg pgbackrest --config="$conf" --stanza=garita check

export GARITA_SECRET=$(python3 -c 'import base64,os;print(base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("="))')
export GARITA_BEACON_RELAYS="[]" GARITA_LOG=warn
url_a="postgres://garita@127.0.0.1:$port_a/garita"
cd "$work"
"$garita" bench applicants --count 20 --tokens tokens-1.txt --database "$url_a" >/dev/null
"$garita" admin create-user --email ops@garita.example --role programme-admin --database "$url_a" >/dev/null

echo "== a full backup, then more records (only in the archived WAL)"
as_pg pgbackrest --config="$conf" --stanza=garita --type=full backup
for who in officer-1 officer-2; do
  "$garita" admin create-user --email "$who@garita.example" --role officer --port SYS --database "$url_a" >/dev/null
done
"$garita" admin ports set-capacity SYS 2027-01-15 90 --database "$url_a" >/dev/null
sql "$port_a" "SELECT pg_switch_wal()" >/dev/null
sleep 1
counts="SELECT (SELECT COUNT(*) FROM accounts) || ' ' || (SELECT COUNT(*) FROM registrations) || ' ' || (SELECT COUNT(*) FROM audit_log) || ' ' || (SELECT COUNT(*) FROM port_capacity)"
before=$(sql "$port_a" "$counts")
"$garita" audit verify --database "$url_a"
echo "cluster A: accounts, registrations, audit entries, capacity rows: $before"

echo "== cluster A is lost; restore into a fresh cluster B"
as_pg "$bin/pg_ctl" -D "$work/a" -m immediate stop >/dev/null
as_pg mkdir -m 700 "$work/b"
port_b=$(free_port)
as_pg pgbackrest --config="$conf" --stanza=garita --pg1-path="$work/b" restore
start b "$port_b"
for _ in $(seq 100); do
  [ "$(sql "$port_b" "SELECT pg_is_in_recovery()" 2>/dev/null)" = f ] && break
  sleep 0.2
done
after=$(sql "$port_b" "$counts")
echo "cluster B: accounts, registrations, audit entries, capacity rows: $after"
[ "$before" = "$after" ] || { echo "the restored cluster does not hold the same records"; exit 1; }
url_b="postgres://garita@127.0.0.1:$port_b/garita"
"$garita" audit verify --database "$url_b"

"$garita" serve --bind 127.0.0.1:0 --database "$url_b" > serve.out 2>&1 &
server=$!
base=
for _ in $(seq 200); do
  base=$(grep -o 'http://[0-9.:]*' serve.out | head -1 || true)
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { cat serve.out; echo "garita serve did not start on the restored cluster"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz")" = 200 ]
# An applicant's API token (a keyed hash in the database) still opens their registration.
token=$(tail -1 tokens-1.txt)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/registration")
[ "$status" = 200 ] || { echo "an applicant's token answered $status"; exit 1; }
echo "restored: the same records, the audit log intact, and garita serve answers from cluster B"
