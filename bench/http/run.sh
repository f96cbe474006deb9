#!/usr/bin/env bash
# HTTP throughput: tide and node serve the same scripts (hello.js, json.js, post.js — a 1 KiB JSON
# POST body, with post.lua), loaded in turn by
# `wrk -t1 -c50 -d5s` (ROUNDS rounds, alternating runtimes, after a 1 s warm-up each). Prints, per
# server and runtime, the median requests/s, p99 latency, peak RSS of the server process (MB) and
# its CPU time per request (µs, user + system, from /proc: less disturbed than req/s when other
# work shares the cores), the tide/node ratio of req/s (higher is better), and wrk's own CPU use
# (% of one core, tide run / node run): near 100% the load generator, not the server, sets the
# req/s (on a 2-core machine wrk -t1 tops out at about 120k req/s against nginx's fixed reply).
# Usage: bench/http/run.sh build/tide [node]. Needs wrk.
set -u
tide="${1:?usage: run.sh path/to/tide [node]}"
node="${2:-node}"
rounds="${ROUNDS:-3}"
duration="${DURATION:-5s}"
here="$(cd "$(dirname "$0")" && pwd)"
command -v wrk > /dev/null || { echo "wrk not found"; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found (Debian: apt install time)"; exit 1; }
tck="$(getconf CLK_TCK)"

cputicks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# run <runtime> <script> → "req/s p99_ms rss_mb cpu_us_per_request wrk_cpu_percent"
run() {
  local out port pid t0 t1 res rss wrkcpu
  out="$(mktemp)"
  env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 "$1" "$here/$2" > "$out" 2>&1 &
  pid=$!
  for _ in $(seq 100); do port="$(head -1 "$out")"; [ -n "$port" ] && break; sleep 0.05; done
  local lua=()
  [ -f "$here/${2%.js}.lua" ] && lua=(-s "$here/${2%.js}.lua")
  wrk -t1 -c50 -d1s "${lua[@]}" "http://127.0.0.1:$port/" > /dev/null 2>&1
  t0="$(cputicks "$pid")"
  wrkcpu="$(mktemp)"
  res="$(/usr/bin/time -o "$wrkcpu" -f '%U %S %e' \
    wrk -t1 -c50 -d"$duration" --latency "${lua[@]}" "http://127.0.0.1:$port/" 2>&1)"
  t1="$(cputicks "$pid")"
  wrkcpu="$(awk '{ if ($3 > 0) printf "%.0f", ($1 + $2) / $3 * 100 }' "$wrkcpu"; rm -f "$wrkcpu")"
  rss="$(awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")"
  kill "$pid" 2> /dev/null; wait "$pid" 2> /dev/null
  rm -f "$out"
  echo "$res" |
    awk -v t0="$t0" -v t1="$t1" -v tck="$tck" -v rss="$rss" -v wrkcpu="${wrkcpu:-0}" '
         /requests in/ { n = $1 }
         /Requests\/sec/ { rps = $2 }
         / 99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 }
                  else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }
                  p99 = v }
         END { cpu = n > 0 ? (t1 - t0) / tck * 1e6 / n : 0
               printf "%s %s %s %.1f %s\n", rps, p99, rss, cpu, wrkcpu }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

printf '%-6s %10s %10s %9s %9s %8s %8s %8s %8s %6s %8s\n' server tide_req/s node_req/s tide_p99 \
  node_p99 tide_rss node_rss tide_cpu node_cpu ratio wrk_cpu
for script in ${SCRIPTS:-hello.js json.js post.js}; do
  t_rps=(); n_rps=(); t_p99=(); n_p99=(); t_rss=(); n_rss=(); t_cpu=(); n_cpu=(); t_wrk=(); n_wrk=()
  for _ in $(seq "$rounds"); do
    read -r r p m c w < <(run "$tide" "$script")
    t_rps+=("$r"); t_p99+=("$p"); t_rss+=("$m"); t_cpu+=("$c"); t_wrk+=("$w")
    read -r r p m c w < <(run "$node" "$script")
    n_rps+=("$r"); n_p99+=("$p"); n_rss+=("$m"); n_cpu+=("$c"); n_wrk+=("$w")
  done
  med() { printf '%s\n' "$@" | median; }
  tr="$(med "${t_rps[@]}")"; nr="$(med "${n_rps[@]}")"
  printf '%-6s %10s %10s %7sms %7sms %6sMB %6sMB %6sus %6sus %6s %8s\n' "${script%.js}" "$tr" "$nr" \
    "$(med "${t_p99[@]}")" "$(med "${n_p99[@]}")" "$(med "${t_rss[@]}")" "$(med "${n_rss[@]}")" \
    "$(med "${t_cpu[@]}")" "$(med "${n_cpu[@]}")" \
    "$(awk -v a="$tr" -v b="$nr" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')" \
    "$(med "${t_wrk[@]}")%/$(med "${n_wrk[@]}")%"
done
