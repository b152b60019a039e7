#!/usr/bin/env bash
# Losing the PostgreSQL primary under load, with Patroni. On loopback: one etcd member (a
# single member: this is one machine; production runs three on three machines), two PostgreSQL
# members managed by Patroni with synchronous replication (`synchronous_mode: true`), HAProxy
# sending database connections to the leader (Patroni's REST `/primary` check) and spreading HTTP
# over two `garita serve` nodes. All from Debian's packages: patroni, etcd-server, haproxy,
# postgresql, wrk.
#
# 1. Under request load (wrk, bench/failover.lua: one applicant per request, never reused), the
#    primary's machine dies: its Patroni and its PostgreSQL get SIGKILL. Patroni promotes the
#    replica. Reports the seconds without accepted requests, the requests acknowledged before
#    and after, and acknowledged requests missing on the new primary (must be 0).
# 2. The old primary comes back as a replica (pg_rewind). Just before the day's draw falls due
#    (today's window closes a few minutes after the start), the new primary's machine dies too.
#    The draw must run exactly once, and be published.
#
#   bash bench/failover.sh [APPLICANTS] [SECONDS] [CONNECTIONS]
# Run as root (PostgreSQL and Patroni run as the `postgres` user). Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
applicants=${1:-12000}
seconds=${2:-50}
connections=${3:-8}
threads=2
repo=$PWD

need=()
for c in patroni etcd haproxy wrk; do command -v $c >/dev/null || need+=("$c"); done
if [ ${#need[@]} -gt 0 ]; then
  pkgs=(); for c in "${need[@]}"; do case $c in etcd) pkgs+=(etcd-server);; *) pkgs+=("$c");; esac; done
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi
cargo build --release -q -p garita
garita=$repo/target/release/garita
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
as_pg() { runuser -u postgres -- "$@"; }

work=$(mktemp -d /tmp/garita-failover-XXXXXX)
chmod 755 "$work"
chown postgres:postgres "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  pkill -9 -f "$work" 2>/dev/null || true
  sleep 1
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"

echo "== etcd (one member), two Patroni members, HAProxy"
etcd_client=$(free_port); etcd_peer=$(free_port)
etcd --name e1 --data-dir "$work/etcd" --listen-client-urls "http://127.0.0.1:$etcd_client" \
  --advertise-client-urls "http://127.0.0.1:$etcd_client" --listen-peer-urls "http://127.0.0.1:$etcd_peer" \
  --initial-advertise-peer-urls "http://127.0.0.1:$etcd_peer" --initial-cluster "e1=http://127.0.0.1:$etcd_peer" \
  > etcd.log 2>&1 &
pids+=($!); disown

declare -A pg_port rest_port
for n in pg1 pg2; do pg_port[$n]=$(free_port); rest_port[$n]=$(free_port); done
for n in pg1 pg2; do
  as_pg tee "$work/$n.yml" >/dev/null <<YML
scope: garita
name: $n
restapi:
  listen: 127.0.0.1:${rest_port[$n]}
  connect_address: 127.0.0.1:${rest_port[$n]}
etcd3:
  hosts: 127.0.0.1:$etcd_client
bootstrap:
  dcs:
    ttl: 20
    loop_wait: 2
    retry_timeout: 5
    maximum_lag_on_failover: 1048576
    synchronous_mode: true
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        wal_log_hints: "on"
        max_connections: 300
        wal_keep_size: 256MB
  initdb:
    - encoding: UTF8
    - locale: C
  pg_hba:
    - local all all trust
    - host replication replicator 127.0.0.1/32 trust
    - host all all 127.0.0.1/32 trust
postgresql:
  listen: 127.0.0.1:${pg_port[$n]}
  connect_address: 127.0.0.1:${pg_port[$n]}
  data_dir: $work/$n
  bin_dir: $bin
  pgpass: $work/$n.pgpass
  authentication:
    replication: {username: replicator, password: replicator}
    superuser: {username: postgres, password: postgres}
    rewind: {username: rewinder, password: rewinder}
  parameters:
    unix_socket_directories: $work
YML
done
start_patroni() { # NAME
  as_pg patroni "$work/$1.yml" >> "$work/$1.patroni.log" 2>&1 &
  pids+=($!); disown
}
start_patroni pg1
sleep 3
start_patroni pg2

