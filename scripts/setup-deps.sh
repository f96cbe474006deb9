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
apt_packages=(build-essential cmake pkg-config curl ca-certificates libuv1-dev libssl-dev zlib1g-dev libbrotli-dev
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

# JavaScript dependencies, embedded into the binary at build time (DESIGN.md §8 / docs/design-notes.md):
# readable-stream (the Node streams working group's package; tide's `stream` is built on it) from the
# npm registry, pinned and checked by hash, and cjs-module-lexer (named exports of CommonJS modules
# imported from ES modules) from Debian. They land in deps/js/ and are embedded as
# internal/deps/<name>/…; nothing else in deps/ is touched, so this can run next to a build.
js_stamp="$deps/js/.stamp-v1"
readable_stream_version=4.8.0
readable_stream_sha256=318f45395a1e1f4dab40782dbbd81ec07029b5d5c9afbbf9620c6129e95a67df
if [ ! -f "$js_stamp" ]; then
  echo "setup-deps: fetching JavaScript dependencies into deps/js/"
  jtmp="$(mktemp -d)"
  rm -rf "$deps/js"
  mkdir -p "$deps/js"
  tgz="$jtmp/readable-stream.tgz"
  curl -fsSL --retry 3 -o "$tgz" \
    "https://registry.npmjs.org/readable-stream/-/readable-stream-$readable_stream_version.tgz"
  echo "$readable_stream_sha256  $tgz" | sha256sum -c --quiet -
  mkdir -p "$deps/js/readable-stream"
  tar -xzf "$tgz" -C "$deps/js/readable-stream" --strip-components=1 package/lib package/LICENSE package/package.json
  ( cd "$jtmp" && apt-get download node-cjs-module-lexer >/dev/null 2>&1 ) || {
    as_root apt-get update -qq
    ( cd "$jtmp" && apt-get download node-cjs-module-lexer )
  }
  dpkg -x "$jtmp"/node-cjs-module-lexer_*.deb "$jtmp/lexer"
  mkdir -p "$deps/js/cjs-module-lexer"
  cp "$jtmp/lexer/usr/share/nodejs/cjs-module-lexer/lexer.js" \
     "$jtmp/lexer/usr/share/nodejs/cjs-module-lexer/package.json" \
     "$jtmp/lexer/usr/share/doc/node-cjs-module-lexer/copyright" "$deps/js/cjs-module-lexer/"
  rm -rf "$jtmp"
  touch "$js_stamp"
fi

# minimatch (glob matching for path.matchesGlob, the library Node bundles for it) and the two small
# packages it requires, from the npm registry, pinned and checked by hash. Its own stamp, so adding
# it leaves the packages above in place.
glob_stamp="$deps/js/.stamp-minimatch-10.0.1"
if [ ! -f "$glob_stamp" ]; then
  echo "setup-deps: fetching minimatch into deps/js/"
  gtmp="$(mktemp -d)"
  for pkg in minimatch:10.0.1:04fa87015a6c3e58581b8297ac3e0ebc148588687258b0f7222cc2ba5ea89ff5 \
             brace-expansion:2.1.8:eb26e9fe6cb6d92d79fe866c567552d5a052749c5438f2eda737639605c7ab5a \
             balanced-match:1.0.2:d854f7abdd0c7a8120cf381e0ad5f972cbd0255f5d987424bd672c8c4fcebcc1; do
    IFS=: read -r name version sha <<< "$pkg"
    curl -fsSL --retry 3 -o "$gtmp/$name.tgz" "https://registry.npmjs.org/$name/-/$name-$version.tgz"
    echo "$sha  $gtmp/$name.tgz" | sha256sum -c --quiet -
    rm -rf "$deps/js/$name"
    mkdir -p "$deps/js/$name"
    tar -xzf "$gtmp/$name.tgz" -C "$deps/js/$name" --strip-components=1
  done
  rm -rf "$gtmp"
  touch "$glob_stamp"
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
find "$deps" -mindepth 1 -maxdepth 1 ! -name js -exec rm -rf {} +
mkdir -p "$deps"
for deb in "$tmp"/*.deb; do dpkg -x "$deb" "$deps"; done
test -e "$deps/usr/lib/x86_64-linux-gnu/libnode.so.108"
test -e "$deps/usr/include/node/v8.h"
touch "$stamp"
echo "setup-deps: done"
