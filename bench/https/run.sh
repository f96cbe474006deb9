#!/usr/bin/env bash
# HTTPS throughput: tide and node serve hello.js (TLS 1.3, keep-alive), loaded in turn by
# `wrk -t1 -c50 -d5s` (ROUNDS rounds, alternating runtimes). Prints, per server, the median
# requests/s and p99 latency of each runtime and the tide/node ratio of req/s (higher is better).
# Usage: bench/https/run.sh build/tide [node]. Needs wrk.
set -u
tide="${1:?usage: run.sh path/to/tide [node]}"
node="${2:-node}"
rounds="${ROUNDS:-3}"
duration="${DURATION:-5s}"
here="$(cd "$(dirname "$0")" && pwd)"
command -v wrk > /dev/null || { echo "wrk not found"; exit 1; }

# run <runtime> <script> → "req/s p99_ms"
run() {
  local out port pid
  out="$(mktemp)"
  env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 "$1" "$here/$2" > "$out" 2>&1 &
  pid=$!
  for _ in $(seq 100); do port="$(head -1 "$out")"; [ -n "$port" ] && break; sleep 0.05; done
  wrk -t1 -c50 -d"$duration" --latency "https://127.0.0.1:$port/" 2>&1 |
    awk '/Requests\/sec/ { rps = $2 }
         / 99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 }
                  else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }
                  p99 = v }
         END { printf "%s %s\n", rps, p99 }'
  kill "$pid" 2> /dev/null; wait "$pid" 2> /dev/null
  rm -f "$out"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

printf '%-10s %12s %12s %10s %10s %8s\n' server tide_req/s node_req/s tide_p99 node_p99 ratio
for script in hello.js; do
  t_rps=(); n_rps=(); t_p99=(); n_p99=()
  for _ in $(seq "$rounds"); do
    read -r r p < <(run "$tide" "$script"); t_rps+=("$r"); t_p99+=("$p")
    read -r r p < <(run "$node" "$script"); n_rps+=("$r"); n_p99+=("$p")
  done
  tr="$(printf '%s\n' "${t_rps[@]}" | median)"; nr="$(printf '%s\n' "${n_rps[@]}" | median)"
  tp="$(printf '%s\n' "${t_p99[@]}" | median)"; np="$(printf '%s\n' "${n_p99[@]}" | median)"
  printf '%-10s %12s %12s %9sms %9sms %8s\n' "${script%.js}" "$tr" "$nr" "$tp" "$np" \
    "$(awk -v a="$tr" -v b="$nr" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')"
done
