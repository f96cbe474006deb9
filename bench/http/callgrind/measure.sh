#!/bin/bash
# Instructions per HTTP request on the server, counted by callgrind (deterministic enough to compare
# builds on a busy machine, where wall and CPU time are not):
#   bench/http/callgrind/measure.sh <tide-binary> [json|post] [port]
# runs the server under callgrind for K=20000 and K=40000 requests (50 keep-alive connections from
# a node client) and prints (Ir(40000) - Ir(20000)) / 20000. Pairs of one binary vary by a few
# hundred instructions (GC and JIT timing); compare medians of several. K1=40000 K2=80000 measures
# later in the run, where late optimizing compiles and the young generation's growth have settled
# (steadier, twice as long); TIDE_FLAGS="--flag ..." passes flags to the server (V8's too).
set -e
bin=$1; mode=${2:-}; port=${3:-18200}
dir=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
run() {
  PORT=$port valgrind --tool=callgrind --callgrind-out-file="$out/cg.$1" "$bin" $TIDE_FLAGS --single-threaded-gc \
    "$dir/server.js" "$1" $mode > "$out/vg.$1.log" 2>&1 &
  local vp=$!
  PORT=$port node "$dir/client.js" "$1" $mode &
  local cp=$!
  wait $vp
  kill $cp 2>/dev/null || true
  grep -o "Collected : [0-9]*" "$out/vg.$1.log" | awk '{print $3}'
}
k1=${K1:-20000}; k2=${K2:-40000}
a=$(run "$k1")
b=$(run "$k2")
echo "${mode:-hello}: $a $b per-request $(( (b - a) / (k2 - k1) ))"
rm -rf "$out"