patroni_role() { # NAME -> primary | replica | "" (REST answers 200 on the role's endpoint)
  for role in primary replica; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${rest_port[$1]}/$role")" = 200 ]; then
      echo $role; return
    fi
  done
}
leader() { for n in pg1 pg2; do [ "$(patroni_role $n)" = primary ] && { echo $n; return; }; done; }
kill_machine() { # NAME: its Patroni, then its PostgreSQL with every backend, all with SIGKILL
  pkill -9 -f "patroni $work/$1.yml" || true
  local pm
  pm=$(head -1 "$work/$1/postmaster.pid" 2>/dev/null || true)
  if [ -n "$pm" ]; then pkill -9 -P "$pm" || true; kill -9 "$pm" || true; fi
}
wait_for() { # SECONDS COMMAND...
  local until=$((SECONDS + $1)); shift
  while ! "$@"; do [ $SECONDS -lt $until ] || return 1; sleep 0.5; done
}
sync_standby_ready() { # the replica streams and is the synchronous standby
  local l
  l=$(leader)
  [ -n "$l" ] || return 1
  curl -s "http://127.0.0.1:${rest_port[$l]}/cluster" | python3 -c '
import json,sys; c=json.load(sys.stdin)
sys.exit(0 if any(m.get("role")=="sync_standby" and m.get("state") in ("running","streaming") for m in c["members"]) else 1)' 2>/dev/null
}
wait_for 90 sync_standby_ready || { tail -20 pg1.patroni.log pg2.patroni.log; echo "no synchronous standby"; exit 1; }
echo "leader: $(leader); synchronous standby streaming"

haproxy_pg=$(free_port); haproxy_http=$(free_port)
garita_port=([1]=$(free_port) [2]=$(free_port))
cat > haproxy.cfg <<CFG
global
  maxconn 4000
defaults
  timeout connect 2s
  timeout client 120s
  timeout server 120s
  timeout check 1s
listen postgres
  mode tcp
  bind 127.0.0.1:$haproxy_pg
  option httpchk OPTIONS /primary
  http-check expect status 200
  default-server inter 500ms fall 2 rise 1 on-marked-down shutdown-sessions
  server pg1 127.0.0.1:${pg_port[pg1]} maxconn 400 check port ${rest_port[pg1]}
  server pg2 127.0.0.1:${pg_port[pg2]} maxconn 400 check port ${rest_port[pg2]}
listen garita
  mode http
  bind 127.0.0.1:$haproxy_http
  balance roundrobin
  option httpchk GET /readyz
  default-server inter 1s fall 3 rise 1
  server g1 127.0.0.1:${garita_port[1]} check
  server g2 127.0.0.1:${garita_port[2]} check
CFG
haproxy -f haproxy.cfg -db > haproxy.log 2>&1 &
pids+=($!); disown
sleep 1
as_pg "$bin/psql" -h 127.0.0.1 -p "$haproxy_pg" -U postgres -d postgres -qc "CREATE DATABASE garita" >/dev/null
db="postgres://postgres:postgres@127.0.0.1:$haproxy_pg/garita"

export GARITA_SECRET=$(python3 -c 'import base64,os;print(base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("="))')
export GARITA_BEACON_RELAYS="[]" GARITA_LOG=warn GARITA_SCHEDULER_INTERVAL_SECONDS=1
export GARITA_WINDOW_ZONE=UTC GARITA_WINDOW_OPENS=00:00
echo "== making $applicants applicants on the cluster"
"$garita" bench applicants --count "$applicants" --tokens tokens.txt --database "$db" | tail -1

start_garita() { # N
  "$garita" serve --bind "127.0.0.1:${garita_port[$1]}" --database "$db" > "garita$1.log" 2>&1 &
  pids+=($!); disown
}
# Today's window closes after phase 1 and the old primary's return, so that the day's draw (due a
# minute after the close) falls due in phase 2. An opened day keeps the close it opened with.
close_at=$(( ( $(date +%s) + seconds + 150 + 59 ) / 60 * 60 ))
[ "$(date -u -d @$close_at +%F)" = "$(date -u +%F)" ] || { echo "too near midnight UTC: run again after 00:05 UTC"; exit 1; }
export GARITA_WINDOW_CLOSES=$(date -u -d @$close_at +%H:%M)
start_garita 1; start_garita 2
wait_for 30 curl -sf -o /dev/null "http://127.0.0.1:$haproxy_http/readyz"
sleep 2

