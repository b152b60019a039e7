#!/usr/bin/env bash
# The provisional I-94's payments under load, on SQLite and on PostgreSQL: `garita serve` with
# Stripe Checkout as its payment provider, pointed at the testkit's Stripe-shaped server
# (`garita-stripe`: Stripe's API, its hosted page, its signed events), and `garita bench i94`
# applying for and paying APPLICATIONS group applications of 1 to 25 travellers through the API
# (apply, ask for the payment, pay on the hosted page, ask again until paid). A second run of the
# same size has the server killed with SIGKILL halfway and restarted on the same address; the
# clients retry what went unanswered. Then `garita bench i94-books` checks that every application
# and the ledger agree exactly and that the reconciliation with the provider finds 0 differences.
#
#   bash bench/i94.sh [APPLICATIONS] [CONCURRENCY] [BACKENDS]    e.g. bash bench/i94.sh 10000 32 "sqlite postgres"
# Run as root for PostgreSQL (its cluster runs as the `postgres` user). Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
applications=${1:-10000}
concurrency=${2:-32}
backends=${3:-"sqlite postgres"}
applicants=1000
repo=$PWD

cargo build --release -q -p garita -p garita-testkit --features garita/stripe --bin garita --bin garita-stripe
garita=$repo/target/release/garita
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
as_pg() { runuser -u postgres -- "$@"; }

work=$(mktemp -d /tmp/garita-i94-XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  exec 3>&- 2>/dev/null || true
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  [ -n "${pg_bin:-}" ] && as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
export GARITA_SECRET=$(python3 -c 'import base64,os;print(base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("="))')
export GARITA_BEACON_RELAYS="[]" GARITA_LOG=warn
export GARITA_PAYMENT_PROVIDER=stripe GARITA_STRIPE_SECRET_KEY=sk_test_garita_local GARITA_STRIPE_WEBHOOK_SECRET=whsec_garita_local

# The Stripe-shaped server, its standard input held open on descriptor 3 (closing it stops it).
mkfifo stripe.in
"$repo/target/release/garita-stripe" < stripe.in > stripe.out &
pids+=($!)
exec 3> stripe.in
for _ in $(seq 50); do grep -q "listening on" stripe.out 2>/dev/null && break; sleep 0.1; done
export GARITA_STRIPE_API_URL=$(grep -o 'http://[0-9.:]*' stripe.out | head -1)

port=$(free_port)
base=http://127.0.0.1:$port
echo "webhook $base/payments/notify" >&3

start_server() {
  $garita serve --bind "127.0.0.1:$port" --database "$db" > server.out 2>&1 &
  server=$!
  pids+=($server)
  for _ in $(seq 200); do grep -q "listening on" server.out 2>/dev/null && break; sleep 0.05; done
}

for backend in $backends; do
  case $backend in
    sqlite) db=sqlite://$work/i94.db ;;
    postgres)
      pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
      pg_port=$(free_port)
      mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
      as_pg "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
      as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -o "-p $pg_port -k /tmp -c max_connections=100" -w start >/dev/null
      as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres i94
      db=postgres://postgres@127.0.0.1:$pg_port/i94 ;;
  esac
  echo "== $backend: $applicants applicants"
  $garita bench applicants --count $applicants --tokens tokens.txt --database "$db" > /dev/null
  start_server

  echo "== $backend: $applications applications, $concurrency at once"
  $garita bench i94 --base "$base" --tokens tokens.txt --applications "$applications" --concurrency "$concurrency" | tee run.txt
  seconds=$(grep -o 'paid in [0-9.]*' run.txt | grep -o '[0-9.]*$')

  echo "== $backend: $applications more, the server killed with SIGKILL halfway and restarted"
  $garita bench i94 --base "$base" --tokens tokens.txt --applications "$applications" --concurrency "$concurrency" &
  load=$!
  pids+=($load)
  sleep "$(python3 -c "print(max(1.0, $seconds / 2))")"
  kill -9 "$server"
  wait "$server" 2>/dev/null || true
  start_server
  wait "$load"

  echo "== $backend: the books and the reconciliation"
  $garita bench i94-books --hours 2 --database "$db"
  kill "$server"; wait "$server" 2>/dev/null || true
done
