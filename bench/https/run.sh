#!/usr/bin/env bash
# HTTPS throughput (TLS 1.3, keep-alive): tide and node serve the same scripts (hello.js,
# json.js), loaded in turn by `wrk -t1 -c50 -d5s` (ROUNDS rounds, alternating runtimes, after a
# 1 s warm-up each). Prints, per server and runtime, the median requests/s, p99 latency, peak RSS
# of the server process (MB) and its CPU time per request (µs, user + system, from /proc: less
# disturbed than req/s when other work shares the cores), and the tide/node ratio of req/s
# (higher is better).
# Usage: bench/https/run.sh build/tide [node]. Needs wrk. ROUNDS, DURATION and CONNS (wrk's
# connections, 50) override the defaults; SCRIPTS picks the servers ("hello.js json.js");
# PACE_MS=n makes each connection wait n ms between a response and its next request, so both
# servers see the same request rate while they keep up and their latencies compare like for like.
set -u
tide="${1:?usage: run.sh path/to/tide [node]}"
node="${2:-node}"
rounds="${ROUNDS:-3}"
duration="${DURATION:-5s}"
conns="${CONNS:-50}"
scripts="${SCRIPTS:-hello.js json.js}"
here="$(cd "$(dirname "$0")" && pwd)"
command -v wrk > /dev/null || { echo "wrk not found"; exit 1; }
tck="$(getconf CLK_TCK)"
pace=()
if [ -n "${PACE_MS:-}" ]; then
  lua="$(mktemp --suffix=.lua)"
  trap 'rm -f "$lua"' EXIT
  printf 'function delay()\n  return %d\nend\n' "$PACE_MS" > "$lua"
  pace=(-s "$lua")
fi

cputicks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# run <runtime> <script> → "req/s p99_ms rss_mb cpu_us_per_request"
run() {
  local out port pid t0 t1 res rss
  out="$(mktemp)"
  env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 "$1" "$here/$2" > "$out" 2>&1 &
  pid=$!
  for _ in $(seq 100); do port="$(head -1 "$out")"; [ -n "$port" ] && break; sleep 0.05; done
  wrk -t1 -c"$conns" -d1s "https://127.0.0.1:$port/" > /dev/null 2>&1
  t0="$(cputicks "$pid")"
  res="$(wrk -t1 -c"$conns" -d"$duration" --latency "${pace[@]}" "https://127.0.0.1:$port/" 2>&1)"
  t1="$(cputicks "$pid")"
  rss="$(awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")"
  kill "$pid" 2> /dev/null; wait "$pid" 2> /dev/null
  rm -f "$out"
  echo "$res" |
    awk -v t0="$t0" -v t1="$t1" -v tck="$tck" -v rss="$rss" '
         /requests in/ { n = $1 }
         /Requests\/sec/ { rps = $2 }
         / 99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 }
                  else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }
                  p99 = v }
         END { cpu = n > 0 ? (t1 - t0) / tck * 1e6 / n : 0
               printf "%s %s %s %.1f\n", rps, p99, rss, cpu }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

printf '%-6s %10s %10s %9s %9s %8s %8s %8s %8s %6s\n' server tide_req/s node_req/s tide_p99 \
  node_p99 tide_rss node_rss tide_cpu node_cpu ratio
for script in $scripts; do
  t_rps=(); n_rps=(); t_p99=(); n_p99=(); t_rss=(); n_rss=(); t_cpu=(); n_cpu=()
  for _ in $(seq "$rounds"); do
    read -r r p m c < <(run "$tide" "$script"); t_rps+=("$r"); t_p99+=("$p"); t_rss+=("$m"); t_cpu+=("$c")
    read -r r p m c < <(run "$node" "$script"); n_rps+=("$r"); n_p99+=("$p"); n_rss+=("$m"); n_cpu+=("$c")
  done
  med() { printf '%s\n' "$@" | median; }
  tr="$(med "${t_rps[@]}")"; nr="$(med "${n_rps[@]}")"
  printf '%-6s %10s %10s %7sms %7sms %6sMB %6sMB %6sus %6sus %6s\n' "${script%.js}" "$tr" "$nr" \
    "$(med "${t_p99[@]}")" "$(med "${n_p99[@]}")" "$(med "${t_rss[@]}")" "$(med "${n_rss[@]}")" \
    "$(med "${t_cpu[@]}")" "$(med "${n_cpu[@]}")" \
    "$(awk -v a="$tr" -v b="$nr" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')"
done
