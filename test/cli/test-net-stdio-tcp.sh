#!/usr/bin/env bash
# process.stdin/stdout on an inherited TCP socket (bash's /dev/tcp to a python3 peer): TCP handles,
# so reads, writes and remoteAddress work as in node. Usage: test-net-stdio-tcp.sh <runtime>.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../hermetic-env.sh"
runtime="$1"
here="$(cd "$(dirname "$0")/.." && pwd)"
portfile="$(mktemp -u)"
python3 "$here/fixtures/net/tcp-peer.py" "$portfile" &
peer=$!
trap 'kill $peer 2>/dev/null; rm -f "$portfile" "$portfile.got"' EXIT
for _ in $(seq 100); do [ -f "$portfile" ] && break; sleep 0.05; done
exec 3<>"/dev/tcp/127.0.0.1/$(cat "$portfile")"
"$runtime" -e "
  require('net');
  let got = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => { got += d; });
  process.stdin.on('end', () => {
    process.stdout.write([got.trim(), process.stdin.remoteAddress, process.stdin._handle.constructor.name].join(' '));
  });
" <&3 >&3
exec 3>&-
wait $peer
expected="from tcp 127.0.0.1 TCP"
actual="$(cat "$portfile.got")"
if [ "$actual" != "$expected" ]; then
  echo "expected: $expected"
  echo "actual:   $actual"
  exit 1
fi
echo ok
