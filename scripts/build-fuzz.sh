#!/usr/bin/env bash
# Builds the libFuzzer targets (test/fuzz/*_fuzzer.cc) with clang into <build>/fuzz/.
# Usage: scripts/build-fuzz.sh [build-dir]. Run: build/fuzz/http_parser_fuzzer -max_total_time=60 NEW_DIR test/fuzz/corpus/http_parser
set -eu
build="${1:-build}"
here="$(cd "$(dirname "$0")/.." && pwd)"
command -v clang++ > /dev/null || { echo "clang not found (apt-get install clang)"; exit 1; }
llhttp="$here/deps/usr/share/llhttp"
out="$build/fuzz"
mkdir -p "$out"
flags=(-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined)
for c in api http llhttp; do
  clang "${flags[@]}" -w -I "$here/deps/usr/share/include/llhttp" -c "$llhttp/$c.c" -o "$out/llhttp_$c.o"
done
clang++ "${flags[@]}" -std=c++20 -I "$here/src" -I "$here/deps/usr/share/include/llhttp" \
  "$here/test/fuzz/http_parser_fuzzer.cc" "$here/src/bindings/http_parser_glue.cc" \
  "$out"/llhttp_*.o -o "$out/http_parser_fuzzer"
echo "$out/http_parser_fuzzer"
