#!/usr/bin/env bash
# Runs one test/js test under tide: exit 0 passes. If test-x.stdout / test-x.stderr golden files sit
# next to the test, the output must match them after normalising what differs between runs and
# runtimes (the test's folder becomes {DIR}, the checkout {ROOT}, pids become {PID}, internal stack
# frames and the closing "Node.js vX" / "tide vX" line are dropped). test-x.status holds a non-zero expected exit code.
# test-x.args holds command-line options placed before the test file; test-x.env holds NAME=value
# lines added to the environment ({DIR} in a value becomes the test's folder).
# Goldens were recorded from node v20 and are noted where tide deliberately differs.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/hermetic-env.sh"
tide="$1"
test_file="$2"
dir="$(cd "$(dirname "$test_file")" && pwd)"
base="${test_file%.js}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"  # the checkout, {ROOT} in goldens
expected_status=0
[ -f "$base.status" ] && expected_status="$(cat "$base.status")"

out="$(mktemp)"; err="$(mktemp)"
trap 'rm -f "$out" "$err"' EXIT
args=()
[ -f "$base.args" ] && read -r -a args < "$base.args"
envs=()
if [ -f "$base.env" ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in '' | '#'*) continue ;; esac
    envs+=("${line//\{DIR\}/$dir}")
  done < "$base.env"
fi
env "${envs[@]}" "$tide" "${args[@]}" "$test_file" > "$out" 2> "$err" < /dev/null
status=$?

normalise() {
  sed -e "s|$dir|{DIR}|g" -e "s|$root/|{ROOT}/|g" -e 's/(node:[0-9]*)/(node:{PID})/g' \
      -e '/^    at .*node:internal\//d' -e '/^    at node:internal\//d' \
      -e '/^Node\.js v[0-9]/d' -e '/^tide v[0-9]/d' "$1"
}

fail=0
if [ "$status" != "$expected_status" ]; then
  echo "exit status $status, expected $expected_status"
  fail=1
fi
for stream in stdout stderr; do
  golden="$base.$stream"
  [ -f "$golden" ] || continue
  actual="$out"; [ "$stream" = stderr ] && actual="$err"
  if ! diff -u <(normalise "$golden") <(normalise "$actual") > /dev/null; then
    echo "$stream differs from $golden:"
    diff -u <(normalise "$golden") <(normalise "$actual") | head -60
    fail=1
  fi
done
if [ "$fail" != 0 ]; then
  echo "--- stdout"; head -c 4000 "$out"
  echo "--- stderr"; head -c 4000 "$err"
fi
exit "$fail"
