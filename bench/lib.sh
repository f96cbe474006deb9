# Helpers the bench/ scripts source (bash).

# median: the median of the numbers on standard input, one a line.
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# build_measure <dir>: compiles bench/measure.c (microsecond rusage) into <dir>, for cpu_us.
build_measure() {
  bench_measure="$1/measure"
  "${CC:-cc}" -O2 -o "$bench_measure" "$(dirname "${BASH_SOURCE[0]}")/measure.c"
}

# cpu_us <command...>: runs the command under measure and prints "<CPU µs, user + sys> <the
# command's first line of output>".
cpu_us() {
  local out line
  out="$(mktemp)"
  line="$("$bench_measure" -o "$out" "$@")"
  printf '%s %s\n' "$(awk '{ printf "%d", $2 * 1000 }' <<< "$line")" "$(head -1 "$out")"
  rm -f "$out"
}

# wrk_bench <scheme> <dir> <tide> <node> <default scripts>: the throughput loop of bench/http and
# bench/https (run.sh there): tide and node serve each script of <dir> (it prints its port), loaded
# in turn by `wrk -t1 -c$CONNS -d$DURATION` (ROUNDS rounds, alternating runtimes, after a 1 s
# warm-up each). Prints, per script, the medians of requests/s, p99 latency, the server's peak RSS
# (MB) and CPU time per request (µs, user + system, from /proc), the tide/node ratio of req/s, and
# wrk's own CPU use (% of one core, tide run / node run): near 100% the load generator, not the
# server, sets the req/s (on the 2-core development machine, pinned, wrk -t1 used 90% of its core
# at 151k req/s against tide's hello server).
# A <script>.lua next to a script is wrk's script for it (e.g. a POST body); PACE_MS=n makes each
# connection wait n ms between a response and its next request (not with a script's own .lua).
# With two or more cores the server is pinned to CPU 0 and wrk to CPU 1 (taskset), as ANCHORS.md's
# figures of the other runtimes were taken: each gets a core of its own, so neither's scheduling
# decides the other's share. PIN=0 leaves both to the scheduler.
wrk_bench() {
  local scheme="$1" dir="$2" tide="$3" node="$4" defaults="$5"
  local rounds="${ROUNDS:-3}" duration="${DURATION:-5s}" conns="${CONNS:-50}"
  command -v wrk > /dev/null || { echo "wrk not found"; return 1; }
  [ -x /usr/bin/time ] || { echo "/usr/bin/time not found (Debian: apt install time)"; return 1; }
  local tck pace_lua=""
  tck="$(getconf CLK_TCK)"
  local srvpin=() wrkpin=()
  if [ "${PIN:-1}" != 0 ] && command -v taskset > /dev/null && [ "$(nproc)" -ge 2 ]; then
    srvpin=(taskset -c 0); wrkpin=(taskset -c 1)
  fi
  if [ -n "${PACE_MS:-}" ]; then
    pace_lua="$(mktemp --suffix=.lua)"
    printf 'function delay()\n  return %d\nend\n' "$PACE_MS" > "$pace_lua"
  fi

  # one <runtime> <script> → "req/s p99_ms rss_mb cpu_us_per_request wrk_cpu_percent"
  one() {
    local out port pid t0 t1 res rss wrkcpu lua=()
    if [ -f "$dir/${2%.js}.lua" ]; then
      lua=(-s "$dir/${2%.js}.lua")
      [ -n "$pace_lua" ] && echo "PACE_MS ignored for $2 (it has its own ${2%.js}.lua)" >&2
    elif [ -n "$pace_lua" ]; then
      lua=(-s "$pace_lua")
    fi
    out="$(mktemp)"
    env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 "${srvpin[@]}" "$1" "$dir/$2" > "$out" 2>&1 &
    pid=$!
    for _ in $(seq 100); do port="$(head -1 "$out")"; [ -n "$port" ] && break; sleep 0.05; done
    # The warm-up is never paced: the server's hot path gets compiled before the measured run.
    local warm=()
    [ -f "$dir/${2%.js}.lua" ] && warm=(-s "$dir/${2%.js}.lua")
    "${wrkpin[@]}" wrk -t1 -c"$conns" -d1s "${warm[@]}" "$scheme://127.0.0.1:$port/" > /dev/null 2>&1
    t0="$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
    wrkcpu="$(mktemp)"
    res="$(/usr/bin/time -o "$wrkcpu" -f '%U %S %e' \
      "${wrkpin[@]}" wrk -t1 -c"$conns" -d"$duration" --latency "${lua[@]}" "$scheme://127.0.0.1:$port/" 2>&1)"
    t1="$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
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
  med() { printf '%s\n' "$@" | median; }

  printf '%-6s %10s %10s %9s %9s %8s %8s %8s %8s %6s %8s\n' server tide_req/s node_req/s \
    tide_p99 node_p99 tide_rss node_rss tide_cpu node_cpu ratio wrk_cpu
  local script r p m c w tr nr
  for script in ${SCRIPTS:-$defaults}; do
    local t_rps=() n_rps=() t_p99=() n_p99=() t_rss=() n_rss=() t_cpu=() n_cpu=() t_wrk=() n_wrk=()
    for _ in $(seq "$rounds"); do
      read -r r p m c w < <(one "$tide" "$script")
      t_rps+=("$r"); t_p99+=("$p"); t_rss+=("$m"); t_cpu+=("$c"); t_wrk+=("$w")
      read -r r p m c w < <(one "$node" "$script")
      n_rps+=("$r"); n_p99+=("$p"); n_rss+=("$m"); n_cpu+=("$c"); n_wrk+=("$w")
    done
    tr="$(med "${t_rps[@]}")"; nr="$(med "${n_rps[@]}")"
    printf '%-6s %10s %10s %7sms %7sms %6sMB %6sMB %6sus %6sus %6s %8s\n' "${script%.js}" "$tr" "$nr" \
      "$(med "${t_p99[@]}")" "$(med "${n_p99[@]}")" "$(med "${t_rss[@]}")" "$(med "${n_rss[@]}")" \
      "$(med "${t_cpu[@]}")" "$(med "${n_cpu[@]}")" \
      "$(awk -v a="$tr" -v b="$nr" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')" \
      "$(med "${t_wrk[@]}")%/$(med "${n_wrk[@]}")%"
  done
  [ -n "$pace_lua" ] && rm -f "$pace_lua"
  return 0
}
