#!/usr/bin/env bash
# HTTPS client cost per new connection: client.js makes N sequential https GETs, each on a new TLS
# connection (no keep-alive), verified against the default trust store (no `ca` option: the test
# CA reaches it through NODE_EXTRA_CA_CERTS). One server (node running hello.js) answers both
# runtimes. For each runtime, alternating, ROUNDS rounds of a short run (N1 connections) and a long
# one (N2); the per-connection figures are (long - short) / (N2 - N1), so start-up cancels out:
#   cpu   the client process's CPU time (user + sys, µs) per connection
#   wall  the client's wall time per connection (µs, from client.js)
#   open  files opened (openat, with strace -f) per connection: the deterministic figure
# Usage: bench/https/handshake.sh build/tide [node]. ROUNDS (5), N1 (20), N2 (220) override.
# CERTFILE=1 also points SSL_CERT_FILE at the system bundle plus the test CA (for a tide without
# NODE_EXTRA_CA_CERTS: the default-store path through OpenSSL's CA file).
set -u
tide="${1:?usage: handshake.sh path/to/tide [node]}"
node="${2:-node}"
rounds="${ROUNDS:-5}"
n1="${N1:-20}"
n2="${N2:-220}"
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/../lib.sh"
ca="$here/../../test/fixtures/tls/ca-cert.pem"
tmp="$(mktemp -d)"
trap 'kill "$server" 2> /dev/null; rm -rf "$tmp"' EXIT
build_measure "$tmp" || exit 1
envs=(PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 NODE_EXTRA_CA_CERTS="$ca")
if [ -n "${CERTFILE:-}" ]; then
  cat /etc/ssl/certs/ca-certificates.crt "$ca" > "$tmp/bundle.pem"
  envs+=(SSL_CERT_FILE="$tmp/bundle.pem")
fi

env -i PATH=/usr/bin:/bin "$node" "$here/hello.js" > "$tmp/port" 2>&1 &
server=$!
for _ in $(seq 100); do port="$(head -1 "$tmp/port")"; [ -n "$port" ] && break; sleep 0.05; done

# one <runtime> <n> → "cpu_us wall_us_per_conn"
one() {
  local out
  out="$(cpu_us env -i "${envs[@]}" "$1" "$here/client.js" "$port" "$2")" || exit 1
  echo "$out"
}
# opens <runtime> <n> → number of successful openat calls
opens() {
  env -i "${envs[@]}" strace -f -qq -e trace=openat -e status=successful -o "$tmp/strace" \
    "$1" "$here/client.js" "$port" "$2" > /dev/null
  grep -c openat "$tmp/strace"
}

per() { awk -v a="$1" -v b="$2" -v n="$((n2 - n1))" 'BEGIN { printf "%.1f", (b - a) / n }'; }

declare -A cpu wall
for _ in $(seq "$rounds"); do
  for rt in tide node; do
    bin="$tide"; [ "$rt" = node ] && bin="$node"
    read -r c1 w1 < <(one "$bin" "$n1")
    read -r c2 w2 < <(one "$bin" "$n2")
    cpu[$rt]+="$(per "$c1" "$c2") "
    # wall per connection from the long run alone (client.js measures from its first request)
    wall[$rt]+="$w2 "
  done
done
printf '%-6s %12s %12s %10s\n' runtime cpu_us/conn wall_us/conn open/conn
for rt in tide node; do
  bin="$tide"; [ "$rt" = node ] && bin="$node"
  o="-"
  if command -v strace > /dev/null; then o="$(per "$(opens "$bin" "$n1")" "$(opens "$bin" "$n2")")"; fi
  # shellcheck disable=SC2086
  printf '%-6s %12s %12s %10s\n' "$rt" "$(printf '%s\n' ${cpu[$rt]} | median)" \
    "$(printf '%s\n' ${wall[$rt]} | median)" "$o"
done
