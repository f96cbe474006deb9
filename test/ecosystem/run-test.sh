#!/usr/bin/env bash
# Runs one ecosystem test under tide from <dir> (where install.sh put node_modules), so the test
# resolves the packages the way an application would. Exit 77 when they could not be installed.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../hermetic-env.sh"
tide="$1"
test_file="$2"
dir="$3"
[ -d "$dir/node_modules" ] || { echo "ecosystem: packages not installed; skipping" >&2; exit 77; }
cp "$test_file" "$dir/"
# The TLS key pairs the https/wss cases use.
TIDE_TLS_FIXTURES="$(cd "$(dirname "${BASH_SOURCE[0]}")/../fixtures/tls" && pwd)"
export TIDE_TLS_FIXTURES
cd "$dir" && exec "$tide" "$(basename "$test_file")"
