#!/usr/bin/env bash
# Request intake under load: `garita serve` on SQLite, many signed-in registrations, wrk (Debian's
# package) as the load generator on the same machine. Reports accepted requests per second, p50
# and p99 latency, rows stored against successes, the ratio to a bare GET /healthz run, and then
# kills the server with SIGKILL mid-load and checks that every success survived.
#
#   bash bench/intake.sh [APPLICANTS] [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
applicants=${1:-60000}
seconds=${2:-10}
connections=${3:-64}
threads=2

command -v wrk >/dev/null || { sudo -n true 2>/dev/null && sudo apt-get install -y -q wrk || apt-get install -y -q wrk; }
cargo build --release -q -p garita -p garita-bench-bare
garita=$PWD/target/release/garita
bare=$PWD/target/release/bare-healthz
work=$(mktemp -d)
trap 'kill -9 $server ${bare_pid:-} 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$work"
export GARITA_SECRET=$(python3 -c 'import base64,os;print(base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("="))')
# No drand relay: a benchmark sends traffic to this machine only.
export GARITA_BEACON_RELAYS="[]"
# The window is open all day for the benchmark.
export GARITA_WINDOW_ZONE=UTC GARITA_WINDOW_OPENS=00:00 GARITA_WINDOW_CLOSES=23:59
export GARITA_LOG=warn
db=sqlite://$work/garita.db

echo "making $applicants applicants..."
$garita bench applicants --count "$((applicants + 20000))" --tokens all.txt --database "$db"
# On disk before the load, as a database that has been running would be: otherwise the first
# checkpoint's fsync writes back the whole fresh file under load.
sync
head -n "$applicants" all.txt > tokens.txt
tail -n 20000 all.txt > tokens-kill.txt

start_server() {
  $garita serve --bind 127.0.0.1:0 --database "$db" > server.out 2>&1 &
  server=$!
  for _ in $(seq 100); do grep -q "listening on" server.out 2>/dev/null && break; sleep 0.1; done
  base=$(grep -o 'http://[0-9.:]*' server.out | head -1)
}

start_server
echo "== GET /healthz, ${seconds}s, $connections connections"
wrk -t$threads -c"$connections" -d"${seconds}s" --latency "$base/healthz" | tee healthz.txt | grep -E "Requests/sec|50%|99%"
healthz=$(awk '/Requests\/sec/ {print $2}' healthz.txt)

# The ceiling: a bare axum server answering /healthz on the same machine, in the same run.
$bare 127.0.0.1:0 > bare.out 2>&1 &
bare_pid=$!
for _ in $(seq 50); do grep -q "listening on" bare.out 2>/dev/null && break; sleep 0.1; done
bare_base=$(grep -o 'http://[0-9.:]*' bare.out | head -1)
echo "== GET /healthz on a bare axum server, ${seconds}s, $connections connections"
wrk -t$threads -c"$connections" -d"${seconds}s" --latency "$bare_base/healthz" | tee bare.txt | grep -E "Requests/sec|50%|99%"
kill "$bare_pid"
bare_rate=$(awk '/Requests\/sec/ {print $2}' bare.txt)
echo "Garita's /healthz: $(python3 -c "print(round($healthz / $bare_rate, 3))") of the bare server's rate"

echo "== POST /api/v1/requests, ${seconds}s, $connections connections"
GARITA_TOKENS=tokens.txt GARITA_ACCEPTED=accepted WRK_THREADS=$threads \
  wrk -t$threads -c"$connections" -d"${seconds}s" --latency -s "$OLDPWD/bench/intake.lua" "$base" | tee intake.txt | grep -E "Requests/sec|accepted=|tokens_|TOKENS|p50_ms|p99_ms|Non-2xx"
accepted=$(awk -F= '/^accepted=/ {print $2}' intake.txt)
rps=$(python3 -c "print(round($accepted / $seconds))")
echo "accepted requests/s: $rps; ratio to Garita's /healthz: $(python3 -c "print(round($rps / $healthz, 3))"); to the bare server's: $(python3 -c "print(round($rps / $bare_rate, 3))")"
# wrk stops on the clock: requests in flight then are stored but their answers are dropped.
python3 - "$work/garita.db" "$connections" accepted.* <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
stored = {r[0] for r in db.execute("select entry_id from draw_requests")}
acked = [l.strip() for f in sys.argv[3:] for l in open(f) if l.strip()]
missing = [e for e in acked if e not in stored]
in_flight = len(stored) - len(acked)
print(f"successes: {len(acked)}; rows stored: {len(stored)}; successes not stored: {len(missing)}; "
      f"stored but unanswered (in flight when wrk stopped): {in_flight}")
sys.exit(1 if missing or not 0 <= in_flight <= int(sys.argv[2]) else 0)
PY

echo "== durability: SIGKILL during load"
rm -f accepted-kill.*
GARITA_TOKENS=tokens-kill.txt GARITA_ACCEPTED=accepted-kill WRK_THREADS=$threads \
  wrk -t$threads -c"$connections" -d5s -s "$OLDPWD/bench/intake.lua" "$base" > kill.txt 2>&1 &
load=$!
sleep 2
kill -9 "$server"
wait "$load" || true
start_server
python3 - "$work/garita.db" accepted-kill.* <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
stored = {r[0] for r in db.execute("select entry_id from draw_requests")}
acked = [l.strip() for f in sys.argv[2:] for l in open(f) if l.strip()]
missing = [e for e in acked if e not in stored]
print(f"acknowledged before the kill: {len(acked)}; missing after restart: {len(missing)}")
sys.exit(1 if missing or not acked else 0)
PY
