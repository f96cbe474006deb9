#!/usr/bin/env bash
# HTTPS throughput (TLS 1.3, keep-alive): tide and node serve the same scripts (hello.js,
# json.js), loaded in turn by `wrk -t1 -c50 -d5s` (ROUNDS rounds, alternating runtimes, after a
# 1 s warm-up each). Prints, per server and runtime, the median requests/s, p99 latency, peak RSS
# of the server process (MB) and its CPU time per request (µs, user + system, from /proc: less
# disturbed than req/s when other work shares the cores), the tide/node ratio of req/s (higher
# is better) and wrk's own CPU use. The loop is bench/lib.sh's wrk_bench, shared with
# bench/http/run.sh.
# Usage: bench/https/run.sh build/tide [node]. Needs wrk and /usr/bin/time. ROUNDS, DURATION and
# CONNS (wrk's connections, 50) override the defaults; SCRIPTS picks the servers ("hello.js json.js");
# PACE_MS=n makes each connection wait n ms between a response and its next request, so both
# servers see the same request rate while they keep up and their latencies compare like for like.
# bench/https/handshake.sh measures a client's cost per new connection instead.
set -u
tide="${1:?usage: run.sh path/to/tide [node]}"
node="${2:-node}"
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/../lib.sh"
wrk_bench https "$here" "$tide" "$node" "hello.js json.js"
