#!/usr/bin/env bash
# bench/run.sh <tide-binary> [node-binary]
#
# Runs tide's benchmarks for tide and node alternately (A B A B ...) and prints one line per figure:
#   figure | tide median | node median | tide/node
# Lower is better everywhere (times in ms, memory in MiB). See bench/README.md for what each figure is.
#
# Every run gets a clean environment (env -i PATH=/usr/bin:/bin HOME=$HOME LANG=C.UTF-8): variables such
# as NODE_EXTRA_CA_CERTS add tens of ms to node's start-up. No network. Each run is killed after
# $BENCH_TIMEOUT seconds (default 30); the whole script takes about a minute on 2 cores.
#
# Environment knobs: STARTUP_RUNS (default 30) and LOOP_RUNS (default 7) repetitions per runtime,
# BENCH_TIMEOUT, BENCH_KEEP=1 keeps the raw per-run figures (the directory is printed).
#
# Exit status: 0 when both runtimes ran every benchmark; 1 when one failed (the figure shows FAIL and
# its output is printed); 2 on bad arguments or a missing tool.
set -uo pipefail

usage() { echo "usage: $0 <tide-binary> [node-binary]" >&2; exit 2; }
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
resolve() {  # an absolute path to an executable, found like the shell would
  local p
  p="$(command -v -- "$1" 2>/dev/null)" || return 1
  [ -x "$p" ] || return 1
  case "$p" in /*) ;; *) p="$PWD/$p" ;; esac
  printf '%s\n' "$p"
}
tide="$(resolve "$1")" || { echo "run.sh: no runnable tide at '$1'" >&2; exit 2; }
if [ $# -eq 2 ]; then
  node="$(resolve "$2")" || { echo "run.sh: no runnable node at '$2'" >&2; exit 2; }
  runtimes=(tide node)
elif node="$(resolve node)"; then
  runtimes=(tide node)
else
  echo "run.sh: no node on PATH: tide's figures only" >&2
  node=""
  runtimes=(tide)
fi

STARTUP_RUNS="${STARTUP_RUNS:-30}"
LOOP_RUNS="${LOOP_RUNS:-7}"
BENCH_TIMEOUT="${BENCH_TIMEOUT:-30}"

work="$(mktemp -d "${TMPDIR:-/tmp}/tide-bench.XXXXXX")"
if [ "${BENCH_KEEP:-0}" = 1 ]; then
  echo "raw figures kept in $work"
else
  trap 'rm -rf "$work"' EXIT
fi

# The process timer (bench/measure.c): fork + exec + wait4, microsecond wall and CPU, peak RSS.
cc="${CC:-cc}"
command -v "$cc" >/dev/null || { echo "run.sh: needs a C compiler ($cc) for bench/measure.c" >&2; exit 2; }
"$cc" -O2 -o "$work/measure" "$here/measure.c" || { echo "run.sh: cannot build bench/measure.c" >&2; exit 2; }

clean_env=(env -i PATH=/usr/bin:/bin HOME="${HOME:-/}" LANG=C.UTF-8)
failed=0
declare -a rows=()

# measure_one <name> <outfile> <cmd...>: one timed run under the clean environment. Appends
# "wall cpu user sys rss_kib status" to $work/<name>.runs when it exited 0, writes the command's output
# to <outfile>, and sets $status to its exit status.
status=0
measure_one() {
  local name="$1" out="$2" line; shift 2
  : >"$out"
  line="$("${clean_env[@]}" "$work/measure" -t "$BENCH_TIMEOUT" -o "$out" "$@")"
  status="$(awk 'NF == 6 { print $6 }' <<<"$line")"
  [ -n "$status" ] || status="?"
  [ "$status" = 0 ] && echo "$line" >>"$work/$name.runs"
}

col() {  # col <run key> <field> [divisor]: that field of every counted run (nothing if none)
  if [ -f "$work/$1.runs" ]; then awk -v f="$2" -v d="${3:-1}" '{ print $f / d }' "$work/$1.runs"; fi
}

col_ms() {  # col_ms <run key>: the in-script figure of every counted run (nothing if none)
  if [ -f "$work/$1.ms" ]; then cat "$work/$1.ms"; fi
}

median() {  # median of the numbers on stdin (one per line); "-" if none
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit }
    if (NR % 2) printf "%.1f\n", v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

add_row() {  # add_row <figure> <tide value> <node value>
  local ratio="-"
  if [[ "$2" =~ ^[0-9.]+$ && "$3" =~ ^[0-9.]+$ ]]; then
    ratio="$(awk -v a="$2" -v b="$3" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')"
  fi
  rows+=("$1|$2|$3|$ratio")
}

fail_row() {  # fail_row <figure> <runtime that failed>
  if [ "$2" = tide ]; then add_row "$1" FAIL -; else add_row "$1" - FAIL; fi
}

report_failure() {  # report_failure <runtime label> <figure> <status> <output file>
  failed=1
  echo "run.sh: $1 failed '$2' (exit status $3); its output:" >&2
  sed -n '1,20p' "$4" | sed 's/^/  | /' >&2
}

# --- process-level figures: start-up ----------------------------------------------------------------
# startup <figure> <args...>: STARTUP_RUNS alternating runs of "<tide> args" and "<node> args" (after one
# warm-up each, not counted); rows for median wall, median CPU and median peak RSS.
startup() {
  local figure="$1"; shift
  local key="s$(( ${#rows[@]} ))" rt bin i
  for rt in "${runtimes[@]}"; do  # warm-up (page cache, dynamic loader)
    bin="${!rt}"
    measure_one "$key-warm-$rt" "$work/$key-$rt.out" "$bin" "$@"
  done
  for ((i = 0; i < STARTUP_RUNS; i++)); do
    for rt in "${runtimes[@]}"; do
      bin="${!rt}"
      measure_one "$key-$rt" "$work/$key-$rt.out" "$bin" "$@"
      if [ "$status" != 0 ]; then
        report_failure "$rt" "$figure" "$status" "$work/$key-$rt.out"
        fail_row "$figure: wall ms" "$rt"
        return
      fi
    done
  done
  add_row "$figure: wall ms" "$(col "$key-tide" 1 | median)" "$(col "$key-node" 1 | median)"
  add_row "$figure: CPU ms" "$(col "$key-tide" 2 | median)" "$(col "$key-node" 2 | median)"
  add_row "$figure: peak RSS MiB" "$(col "$key-tide" 5 1024 | median)" "$(col "$key-node" 5 1024 | median)"
}

# --- in-script figures: event loop ------------------------------------------------------------------
# loop <figure> <file>: LOOP_RUNS alternating runs of each runtime on bench/loop/<file>; the figure is
# the median of the "<name>: <N> ms" each run prints.
loop() {
  local figure="$1" file="$here/loop/$2"
  local key="l$(( ${#rows[@]} ))" rt bin i ms
  for ((i = 0; i < LOOP_RUNS; i++)); do
    for rt in "${runtimes[@]}"; do
      bin="${!rt}"
      measure_one "$key-$rt" "$work/$key-$rt.out" "$bin" "$file"
      ms="$(sed -n 's/^[A-Za-z]*: \([0-9.]*\) ms$/\1/p' "$work/$key-$rt.out" | head -n 1)"
      if [ "$status" != 0 ] || [ -z "$ms" ]; then
        report_failure "$rt" "$figure" "$status" "$work/$key-$rt.out"
        fail_row "$figure ms" "$rt"
        return
      fi
      echo "$ms" >>"$work/$key-$rt.ms"
    done
  done
  add_row "$figure ms" "$(col_ms "$key-tide" | median)" "$(col_ms "$key-node" | median)"
  # The same runs' whole-process CPU (user + sys, start-up and V8's GC threads included): steadier
  # than the in-script wall time on a busy machine.
  add_row "$figure: process CPU ms" "$(col "$key-tide" 2 | median)" "$(col "$key-node" 2 | median)"
}

# --- in-script figures with several names: bench/<dir>/<file> prints one "<name>: <N> ms" line each ---
# named <figure prefix> <file> [args...]: LOOP_RUNS alternating runs of each runtime on bench/<file>;
# one row per name, the median of that name's figure over the runs.
named() {
  local prefix="$1" file="$here/$2"; shift 2
  local key="n$(( ${#rows[@]} ))" rt bin i name ms
  for ((i = 0; i < LOOP_RUNS; i++)); do
    for rt in "${runtimes[@]}"; do
      bin="${!rt}"
      measure_one "$key-$rt" "$work/$key-$rt.out" "$bin" "$file" "$@"
      if [ "$status" != 0 ] || ! grep -q '^[A-Za-z0-9_-]*: [0-9.]* ms$' "$work/$key-$rt.out"; then
        report_failure "$rt" "$prefix" "$status" "$work/$key-$rt.out"
        fail_row "$prefix ms" "$rt"
        return
      fi
      while read -r name ms; do
        echo "$ms" >>"$work/$key-$rt-$name.ms"
      done < <(sed -n 's/^\([A-Za-z0-9_-]*\): \([0-9.]*\) ms$/\1 \2/p' "$work/$key-$rt.out")
    done
  done
  for name in $(sed -n 's/^\([A-Za-z0-9_-]*\): [0-9.]* ms$/\1/p' "$work/$key-tide.out"); do
    add_row "$prefix $name ms" "$(col_ms "$key-tide-$name" | median)" "$(col_ms "$key-node-$name" | median)"
  done
}

# --- in-script figures printed as "<figure> ms: <N>" (bench/stream/) ---------------------------------
# figures <file> [args...]: LOOP_RUNS alternating runs of each runtime on bench/<file>; one row per
# figure, the median of that figure over the runs.
figures() {
  local file="$here/$1"; shift
  local key="f$(( ${#rows[@]} ))" rt bin i n
  for ((i = 0; i < LOOP_RUNS; i++)); do
    for rt in "${runtimes[@]}"; do
      bin="${!rt}"
      measure_one "$key-$rt" "$work/$key-$rt.out" "$bin" "$file" "$@"
      if [ "$status" != 0 ] || ! grep -q ' ms: [0-9.]*$' "$work/$key-$rt.out"; then
        report_failure "$rt" "$file" "$status" "$work/$key-$rt.out"
        fail_row "$(basename "$file")" "$rt"
        return
      fi
      n=0
      while IFS= read -r line; do
        n=$((n + 1))
        echo "${line##* ms: }" >>"$work/$key-$rt-$n.ms"
        echo "${line% ms: *}" >"$work/$key-$n.name"
      done < <(grep ' ms: [0-9.]*$' "$work/$key-$rt.out")
    done
  done
  for ((i = 1; i <= n; i++)); do
    add_row "$(cat "$work/$key-$i.name") ms" "$(col_ms "$key-tide-$i" | median)" "$(col_ms "$key-node-$i" | median)"
  done
}

# --- module graphs: bench/modules/ generates the files, main.js prints "<name> load ms: <N>" -----------
# graph <figure> <generator>: the graph is generated once into $work; LOOP_RUNS alternating runs.
graph() {
  local figure="$1" gen="$here/modules/$2"
  local key="g$(( ${#rows[@]} ))" rt bin i ms
  if ! "$gen" "$work/$key-graph" >/dev/null; then
    echo "run.sh: $gen failed" >&2
    add_row "$figure ms" FAIL FAIL
    return
  fi
  for ((i = 0; i < LOOP_RUNS; i++)); do
    for rt in "${runtimes[@]}"; do
      bin="${!rt}"
      measure_one "$key-$rt" "$work/$key-$rt.out" "$bin" "$work/$key-graph/main.js"
      ms="$(sed -n 's/^[A-Za-z0-9-]* load ms: \([0-9.]*\)$/\1/p' "$work/$key-$rt.out" | head -n 1)"
      if [ "$status" != 0 ] || [ -z "$ms" ]; then
        report_failure "$rt" "$figure" "$status" "$work/$key-$rt.out"
        fail_row "$figure ms" "$rt"
        return
      fi
      echo "$ms" >>"$work/$key-$rt.ms"
    done
  done
  add_row "$figure ms" "$(col_ms "$key-tide" | median)" "$(col_ms "$key-node" | median)"
  add_row "$figure: process CPU ms" "$(col "$key-tide" 2 | median)" "$(col "$key-node" 2 | median)"
}

echo "tide: $tide ($("$tide" --version 2>/dev/null | head -n 1))"
[ -n "$node" ] && echo "node: $node ($("$node" --version 2>/dev/null | head -n 1))"
echo "start-up: median of $STARTUP_RUNS runs each; event loop: median of $LOOP_RUNS runs each; A B A B ..."

startup "start -e 0" -e 0
startup "start + require 7 modules" -e \
  "require('timers'); require('events'); require('path'); require('util'); require('assert'); require('fs'); require('console')"
loop "1,000,000 setTimeout(0)" timeout.js
loop "1,000,000 setImmediate" immediate.js
loop "1,000,000 promise callbacks" promise.js
loop "1,000,000 nextTicks" nexttick.js
named "buffer 1 MiB x20:" buffer/encode-decode.js 20
named "fs" fs/fs.js 256
figures stream/pipeline.js
figures webstreams/webstreams.js
figures net/echo.js
named "stdout to a file, 200,000 lines:" stdio/console-log.js 200000
graph "load 2,000 CommonJS files" generate-cjs.sh
graph "load 2,000 ES module files" generate-esm.sh

echo
{
  echo "figure|tide|node|tide/node"
  echo "---|---|---|---"
  printf '%s\n' "${rows[@]}"
} | awk -F'|' '
  { for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NR }
  END {
    for (r = 1; r <= n; r++) {
      if (cell[r, 1] == "---") { printf "%s  %s  %s  %s\n", dash(w[1]), dash(w[2]), dash(w[3]), dash(w[4]); continue }
      printf "%-*s  %*s  %*s  %*s\n", w[1], cell[r, 1], w[2], cell[r, 2], w[3], cell[r, 3], w[4], cell[r, 4]
    }
  }
  function dash(k,   s) { s = ""; while (k-- > 0) s = s "-"; return s }'
exit "$failed"
