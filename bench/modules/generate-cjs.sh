#!/usr/bin/env bash
# bench/modules/generate-cjs.sh <dir> [count]
#
# Writes a CommonJS module graph of <count> files (default 2000) into <dir> (created; an existing
# graph of the same size is kept): main.js, 3/4 of the files in an application tree (app/dNN/mK.js,
# 30 folders) and 1/4 in 20 packages under app/node_modules (half with a "main", half with
# "exports" including a "./*" pattern), plus one JSON file per folder. Module K requires modules
# 3K+1..3K+3, so every file is loaded exactly once; specifiers mix the forms real code uses:
# relative with and without ".js", "../" into other folders, package names, package subpaths, JSON.
# main.js times `require('./app/d00/m0')` and prints "cjs-<count> load ms: <ms>"; it exits 1 if
# the graph did not load completely.
set -euo pipefail
dir="${1:?usage: generate-cjs.sh <dir> [count]}"
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

spec() {  # specifier for module $2 required from module $1
  local from=$1 to=$2 fromdir todir
  loc "$from"; local fromwhere=$where frompkg=$pkg
  loc "$to"
  if (( pkg >= 0 )) && (( pkg != frompkg )); then
    if (( file == 0 )); then s="pkg$pkg"
    elif (( pkg % 2 == 0 )); then s="pkg$pkg/lib/f$file"
    else s="pkg$pkg/f$file"; fi
    return
  fi
  fromdir="${fromwhere%/*}"; todir="${where%/*}"
  local base="${where##*/}"
  (( to % 2 == 0 )) && base="${base%.js}"
  if [ "$fromdir" = "$todir" ]; then s="./$base"; else s="../${todir##*/}/$base"; fi
}

for (( k = 0; k < n; k++ )); do
  loc "$k"
  mkdir -p "$dir/${where%/*}"
  {
    echo "'use strict';"
    sum="1"
    for c in $(( 3 * k + 1 )) $(( 3 * k + 2 )) $(( 3 * k + 3 )); do
      (( c < n )) || continue
      spec "$k" "$c"
      echo "const c$c = require('$s');"
      sum+=" + c$c.count"
    done
    loc "$k"
    if (( pkg < 0 )) && (( k < 30 )); then echo "const data = require('./data.json');"; fi
    cat <<JS
function compute$k(values) {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] === 'number') total += values[i] * $k;
    else total += String(values[i]).length;
  }
  return total;
}
class Thing$k {
  constructor(name) { this.name = name; this.created = $k; }
  describe() { return \`\${this.name} #\${this.created}\`; }
}
JS
    echo "module.exports = { id: $k, Thing: Thing$k, compute: compute$k,"
    echo "  count: $sum };"
  } > "$dir/$where"
done
for (( d = 0; d < 30; d++ )); do
  printf -v folder 'd%02d' "$d"
  [ -d "$dir/app/$folder" ] && echo "{\"folder\": \"$folder\", \"values\": [1, 2, 3]}" > "$dir/app/$folder/data.json"
done
for (( p = 0; p < npkg; p++ )); do
  [ -d "$dir/app/node_modules/pkg$p" ] || continue
  if (( p % 2 == 0 )); then
    echo "{\"name\": \"pkg$p\", \"version\": \"1.0.0\", \"main\": \"./lib/f0\"}" > "$dir/app/node_modules/pkg$p/package.json"
  else
    echo "{\"name\": \"pkg$p\", \"version\": \"1.0.0\", \"exports\": {\".\": {\"import\": \"./lib/f0.mjs\", \"default\": \"./lib/f0.js\"}, \"./*\": \"./lib/*.js\", \"./package.json\": \"./package.json\"}}" > "$dir/app/node_modules/pkg$p/package.json"
  fi
done
cat > "$dir/main.js" <<JS
'use strict';
const expected = $n;  // graph format 1
const t0 = process.hrtime.bigint();
const root = require('./app/d00/m0');
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (root.count !== expected) {
  console.error(\`loaded \${root.count} modules, expected \${expected}\`);
  process.exit(1);
}
console.log(\`cjs-\${expected} load ms: \${ms.toFixed(1)}\`);
JS
