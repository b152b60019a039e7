#!/usr/bin/env bash
# Request intake at several database sizes, on SQLite and on PostgreSQL with one and two nodes,
# and a table of the figures. For each size N: `garita bench applicants` makes N registrations
# (timed), the files are flushed to disk (as a database that has been running would be), then
# wrk (bench/intake.lua: one applicant per request, never reused) loads the node(s) with 70% of
# the applicants; then the other 30% load them while every node gets SIGKILL, and every
# acknowledged request must be found after a restart. On PostgreSQL one database of each size
# serves one node with half of its applicants, then two nodes with the other half.
#
# Columns: accepted requests a second, p50 and p99 (ms, as wrk reports them; two nodes: the
# worse of the two), the ratio to a bare axum /healthz measured in the same run, rows stored
# against successes (the rest were in flight when wrk stopped), and acknowledged requests
# missing after the SIGKILL (must be 0).
#
#   bash bench/scale.sh [SIZES] [SECONDS]     e.g. bash bench/scale.sh "10000 100000 1000000" 8
# Run as root (PostgreSQL runs as the `postgres` user). Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"10000 100000 1000000"}
seconds=${2:-8}
connections=64
repo=$PWD

for c in wrk; do command -v $c >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$c" >/dev/null; done
cargo build --release -q -p garita -p garita-bench-bare
garita=$repo/target/release/garita
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
as_pg() { runuser -u postgres -- "$@"; }

work=$(mktemp -d /tmp/garita-scale-XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  [ -n "${pg_port:-}" ] && as_pg "$bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
export GARITA_SECRET=$(python3 -c 'import base64,os;print(base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("="))')
export GARITA_BEACON_RELAYS="[]" GARITA_LOG=warn
export GARITA_WINDOW_ZONE=UTC GARITA_WINDOW_OPENS=00:00 GARITA_WINDOW_CLOSES=23:59

# The ceiling, once: a bare axum server answering /healthz.
"$repo/target/release/bare-healthz" 127.0.0.1:0 > bare.out 2>&1 &
bare_pid=$!
for _ in $(seq 50); do grep -q "listening on" bare.out 2>/dev/null && break; sleep 0.1; done
wrk -t2 -c$connections -d"${seconds}s" "$(grep -o 'http://[0-9.:]*' bare.out | head -1)/healthz" > bare.txt
kill "$bare_pid"
bare_rate=$(awk '/Requests\/sec/ {print $2}' bare.txt)
echo "bare axum /healthz: $bare_rate/s"

# One PostgreSQL cluster on loopback, default durability.
pg_port=$(free_port)
mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
as_pg "$bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
as_pg "$bin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -o "-p $pg_port -k /tmp -c max_connections=100" -w start >/dev/null
psql_() { as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -Atq "$@"; }

nodes=()
start_nodes() { # URL COUNT
  nodes=(); bases=()
  for i in $(seq "$2"); do
    "$garita" serve --bind 127.0.0.1:0 --database "$1" > "node$i.out" 2>&1 &
    nodes+=($!); pids+=($!)
  done
  for i in $(seq "$2"); do
    for _ in $(seq 300); do grep -q "listening on" "node$i.out" 2>/dev/null && break; sleep 0.1; done
    bases+=("$(grep -o 'http://[0-9.:]*' "node$i.out" | head -1)")
  done
}

# wrk on each node (its share of the connections and of the tokens); waits for all.
load() { # TOKENS PREFIX SECONDS
  local n=${#bases[@]} i=0 ws=()
  for base in "${bases[@]}"; do
    awk -v n="$n" -v i="$i" 'NR % n == i' "$1" > "$1.$i"
    GARITA_TOKENS="$1.$i" GARITA_ACCEPTED="$2.$i" WRK_THREADS=$((2 / n)) \
      wrk -t$((2 / n)) -c$((connections / n)) -d"$3s" --latency -s "$repo/bench/intake.lua" "$base" > "$2.$i.txt" 2>&1 &
    ws+=($!); i=$((i + 1))
  done
  for w in "${ws[@]}"; do wait "$w" || true; done
}

stored_ids() { # URL
  case $1 in
    sqlite:*) python3 -c "import sqlite3,sys; [print(r[0]) for r in sqlite3.connect(sys.argv[1]).execute('select entry_id from draw_requests')]" "${1#sqlite://}";;
    *) psql_ -d "${1##*/}" -c "SELECT entry_id FROM draw_requests";;
  esac
}