echo "== phase 1: ${seconds}s of requests through HAProxy to both nodes; the primary's machine dies at 15 s"
GARITA_TOKENS=tokens.txt GARITA_ACCEPTED=accepted GARITA_DELAY_MS=40 WRK_THREADS=$threads \
  wrk -t$threads -c"$connections" -d"${seconds}s" --timeout 10s -s "$repo/bench/failover.lua" \
  "http://127.0.0.1:$haproxy_http" > wrk.txt 2>&1 &
load=$!
sleep 15
old=$(leader)
killed_at=$(date +%s)
kill_machine "$old"
echo "killed $old (Patroni and PostgreSQL) at $(date -u +%T)"
wait_for 90 bash -c "curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:${rest_port[$([ $old = pg1 ] && echo pg2 || echo pg1)]}/primary | grep -q 200"
promoted_at=$(date +%s)
new=$(leader)
echo "$new promoted after $((promoted_at - killed_at)) s"
wait "$load" || true
grep -E "accepted=|status_|connection_errors|tokens_ran_out|Requests/sec" wrk.txt

cat accepted.* > acked.txt
python3 - "$killed_at" acked.txt <<'PY'
import sys, collections
killed = int(sys.argv[1])
rows = [l.split() for l in open(sys.argv[2]) if l.strip()]
seconds = sorted({int(t) for _, t in rows})
per = collections.Counter(int(t) for _, t in rows)
before = sum(n for t, n in per.items() if t < killed)
after = sum(n for t, n in per.items() if t >= killed)
# The longest run of whole seconds with no accepted request, from the load's first to last second.
gap, start = 0, None
for a, b in zip(seconds, seconds[1:]):
    if b - a - 1 > gap:
        gap, start = b - a - 1, a + 1
print(f"acknowledged before the kill: {before}; after: {after}")
print(f"longest time without an accepted request: {gap} s (from {start - killed if start else 0} s after the kill)")
PY
entries=$(awk '{print $1}' acked.txt | sort -u)
missing=$(python3 - "$bin" "${pg_port[$new]}" acked.txt <<'PY'
import subprocess, sys
bin, port, path = sys.argv[1:]
acked = {l.split()[0] for l in open(path) if l.strip()}
out = subprocess.run(["runuser", "-u", "postgres", "--", f"{bin}/psql", "-h", "127.0.0.1", "-p", port,
    "-U", "postgres", "-d", "garita", "-Atc", "SELECT entry_id FROM draw_requests"],
    capture_output=True, text=True, check=True).stdout.split()
print(len(acked - set(out)))
PY
)
echo "acknowledged requests missing on the new primary ($new): $missing"
[ "$missing" = 0 ] || { echo "FAILED: acknowledged requests were lost"; exit 1; }

echo "== phase 2: $old comes back as a replica; the new primary dies as the draw falls due"
start_patroni "$old"
wait_for 120 sync_standby_ready || { tail -30 "$old.patroni.log"; echo "$old did not come back as a synchronous standby"; exit 1; }
echo "$old streams again as the synchronous standby"
today=$(date -u +%F)
draw_due=$(( close_at + 60 ))
echo "the window closed or closes at $GARITA_WINDOW_CLOSES UTC; the draw of $today falls due at $(date -u -d @$draw_due +%T)"
wait_s=$(( draw_due - $(date +%s) - 3 ))
[ $wait_s -gt 0 ] || { echo "the old primary came back too late for phase 2 (the draw was already due)"; exit 1; }
sleep $wait_s
primary=$(leader)
kill_machine "$primary"
echo "killed $primary 3 s before the draw was due"
published=
for _ in $(seq 240); do
  status=$(curl -s "http://127.0.0.1:$haproxy_http/api/v1/draws/$today" | python3 -c 'import json,sys
try: print(json.load(sys.stdin).get("status",""))
except Exception: print("")' || true)
  [ "$status" = published ] && { published=1; break; }
  sleep 1
done
survivor=$(leader)
runs=$(as_pg "$bin/psql" -h 127.0.0.1 -p "${pg_port[$survivor]}" -U postgres -d garita -Atc \
  "SELECT COUNT(*) FROM audit_log WHERE action = 'draw.run' AND subject = '$today'")
if [ -n "$published" ]; then said=published; else said="NOT published"; fi
echo "the draw of $today: $said; draw runs in the audit log: $runs (on $survivor)"
[ -n "$published" ] && [ "$runs" = 1 ] || { echo "FAILED: the draw did not run exactly once"; exit 1; }
echo "failover: 0 acknowledged requests missing; the draw ran exactly once"
