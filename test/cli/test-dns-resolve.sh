#!/usr/bin/env bash
# dns.resolve*() against a local fake DNS server (python3, in Debian's base system): tide has no
# dgram or child_process yet, so the server is started here and its port passed in DNS_FAKE_PORT.
# Usage: test-dns-resolve.sh <runtime>; works with node as the runtime too.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../hermetic-env.sh"
runtime="$1"
here="$(cd "$(dirname "$0")/.." && pwd)"
portfile="$(mktemp -u)"
python3 "$here/fixtures/dns/fake-dns-server.py" "$portfile" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$portfile"' EXIT
for _ in $(seq 100); do [ -f "$portfile" ] && break; sleep 0.05; done
[ -f "$portfile" ] || { echo "fake DNS server did not start"; exit 1; }
DNS_FAKE_PORT="$(cat "$portfile")" "$runtime" "$here/fixtures/dns/resolve-checks.js"
