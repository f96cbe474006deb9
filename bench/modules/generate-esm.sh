#!/usr/bin/env bash
# bench/modules/generate-esm.sh <dir> [count]
#
# Writes an ES module graph of <count> files (default 2000) into <dir> (created; an existing graph
# of the same size is kept), the same shape as generate-cjs.sh: main.js, 3/4 of the files in an
# application tree (app/dNN/mK.js, 30 folders, "type": "module") and 1/4 in 20 packages under
# app/node_modules (half resolved through "exports" with an "import" condition and a "./*"
# pattern, half through "main" and plain subpaths), plus one JSON module per folder imported
# `with { type: 'json' }`. Module K imports modules 3K+1..3K+3, so every file is loaded exactly
# once; specifiers mix relative ones, "../" into other folders, package names and subpaths.
# main.js times `await import('./app/d00/m0.js')` and prints "esm-<count> load ms: <ms>"; it exits
# 1 if the graph did not load completely.
set -euo pipefail
dir="${1:?usage: generate-esm.sh <dir> [count]}"
n="${2:-2000}"
if [ -f "$dir/main.js" ] && grep -q "const expected = $n;  // graph format 1" "$dir/main.js"; then exit 0; fi
rm -rf "$dir"
mkdir -p "$dir"
napp=$(( n * 3 / 4 ))
npkg=20
per=$(( (n - napp + npkg - 1) / npkg ))

loc() {  # module index → path under $dir, and the package number (or -1)
  local k=$1
  if (( k < napp )); then
    printf -v folder 'd%02d' $(( k % 30 ))
    where="app/$folder/m$k.js"; pkg=-1
  else
    local i=$(( k - napp ))
    pkg=$(( i / per )); file=$(( i % per ))
    where="app/node_modules/pkg$pkg/lib/f$file.js"
  fi
}

spec() {  # specifier for module $2 imported from module $1
  local from=$1 to=$2 fromdir todir
  loc "$from"; local fromwhere=$where frompkg=$pkg
  loc "$to"
  if (( pkg >= 0 )) && (( pkg != frompkg )); then
    if (( file == 0 )); then s="pkg$pkg"
    elif (( pkg % 2 == 0 )); then s="pkg$pkg/f$file"
    else s="pkg$pkg/lib/f$file.js"; fi
    return
  fi
  fromdir="${fromwhere%/*}"; todir="${where%/*}"
  local base="${where##*/}"
  if [ "$fromdir" = "$todir" ]; then s="./$base"; else s="../${todir##*/}/$base"; fi
}

for (( k = 0; k < n; k++ )); do
  loc "$k"
  mkdir -p "$dir/${where%/*}"
  {
    sum="1"
    for c in $(( 3 * k + 1 )) $(( 3 * k + 2 )) $(( 3 * k + 3 )); do
      (( c < n )) || continue
      spec "$k" "$c"
      echo "import { count as c$c } from '$s';"
      sum+=" + c$c"
    done
    loc "$k"
    if (( pkg < 0 )) && (( k < 30 )); then echo "import data from './data.json' with { type: 'json' };"; fi
    cat <<JS
export function compute$k(values) {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] === 'number') total += values[i] * $k;
    else total += String(values[i]).length;
  }
  return total;
}
export class Thing$k {
  constructor(name) { this.name = name; this.created = $k; }
  describe() { return \`\${this.name} #\${this.created}\`; }
}
export const id = $k;
JS
    echo "export const count = $sum;"
  } > "$dir/$where"
done
for (( d = 0; d < 30; d++ )); do
  printf -v folder 'd%02d' "$d"
  [ -d "$dir/app/$folder" ] && echo "{\"folder\": \"$folder\", \"values\": [1, 2, 3]}" > "$dir/app/$folder/data.json"
done
for (( p = 0; p < npkg; p++ )); do
  [ -d "$dir/app/node_modules/pkg$p" ] || continue
  if (( p % 2 == 0 )); then
    echo "{\"name\": \"pkg$p\", \"version\": \"1.0.0\", \"type\": \"module\", \"exports\": {\".\": {\"import\": \"./lib/f0.js\", \"default\": \"./lib/f0.cjs\"}, \"./*\": \"./lib/*.js\"}}" > "$dir/app/node_modules/pkg$p/package.json"
  else
    echo "{\"name\": \"pkg$p\", \"version\": \"1.0.0\", \"type\": \"module\", \"main\": \"./lib/f0.js\"}" > "$dir/app/node_modules/pkg$p/package.json"
  fi
done
echo '{"type": "module"}' > "$dir/package.json"
cat > "$dir/main.js" <<JS
const expected = $n;  // graph format 1
const t0 = process.hrtime.bigint();
const root = await import('./app/d00/m0.js');
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (root.count !== expected) {
  console.error(\`loaded \${root.count} modules, expected \${expected}\`);
  process.exit(1);
}
console.log(\`esm-\${expected} load ms: \${ms.toFixed(1)}\`);
JS
