#!/bin/bash
# Instructions per HTTP request by function, JIT code and V8's builtins named:
#   bench/http/callgrind/by-function.sh <tide-binary> [json|post] [port]
# Runs the server of measure.sh under callgrind for K=20000 and K=40000 requests, with V8's
# --log-code (code-creation events: the addresses of JIT code and of libnode's embedded builtins,
# which callgrind cannot name) and libnode's load address from /proc, then prints each function's
# (Ir(40000) − Ir(20000)) / 20000, largest first (by-function.py). The run directory is kept
# (printed last): `by-function.py <dir> 'name|other'` lists who calls those functions (with the
# same K1/K2 in its environment). K1, K2 and TIDE_FLAGS as in measure.sh.
set -e
bin=$(realpath "$1"); mode=${2:-}; port=${3:-18200}
dir=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
run() {
  (cd "$out" && PORT=$port valgrind --tool=callgrind --callgrind-out-file="$out/cg.$1" "$bin" $TIDE_FLAGS \
    --single-threaded-gc --log-code --no-logfile-per-isolate --logfile="$out/v8.$1.log" \
    "$dir/server.js" "$1" $mode > "$out/vg.$1.log" 2>&1) &
  local vp=$!
  sleep 2
  local pid
  pid=$(pgrep -f "callgrind-out-file=$out/cg.$1" | head -1)
  awk '/libnode/ && $3 == "00000000" { print $1; exit }' "/proc/$pid/maps" | cut -d- -f1 > "$out/base.$1"
  PORT=$port node "$dir/client.js" "$1" $mode &
  local cp=$!
  wait $vp
  kill $cp 2>/dev/null || true
}
k1=${K1:-20000}; k2=${K2:-40000}
run "$k1"
run "$k2"
K1=$k1 K2=$k2 python3 "$dir/by-function.py" "$out"
echo "run directory: $out"
