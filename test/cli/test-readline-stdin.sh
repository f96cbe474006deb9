#!/usr/bin/env bash
# readline on a real piped stdin (process.stdin as a pipe, process.stdout as a pipe): line
# events, questions, readline/promises and for await, as a shell pipeline runs them. Expected
# values come from node v20. Usage: test-readline-stdin.sh <tide>
set -u
tide="$1"
failures=0

check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then
    echo "FAIL $1"
    echo "  expected: $(printf '%q' "$2")"
    echo "  actual:   $(printf '%q' "$3")"
    failures=$((failures + 1))
  else
    echo "ok   $1"
  fi
}

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

exit "$failures"