rows=()
make() { # URL SIZE: makes the applicants, writes their tokens to all.txt
  local started=$(date +%s.%N)
  "$garita" bench applicants --count "$2" --tokens all.txt --database "$1" > made.txt
  made_s=$(python3 -c "print(round($(date +%s.%N) - $started))")
  sync
}

phase() { # LABEL URL NODES SIZE TOKENS
  local label=$1 url=$2 count=$3 size=$4 tokens=$5
  local have=$(wc -l < "$tokens")
  local measured=$((have * 7 / 10))
  head -n "$measured" "$tokens" > tokens.txt
  tail -n +"$((measured + 1))" "$tokens" > tokens-kill.txt
  # Small databases hold fewer applicants than a full run would use: the run is shorter.
  local secs=$(python3 -c "print(max(1, min($seconds, $measured // 6000)))")
  local before=$(stored_ids "$url" | wc -l)
  start_nodes "$url" "$count"
  rm -f ok.* ok-kill.*
  load tokens.txt ok "$secs"
  local accepted=$(cat ok.*.txt | awk -F= '/^accepted=/ {s += $2} END {print s}')
  local p50=$(cat ok.*.txt | awk '/^ +50%/ {print $2}' | sort -V | tail -1)
  local p99=$(cat ok.*.txt | awk '/^ +99%/ {print $2}' | sort -V | tail -1)
  grep -h "TOKENS RAN OUT" ok.*.txt || true
  local acked=$(cat ok.[0-9].[0-9] 2>/dev/null | wc -l)
  local stored=$(($(stored_ids "$url" | wc -l) - before))
  # SIGKILL during load.
  load tokens-kill.txt ok-kill 3 &
  local loader=$!
  sleep 1
  for n in "${nodes[@]}"; do kill -9 "$n"; done
  wait "$loader" || true
  start_nodes "$url" "$count"
  cat ok-kill.[0-9].[0-9] 2>/dev/null | sort > acked-kill.txt || true
  stored_ids "$url" | sort > stored.txt
  local missing=$(comm -23 acked-kill.txt stored.txt | wc -l)
  for n in "${nodes[@]}"; do kill "$n"; wait "$n" 2>/dev/null || true; done
  local rate=$(python3 -c "print(round($accepted / $secs))")
  rows+=("| $label | $size | $made_s s | $rate | $p50 | $p99 | $(python3 -c "print(round($rate / $bare_rate, 3))") | $stored / $acked | $missing of $(wc -l < acked-kill.txt) |")
  echo "${rows[-1]}"
}

for size in $sizes; do
  url="sqlite://$work/s$size.db"
  make "$url" "$size"
  phase "SQLite, 1 node" "$url" 1 "$size" all.txt
  rm -f "$work"/s$size.db*
  # PostgreSQL: one database of this size; one node, then two, each on half of its applicants.
  psql_ -d postgres -c "CREATE DATABASE p$size"
  url="postgres://postgres@127.0.0.1:$pg_port/p$size"
  make "$url" "$size"
  awk 'NR % 2 == 1' all.txt > half1.txt
  awk 'NR % 2 == 0' all.txt > half2.txt
  phase "PostgreSQL, 1 node" "$url" 1 "$size" half1.txt
  phase "PostgreSQL, 2 nodes" "$url" 2 "$size" half2.txt
  psql_ -d postgres -c "DROP DATABASE p$size"
done

echo
echo "bare axum /healthz in the same run: $bare_rate/s; $connections connections; wrk on the same machine"
echo "| database | registrations | made in | accepted/s | p50 | p99 | ratio to bare /healthz | rows stored / successes | missing after SIGKILL |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
