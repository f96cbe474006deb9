#!/usr/bin/env bash
# Cluster throughput: hello.js served by one process and by a cluster of WORKERS (2) workers,
# under tide and node, each loaded by `wrk -t1 -c100 -d5s` (ROUNDS rounds, alternating). Prints
# the median requests/s of each setup, cluster/single per runtime, and tide/node per setup.
# Usage: bench/cluster/run.sh build/tide [node]. Needs wrk. SCHED=none for SCHED_NONE; WORK=µs of CPU
# per request (default 0: hello world as fast as it goes).
set -u
tide="${1:?usage: run.sh path/to/tide [node]}"
node="${2:-node}"
rounds="${ROUNDS:-3}"
duration="${DURATION:-5s}"
workers="${WORKERS:-2}"
sched="${SCHED:-rr}"
work="${WORK:-0}"
here="$(cd "$(dirname "$0")" && pwd)"
command -v wrk > /dev/null || { echo "wrk not found"; exit 1; }

# run <runtime> <workers> → req/s
run() {
  local out port pid
  out="$(mktemp)"
  env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 WORKERS="$2" WORK="$work" \
    NODE_CLUSTER_SCHED_POLICY="$sched" "$1" "$here/hello.js" > "$out" 2>&1 &
  pid=$!
  for _ in $(seq 200); do port="$(head -1 "$out")"; [ -n "$port" ] && break; sleep 0.05; done
  wrk -t1 -c100 -d"$duration" "http://127.0.0.1:$port/" 2>&1 | awk '/Requests\/sec/ { print $2 }'
  # The workers follow the primary out (their IPC channel closes).
  kill "$pid" 2> /dev/null; wait "$pid" 2> /dev/null
  sleep 0.3
  rm -f "$out"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

declare -A res
for _ in $(seq "$rounds"); do
  for rt in tide node; do
    bin="$tide"; [ "$rt" = node ] && bin="$node"
    res[$rt,1]+="$(run "$bin" 0) "
    res[$rt,$workers]+="$(run "$bin" "$workers") "
  done
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
printf '%-12s %12s %12s %10s\n' setup tide_req/s node_req/s tide/node
for w in 1 "$workers"; do
  t="$(printf '%s\n' ${res[tide,$w]} | median)"; n="$(printf '%s\n' ${res[node,$w]} | median)"
  res[tide,m$w]="$t"; res[node,m$w]="$n"
  label="single"; [ "$w" != 1 ] && label="cluster×$w"
  printf '%-12s %12s %12s %10s\n' "$label" "$t" "$n" "$(ratio "$t" "$n")"
done
printf 'cluster/single: tide %s, node %s\n' "$(ratio "${res[tide,m$workers]}" "${res[tide,m1]}")" \
  "$(ratio "${res[node,m$workers]}" "${res[node,m1]}")"
