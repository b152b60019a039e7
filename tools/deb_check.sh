#!/usr/bin/env bash
# Builds the Debian package from the debug binary the tests built (cargo-deb, the same package
# `cargo deb -p garita` makes from a release build), installs it with dpkg -i, starts the
# installed binary with the systemd unit's own command line as the unit's user (CI has no
# systemd), checks /readyz and where its state went, then removes the package. Run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-deb >/dev/null || cargo install cargo-deb --locked --version 3.8.0 -q
test -x target/debug/garita
cargo deb -p garita --profile dev --no-build -o target/debian/garita.deb 2>&1 | grep -v "dev profile\|debug symbols" || true
dpkg -i target/debian/garita.deb >/dev/null
unit=/usr/lib/systemd/system/garita.service
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
user=$(sed -n 's/^User=//p' "$unit")
home=$(sed -n 's/^WorkingDirectory=//p' "$unit")
getent passwd "$user" >/dev/null || { echo "the package made no user $user"; exit 1; }
test -f /etc/garita/garita.toml
log=$(mktemp)
cd "$home"
# A free port instead of the configured one (a GARITA_* variable overrides the file).
GARITA_BIND=127.0.0.1:0 runuser -u "$user" -- $exec_start >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
base=
for _ in $(seq 200); do
  base=$(grep -o 'http://[0-9.:]*' "$log" | head -1 || true)
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { cat "$log"; echo "the installed garita did not start"; exit 1; }
ready=$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz")
[ "$ready" = 200 ] || { cat "$log"; echo "/readyz answered $ready"; exit 1; }
kill "$server"; wait "$server" || true
owner=$(stat -c %U "$home/garita.db")
secret_mode=$(stat -c %a "$home/secret.key")
[ "$owner" = "$user" ] || { echo "the database belongs to $owner"; exit 1; }
[ "$secret_mode" = 600 ] || { echo "the master secret is mode $secret_mode"; exit 1; }
dpkg -r garita >/dev/null
echo "the package installed, served $base/readyz as $user with its state in $home, and was removed"
