#!/usr/bin/env bash
# The interactive `tide`: no script on a terminal starts the REPL (driven here through a
# pseudo-terminal from util-linux script(1)); -i/--interactive starts it on piped stdin too.
# Usage: test-repl.sh <tide>
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../hermetic-env.sh"
tide="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/check.sh"
banner="Welcome to tide v$("$tide" -p 'process.versions.tide') (Node.js $("$tide" -p 'process.version') API).
Type \".help\" for more information."

# --- piped stdin -----------------------------------------------------------------------------------
check "-i on piped stdin: banner, values, multi-line, errors, end of input exits" \
  "$banner
> 2
> ... 42
> Uncaught Error: x
> 'st'
> " \
  "$(printf '1 + 1\n[6 *\n7][0]\nthrow new Error("x")\n"s" + "t"\n' | HOME="$tmp" "$tide" -i)"
check "--interactive, and the exit status of .exit" "$banner
> 3
> 0" "$(printf '1 + 2\n.exit\n1\n' | HOME="$tmp" "$tide" --interactive; echo $?)"
check "-i -e: the code runs, then the REPL in the same global scope" "ran
$banner
> 42
> " "$(printf 'a + 1\n' | HOME="$tmp" "$tide" -i -e 'var a = 41; console.log("ran")')"
check "util.inspect.replDefaults sets the standalone REPL's formatting" "$banner
> 2
> { depth: 0 }
> { a: [Object] }
> " "$(printf '%s\n' 'util.inspect.replDefaults.depth' 'util.inspect.replDefaults = { depth: 0 }' \
     '({ a: { b: 1 } })' | HOME="$tmp" "$tide" -i)"
echo 'globalThis.preloaded = "yes"' > "$tmp/pre.js"
check "preloads (-r) run before the REPL" "$banner
> 'yes'
> " "$(printf 'preloaded\n' | HOME="$tmp" "$tide" -r "$tmp/pre.js" -i)"
check "no script and piped stdin without -i runs stdin as a script" "from stdin" \
  "$(echo 'console.log("from stdin")' | "$tide")"
check "unhandled rejections and late exceptions are reported, the REPL goes on" "$banner
> Promise {
  <rejected> Error: rj
}
> Uncaught Error: rj
> undefined
> Uncaught Error: late
> " "$( (printf 'Promise.reject(new Error("rj"))\n'; sleep 0.3
       printf 'setTimeout(() => { throw new Error("late") }, 1); void 0\n'
       sleep 0.5) | HOME="$tmp" "$tide" -i | grep -v '^ *at ')"

# --- a terminal ------------------------------------------------------------------------------------
if ! command -v script > /dev/null; then
  echo "FAIL script(1) is needed for the terminal checks"
  exit 1
fi
# One key (or pasted group) every 0.25 s, as typed.
feed() {
  sleep 1
  for key in "$@"; do
    printf '%s' "$key"
    sleep 0.25
  done
  sleep 0.5
}
# Output without the cursor-movement escapes and carriage returns.
plain() { sed 's/\x1b\[[0-9;]*[A-Za-z]//g' | tr -d '\r'; }
run_pty() { NODE_REPL_HISTORY="$tmp/history" HOME="$tmp" NO_COLOR=1 TERM=xterm timeout 20 \
  script -qec "$tide; echo status \$?" /dev/null | plain; }

actual="$(feed '1 + 1' $'\r' 'function f() {' $'\r' 'return 6 * 7 }' $'\r' 'f()' $'\r' \
  'throw new Error("oops")' $'\r' 'process.versi' $'\t' $'\r' 'os.EO' $'\t' $'\r' '.b' $'\t' $'\r' \
  '_' $'\r' $'\x03' $'\x03' | run_pty)"
check "tide on a terminal: REPL, completion, ctrl-c twice exits" "$banner
> 1 + 1
2
> function f() {
... return 6 * 7 }
undefined
> f()
42
> throw new Error(\"oops\")
Uncaught Error: oops
> process.version
'$("$tide" -p 'process.version')'
> os.EOL
'\\n'
> .break
> _
'\\n'
> 
(To exit, press Ctrl+C again or Ctrl+D or type .exit)
> 
status 0" "$actual"
check "history file, newest first" "_
.break
os.EOL
process.version
throw new Error(\"oops\")
f()
return 6 * 7 }
function f() {
1 + 1" "$(cat "$tmp/history")"
check "history file mode" "600" "$(stat -c %a "$tmp/history")"

actual="$(feed $'\e[A' $'\r' 'let s = "ab' $'\x03' 'typeof s' $'\r' $'\x04' | run_pty)"
check "up recalls the saved history; ctrl-c drops a line; ctrl-d exits" "$banner
> > _
undefined
> let s = \"ab
> typeof s
'undefined'
> 
status 0" "$actual"

actual="$(feed '.editor' $'\r' 'const a = 1;' $'\r' 'a + 1' $'\x04' 'a' $'\r' '.exit' $'\r' | run_pty)"
check ".editor: lines until ctrl-d, then one evaluation" "$banner
> .editor
// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)
const a = 1;
a + 1
2
> a
1
> .exit
status 0" "$actual"

actual="$(feed 'await new Promise(() => {})' $'\r' $'\x03' '1' $'\r' '.exit' $'\r' | run_pty)"
check "ctrl-c stops waiting for a top-level await" "$banner
> await new Promise(() => {})
Uncaught:
[Error [ERR_SCRIPT_EXECUTION_INTERRUPTED]: Script execution was interrupted by \`SIGINT\`] {
  code: 'ERR_SCRIPT_EXECUTION_INTERRUPTED'
}
> 1
1
> .exit
status 0" "$actual"

actual="$(feed 'var apple = 1' $'\r' 'var banana = 2' $'\r' 'apple + 10' $'\r' $'\x12' 'ap' $'\x12' $'\r' \
  'x' $'\x12' 'ban' $'\x03' $'\x15' $'\x12' 'zz' $'\x03' '.exit' $'\r' | run_pty)"
check "ctrl-r searches the history; enter takes the match, ctrl-c gives the line back" "$banner
> var apple = 1
undefined
> var banana = 2
undefined
> apple + 10
11
> (reverse-i-search)\`': (reverse-i-search)\`a': apple + 10(reverse-i-search)\`ap': apple + 10\
(reverse-i-search)\`ap': var apple = 1> var apple = 1
undefined
> x(reverse-i-search)\`': x(reverse-i-search)\`b': var banana = 2(reverse-i-search)\`ba': var banana = 2\
(reverse-i-search)\`ban': var banana = 2> x> (reverse-i-search)\`': (failed-reverse-i-search)\`z': \
(failed-reverse-i-search)\`zz': > .exit
status 0" "$actual"

exit "$failures"
