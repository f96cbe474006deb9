#!/usr/bin/env bash
# bench/url/compare.sh <tide-binary> [node-binary] [runs]
# Runs bench/url/parse.js under tide and node alternately (never at once), `runs` times each
# (default 3), and prints per case: tide median, node median (ns/op) and tide/node.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tide="${1:?usage: $0 <tide-binary> [node-binary] [runs]}"
node="${2:-node}"
runs="${3:-3}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for ((r = 0; r < runs; r++)); do
  env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 "$tide" "$here/parse.js" >"$out/tide.$r" || exit 1
  env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 "$node" "$here/parse.js" >"$out/node.$r" || exit 1
done
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
printf '%-24s %12s %12s %10s\n' case 'tide ns/op' 'node ns/op' tide/node
for name in $(awk '{print $2}' "$out/tide.0"); do
  t="$(cat "$out"/tide.* | awk -v n="$name" '$2 == n {print $4}' | median)"
  n="$(cat "$out"/node.* | awk -v n="$name" '$2 == n {print $4}' | median)"
  awk -v c="$name" -v t="$t" -v n="$n" 'BEGIN {printf "%-24s %12.1f %12.1f %10.2f\n", c, t, n, t / n}'
done
