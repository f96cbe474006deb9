# Helpers the bench/ scripts source (bash).

# median: the median of the numbers on standard input, one a line.
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# build_measure <dir>: compiles bench/measure.c (microsecond rusage) into <dir>, for cpu_us.
build_measure() {
  bench_measure="$1/measure"
  "${CC:-cc}" -O2 -o "$bench_measure" "$(dirname "${BASH_SOURCE[0]}")/measure.c"
}

# cpu_us <command...>: runs the command under measure and prints "<CPU µs, user + sys> <the
# command's first line of output>".
cpu_us() {
  local out line
  out="$(mktemp)"
  line="$("$bench_measure" -o "$out" "$@")"
  printf '%s %s\n' "$(awk '{ printf "%d", $2 * 1000 }' <<< "$line")" "$(head -1 "$out")"
  rm -f "$out"
}
