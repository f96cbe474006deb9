#!/usr/bin/env bash
# HTTP throughput: tide and node serve the same scripts (hello.js, json.js, post.js — a 1 KiB JSON
# POST body, with post.lua), loaded in turn by `wrk -t1 -c50 -d5s` (ROUNDS rounds, alternating
# runtimes, after a 1 s warm-up each). Prints, per server and runtime, the median requests/s, p99
# latency, peak RSS of the server process (MB) and its CPU time per request (µs, user + system,
# from /proc: less disturbed than req/s when other work shares the cores), the tide/node ratio of
# req/s (higher is better), and wrk's own CPU use (near 100% the load generator, not the server,
# sets the req/s). The loop is bench/lib.sh's wrk_bench, shared with bench/https/run.sh; it pins
# the server to CPU 0 and wrk to CPU 1 (PIN=0: not).
# Usage: bench/http/run.sh build/tide [node]. Needs wrk and /usr/bin/time. ROUNDS, DURATION,
# CONNS (wrk's connections, 50), PIN, SCRIPTS ("hello.js json.js post.js") and PACE_MS (see
# bench/lib.sh) override the defaults.
set -u
tide="${1:?usage: run.sh path/to/tide [node]}"
node="${2:-node}"
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/../lib.sh"
wrk_bench http "$here" "$tide" "$node" "hello.js json.js post.js"
