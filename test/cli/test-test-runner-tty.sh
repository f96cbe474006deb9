#!/usr/bin/env bash
# node:test on a terminal: the spec reporter by default, in colour (green ✔, red ✖, grey skips and
# durations, blue ℹ), as Node 22 prints it. Runs under a pseudo-terminal from util-linux `script`
# (skipped where it is missing).
# Usage: test-test-runner-tty.sh <tide>
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../hermetic-env.sh"
tide="$1"
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../fixtures/test_runner"
if ! command -v script > /dev/null; then
  echo "skipped: no script(1)"
  exit 0
fi
cd "$fixtures" || exit 1
out="$(script -qc "'$tide' basic.js" /dev/null | sed -E 's/[0-9.]+ms/*ms/g' | tr -d '\r')"
failures=0
expect() {  # expect NAME TEXT
  if printf '%s' "$out" | grep -qF -- "$2"; then
    echo "ok   $1"
  else
    echo "FAIL $1: missing $(printf '%q' "$2")"
    failures=$((failures + 1))
  fi
}
esc=$'\e'
expect pass "${esc}[32m✔ top pass ${esc}[90m(*ms)${esc}[39m${esc}[39m"
expect fail "${esc}[31m✖ top fail ${esc}[90m(*ms)${esc}[39m${esc}[39m"
expect suite "▶ suite A"
expect skip "  ${esc}[90m﹣ skipped ${esc}[90m(*ms)${esc}[39m # SKIP${esc}[39m"
expect diagnostic "${esc}[34mℹ tests 9${esc}[39m"
expect failing "${esc}[31m✖ failing tests:${esc}[39m"
if [ "$failures" != 0 ]; then
  printf '%s\n' "$out" | cat -v | head -40
  exit 1
fi
