#!/usr/bin/env bash
# bench/zlib/run.sh <tide> [node] [runs] [MiB]: runs bench/zlib/zlib.js under tide and node
# alternately (A B A B …, `runs` times each, default 3) and prints, per case, the median MB/s of
# each and tide/node (higher is better: above 1 means tide is faster).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
tide="$1"
node="${2:-node}"
runs="${3:-3}"
mib="${4:-64}"
raw="$(mktemp)"
trap 'rm -f "$raw"' EXIT
for ((i = 0; i < runs; i++)); do
  for rt in tide node; do
    bin="$tide"
    [ "$rt" = node ] && bin="$node"
    env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 "$bin" "$here/zlib.js" "$mib" |
      sed "s/^/$rt\t/" >> "$raw"
  done
done
awk -F'\t' '
  { split($2, parts, " MB/s: "); key = parts[1]; v[$1, key, ++n[$1, key]] = parts[2];
    if (!(key in seen)) { seen[key] = 1; order[++k] = key } }
  function median(rt, key,   m, i, j, t, a) {
    m = n[rt, key]; for (i = 1; i <= m; i++) a[i] = v[rt, key, i] + 0
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
  }
  END {
    printf "%-40s %10s %10s %10s\n", "case (MB/s, median)", "tide", "node", "tide/node"
    for (i = 1; i <= k; i++) {
      t = median("tide", order[i]); o = median("node", order[i])
      printf "%-40s %10.1f %10.1f %10.2f\n", order[i], t, o, t / o
    }
  }' "$raw"
