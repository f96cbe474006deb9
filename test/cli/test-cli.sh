#!/usr/bin/env bash
# The command line as a user types it: -e, -p, -, --, --version, --help, V8 flags, bad options,
# missing scripts, shebang lines. Expected values come from node v20 (its name replaced by tide's).
# Usage: test-cli.sh <tide>
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../hermetic-env.sh"
tide="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/check.sh"

check "-e runs code" "3" "$("$tide" -e 'console.log(1 + 2)')"
check "-e gets the arguments after it" "[ 'a', 'b' ]" "$("$tide" -e 'console.log(process.argv.slice(1))' a b)"
check "--eval=CODE" "ok" "$("$tide" --eval='console.log("ok")')"
check "-p prints the value" "2" "$("$tide" -p '1 + 1')"
check "-p inspects objects" "{ a: 1 }" "$("$tide" -p '({ a: 1 })')"
check "-pe is -p" "x" "$("$tide" -pe '"x"')"
check "-p prints at exit, after the loop" $'later\n42' "$("$tide" -p 'setTimeout(() => console.log("later"), 1); 42')"
check "-e has require, module, __filename" "[eval] . function object" \
  "$("$tide" -e 'console.log(__filename, __dirname, typeof require, typeof module)')"
check "- reads the script from stdin" "/ [stdin]" "$(echo 'console.log(require("path").sep, __filename)' | "$tide" -)"
check "no script and stdin not a terminal: stdin is the script" "piped" "$(echo 'console.log("piped")' | "$tide")"
printf '#!/usr/bin/env tide\nconsole.log("shebang ok", require("path").basename(__filename))\n' > "$tmp/s.js"
check "a shebang line is ignored" "shebang ok s.js" "$("$tide" "$tmp/s.js")"
printf 'console.log(process.argv.slice(2).join(","))\n' > "$tmp/args.js"
check "-- ends the options" "x,--y" "$("$tide" -- "$tmp/args.js" x --y)"
check "options after the script belong to it" "--version,-e" "$("$tide" "$tmp/args.js" --version -e)"
check "execArgv holds the runtime options (and -e CODE, as node's does)" \
  "[ '--no-warnings', '-e', 'console.log(process.execArgv)' ]" \
  "$("$tide" --no-warnings -e 'console.log(process.execArgv)')"
check "--version" "tide" "$("$tide" --version | cut -d' ' -f1)"
check "-v" "$("$tide" --version)" "$("$tide" -v)"
check "--help mentions --eval" "yes" "$("$tide" --help | grep -q -- '--eval' && echo yes)"
check "--v8-options lists V8 flags" "yes" "$("$tide" --v8-options | grep -q -- '--expose-gc' && echo yes)"
check "--expose-gc reaches V8" "function" "$("$tide" --expose-gc -e 'console.log(typeof gc)')"
check "gc is absent without it" "undefined" "$("$tide" -e 'console.log(typeof gc)')"
check "--stack-size reaches V8" "ok" "$("$tide" --stack-size=500 -e 'console.log("ok")')"
check "--max-old-space-size reaches V8" "yes" \
  "$("$tide" --max-old-space-size=16 -e 'const a = []; try { for (;;) a.push(new Array(1e5).fill(1)); } catch {}' 2>&1 | grep -c 'heap out of memory' | sed 's/^[1-9].*/yes/')"

"$tide" --bogus-option -e 0 > "$tmp/out" 2> "$tmp/err"
check "an unknown option exits 9" "9" "$?"
check "an unknown option is named" "tide: bad option: --bogus-option" "$(cat "$tmp/err")"
"$tide" -e > "$tmp/out" 2> "$tmp/err"
check "-e without code exits 9" "9" "$?"

"$tide" "$tmp/missing.js" > "$tmp/out" 2> "$tmp/err"
check "a missing script exits 1" "1" "$?"
check "a missing script says Cannot find module" "yes" \
  "$(grep -q "Error: Cannot find module '$tmp/missing.js'" "$tmp/err" && echo yes)"
check "a missing script has code MODULE_NOT_FOUND" "yes" \
  "$(grep -q "code: 'MODULE_NOT_FOUND'" "$tmp/err" && echo yes)"

"$tide" -e 'throw new Error("from eval")' > "$tmp/out" 2> "$tmp/err"
check "an error in -e exits 1" "1" "$?"
check "an error in -e names [eval]" "[eval]:1" "$(head -1 "$tmp/err")"
printf 'let x = ;\n' > "$tmp/syntax.js"
"$tide" "$tmp/syntax.js" > "$tmp/out" 2> "$tmp/err"
check "a syntax error exits 1" "1" "$?"
check "a syntax error shows the line and caret" $'let x = ;\n        ^' "$(sed -n 2,3p "$tmp/err")"
check "a syntax error is a SyntaxError" "SyntaxError: Unexpected token ';'" "$(sed -n 5p "$tmp/err")"

"$tide" -e 'process.stdout.write("x".repeat(100000)); process.exit(0)' > "$tmp/out"
check "process.exit keeps what was written to a file" "100000" "$(wc -c < "$tmp/out" | tr -d ' ')"
check "process.exit keeps what was written to a pipe" "200000" \
  "$("$tide" -e 'process.stdout.write("y".repeat(200000)); process.exit(3)' | wc -c | tr -d ' ')"
"$tide" -e 'process.stdout.write("z".repeat(100000)); process.exit(3)' > /dev/null
check "process.exit(3) exits 3" "3" "$?"
"$tide" -e 'setInterval(() => console.log("tick"), 1)' 2> /dev/null | head -2 > "$tmp/out"
check "writing to a closed pipe ends the process (EPIPE), output intact" $'tick\ntick' "$(cat "$tmp/out")"
"$tide" -e 'setInterval(() => console.log("tick"), 1)' 2> "$tmp/err" | head -1 > /dev/null
check "the EPIPE error is reported like node's" "Error: write EPIPE" "$(grep '^Error' "$tmp/err")"

echo "$failures failed"
[ "$failures" = 0 ]
