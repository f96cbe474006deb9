#!/usr/bin/env bash
# Installs or unpacks everything tide needs to build and test (DESIGN.md §8). Idempotent.
# V8 comes from Debian's libnode108/libnode-dev. Where apt cannot install libnode-dev (a non-Debian
# `nodejs` such as NodeSource's conflicts with it), the packages are unpacked into deps/ instead and
# tide links them with an rpath. Never changes what `node`/`npm` are.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deps="$root/deps"
stamp="$deps/.stamp-v3"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Build tools and the libraries apt can install next to any nodejs.
apt_packages=(build-essential cmake pkg-config libuv1-dev libssl-dev zlib1g-dev libbrotli-dev
              libc-ares-dev libicu-dev libnghttp2-dev libgtest-dev
              libuv1 libicu72 libc-ares2 libnghttp2-14 libbrotli1 libssl3 zlib1g)

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-deps: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# V8 (libnode) and llhttp: always unpacked into deps/, so the headers tide compiles against are exactly
# the ones of the libv8 it links, whatever /usr/include/node holds (NodeSource ships Node 20's there).
if [ -f "$stamp" ] && [ -e "$deps/usr/lib/x86_64-linux-gnu/libnode.so.108" ]; then
  exit 0
fi
echo "setup-deps: unpacking libnode108, libnode-dev, node-llhttp into deps/"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
( cd "$tmp" && apt-get download libnode108 libnode-dev node-llhttp >/dev/null 2>&1 ) || {
  as_root apt-get update -qq
  ( cd "$tmp" && apt-get download libnode108 libnode-dev node-llhttp )
}
rm -rf "$deps"
mkdir -p "$deps"
for deb in "$tmp"/*.deb; do dpkg -x "$deb" "$deps"; done
test -e "$deps/usr/lib/x86_64-linux-gnu/libnode.so.108"
test -e "$deps/usr/include/node/v8.h"
touch "$stamp"
echo "setup-deps: done"
