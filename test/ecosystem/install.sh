#!/usr/bin/env bash
# Installs the packages of test/ecosystem/package-lock.json into <dir>/node_modules with `npm ci`
# (no install scripts run). Exit 77 (CTest's "skipped") when npm or the registry is not there: these
# tests need the network once, the rest of the suite never does.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="$1"
mkdir -p "$dir"
if [ -d "$dir/node_modules" ] && cmp -s "$here/package-lock.json" "$dir/package-lock.json"; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "ecosystem: npm is not installed; skipping" >&2
  exit 77
fi
cp "$here/package.json" "$here/package-lock.json" "$dir/"
if ! (cd "$dir" && timeout 300 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error); then
  if ! timeout 10 npm ping >/dev/null 2>&1; then
    echo "ecosystem: the npm registry is not reachable; skipping" >&2
    rm -f "$dir/package-lock.json"
    exit 77
  fi
  echo "ecosystem: npm ci failed" >&2
  exit 1
fi
