#!/usr/bin/env bash
# readline on real stdio: process.stdin as a pipe (line events, questions, readline/promises,
# for await, as a shell pipeline runs them) and as a terminal (a pty from script(1): raw mode,
# editing keys, tab completion, history, with the exact bytes written). Expected values come
# from node v20. Usage: test-readline.sh <tide>
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../hermetic-env.sh"
tide="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/check.sh"

lines='
const rl = require("readline").createInterface({ input: process.stdin });
rl.on("line", (l) => console.log(JSON.stringify(l)));
rl.on("close", () => console.log("closed"));'
check "line events, then close at end of input" $'"a"\n"b"\nclosed' "$(printf 'a\nb\n' | "$tide" -e "$lines")"
check "CRLF and a last line without newline" $'"x"\n""\n"y"\nclosed' \
  "$(printf 'x\r\n\r\ny' | "$tide" -e "$lines")"
check "empty input only closes" "closed" "$("$tide" -e "$lines" < /dev/null)"

question='
const rl = require("readline").createInterface({ input: process.stdin, output: process.stdout });
rl.question("Name? ", (name) => {
  console.log(`Hello ${name}`);
  rl.close();
});'
check "question writes the query and gets the answer" "Name? Hello Ada" \
  "$(printf 'Ada\nignored\n' | "$tide" -e "$question")"

promises='
const readline = require("readline/promises");
(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  rl.on("line", (l) => console.log(`line ${l}`));
  const a = await rl.question("a? ");
  console.log(`[${a}]`);
})();'
check "readline/promises question, the rest as lines" $'a? line 2\n[1]' \
  "$(printf '1\n2\n' | "$tide" -e "$promises")"

iterate='
const readline = require("readline");
(async () => {
  let n = 0;
  for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    n += line.length;
  }
  console.log(n);
})();'
check "for await over 100000 piped lines" "488895" \
  "$(seq 1 100000 | "$tide" -e "$iterate")"

if ! command -v script > /dev/null; then
  echo "FAIL script(1) is needed for the terminal checks"
  exit 1
fi
cat > "$tmp/tty.js" <<'JS'
const readline = require('readline');
const rl = readline.createInterface({
  input: process.stdin, output: process.stdout, prompt: 'tty> ',
  completer: (line) => [['alpha', 'alpine', 'beta'].filter((w) => w.startsWith(line)), line],
});
console.log('tty', process.stdin.isTTY, process.stdout.isTTY, rl.terminal, process.stdin.isRaw);
rl.prompt();
rl.on('line', (line) => {
  console.log(`[${line}]`);
  if (line === 'quit') rl.close();
  else rl.prompt();
});
rl.on('close', () => console.log('raw after close', process.stdin.isRaw));
JS
# One key (or pasted group) every 0.25 s: type, move left, insert, submit; complete "al" (tab, tab
# lists); up recalls, ctrl-a, ctrl-k clears; quit.
feed() {
  sleep 0.8
  for key in 'he' 'l' 'lo' $'\e[D' 'X' $'\r' 'al' $'\t' $'\t' $'\r' $'\e[A' $'\x01' $'\x0b' 'quit' $'\r'; do
    printf '%s' "$key"
    sleep 0.25
  done
  sleep 0.5
}
expected=$'tty true true true true\r\n\e[1G\e[0Jtty> \e[6Ghello\e[1D\e[1G\e[0Jtty> hellXo\e[11G\e[1C\r\r\n[hellXo]\r\n\e[1G\e[0Jtty> \e[6Galp\r\r\nalpha\r\r\nalpine\r\r\n\r\r\n\e[1G\e[0Jtty> alp\e[9G\r\r\n[alp]\r\n\e[1G\e[0Jtty> \e[6G\e[1G\e[0Jtty> alp\e[9G\e[3D\e[1G\e[0Jtty> \e[6Gquit\r\r\n[quit]\r\nraw after close false\r'
actual="$(feed | NO_COLOR=1 TERM=xterm timeout 20 script -qec "$tide $tmp/tty.js" /dev/null)"
check "terminal mode on a pty: keys, completion, history, raw mode" "$expected" "$actual"

exit "$failures"
