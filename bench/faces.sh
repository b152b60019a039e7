#!/usr/bin/env bash
# The face capability over the photographs the repository holds with their licences: one
# folder per person, from crates/platform/faces/tests/data (two photos of one person, one of
# another) and crates/app/tests/data (four people of the 1927 Solvay photograph). `garita bench
# faces` tries each photo as taken, darkened, overexposed and washed out, and prints false
# refusals, false accepts and the time per photo. Results: docs/faces.md.
#
#   bash bench/faces.sh [DIR]     DIR: your own DIR/<person>/*.jpg instead
# Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p garita --bin garita
dir=${1:-}
if [ -z "$dir" ]; then
  dir=$(mktemp -d /tmp/garita-faces-XXXXXX)
  trap 'rm -rf "$dir"' EXIT
  mkdir -p "$dir/obama" "$dir/biden"
  cp crates/platform/faces/tests/data/obama-*.jpg "$dir/obama/"
  cp crates/platform/faces/tests/data/biden-*.jpg "$dir/biden/"
  for n in 1 2 3 4; do
    mkdir -p "$dir/solvay-$n"
    cp "crates/app/tests/data/portrait-$n.jpg" "$dir/solvay-$n/"
  done
fi
taskset -c 0 target/release/garita bench faces --dir "$dir" \
  --capture crates/platform/faces/tests/data/obama-1.jpg crates/platform/faces/tests/data/obama-2.jpg
