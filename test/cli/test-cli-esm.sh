#!/usr/bin/env bash
# ES modules from the command line: --input-type, module syntax detected in -e / stdin code, ES
# module mains (.mjs, "type": "module", detected .js) and their exit codes. Expected values come
# from node v20/v24 (Node 22 behaviour; its name replaced by tide's).
# Usage: test-cli-esm.sh <tide>
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../hermetic-env.sh"
tide="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/check.sh"

cd "$tmp" || exit 1
check "--input-type=module runs -e as a module" "file://$tmp/[eval1] undefined" \
  "$("$tide" --input-type=module -e 'console.log(import.meta.url, typeof require === "function" ? 1 : undefined)')"
check "-e with import syntax is detected as a module" "/" \
  "$("$tide" -e 'import { sep } from "node:path"; console.log(sep)')"
check "-e with top-level await is detected as a module" "2" \
  "$("$tide" -e 'const x = await Promise.resolve(2); console.log(x)')"
check "stdin with import syntax is detected as a module" "/" \
  "$(echo 'import { sep } from "node:path"; console.log(sep)' | "$tide" -)"
"$tide" --input-type=commonjs -e 'import { sep } from "node:path"' > /dev/null 2> "$tmp/err"
check "--input-type=commonjs keeps the script's SyntaxError" \
  "SyntaxError: Cannot use import statement outside a module" "$(sed -n 5p "$tmp/err")"
"$tide" --input-type=module -p 1 > /dev/null 2> "$tmp/err"
check "-p with module input exits 1" "1" "$?"
check "-p with module input: ERR_EVAL_ESM_CANNOT_PRINT" \
  "Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input" "$(sed -n 5p "$tmp/err")"
"$tide" --input-type=json -e 1 > /dev/null 2> "$tmp/err"
check "a bad --input-type exits 9" "9" "$?"
check "a bad --input-type is named" 'tide: --input-type must be "module" or "commonjs"' "$(cat "$tmp/err")"
check "import() in -e resolves from the working directory" \
  "Cannot find module '$tmp/nope.mjs' imported from $tmp/[eval]" \
  "$("$tide" -e 'import("./nope.mjs").catch((e) => console.log(e.message))')"

echo '{"a": 1}' > "$tmp/data.json"
check "import() with { with: { type: 'json' } } in -e code" "{ a: 1 }" \
  "$("$tide" -e 'import("./data.json", { with: { type: "json" } }).then((m) => console.log(m.default))')"

printf 'export const x = 1;\nconsole.log("mjs main", import.meta.filename);\n' > "$tmp/main.mjs"
check ".mjs main" "mjs main $tmp/main.mjs" "$("$tide" "$tmp/main.mjs")"
mkdir -p "$tmp/typed"
echo '{ "type": "module" }' > "$tmp/typed/package.json"
echo 'console.log(typeof require, import.meta.url.endsWith("/typed/main.js"));' > "$tmp/typed/main.js"
check '"type": "module" main' "undefined true" "$("$tide" "$tmp/typed/main.js")"
echo 'import { sep } from "node:path"; console.log("detected", sep);' > "$tmp/detected.js"
check "a .js main with module syntax is detected" "detected /" "$("$tide" "$tmp/detected.js")"
printf 'process.exitCode = 3;\nawait new Promise(() => {});\n' > "$tmp/tla-code.mjs"
"$tide" "$tmp/tla-code.mjs" 2> "$tmp/err"
check "an unsettled top-level await keeps an exit code already set" "3" "$?"
check "... and then prints no warning" "" "$(cat "$tmp/err")"
printf 'await Promise.reject(new Error("rejected"));\n' > "$tmp/reject.mjs"
"$tide" "$tmp/reject.mjs" 2> "$tmp/err"
check "a rejected top-level await exits 1" "1" "$?"
check "... reported as uncaught" "Error: rejected" "$(grep '^Error' "$tmp/err")"

echo "$failures failed"
[ "$failures" = 0 ]
