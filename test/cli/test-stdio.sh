#!/usr/bin/env bash
# process.stdin/stdout/stderr over pipes, files and terminals, as a shell connects them. Terminal
# cases run under a pseudo-terminal from util-linux `script` (skipped where it is missing).
# Expected values are node v20's, except where a comment says tide keeps more (output at exit).
# Usage: test-stdio.sh <tide>
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../hermetic-env.sh"
tide="$1"
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../fixtures/stdio"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/check.sh"
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# --- stdin ---------------------------------------------------------------------------------------
read_all='let s = ""; process.stdin.setEncoding("utf8");
  process.stdin.on("data", (d) => { s += d; }).on("end", () => console.log(JSON.stringify(s)));'
check "stdin from a pipe: data then end" '"a\nb"' "$(printf 'a\nb' | "$tide" -e "$read_all")"
check "stdin from a pipe is a Socket" "Socket true false" \
  "$(echo | "$tide" -e 'const s = process.stdin; console.log(s.constructor.name, s.readable, s.writable)')"
printf 'from a file\n' > "$tmp/in.txt"
check "stdin from a file" '"from a file\n"' "$("$tide" -e "$read_all" < "$tmp/in.txt")"
check "stdin from /dev/null ends at once" '""' "$("$tide" -e "$read_all" < /dev/null)"
head -c 3000000 /dev/zero > "$tmp/big.bin"
check "stdin: 3 MB through a pipe" "3000000" "$(cat "$tmp/big.bin" | "$tide" -e '
  let n = 0; process.stdin.on("data", (d) => { n += d.length; }).on("end", () => console.log(n));')"
check "stdin: 3 MB from a file" "3000000" "$("$tide" -e '
  let n = 0; process.stdin.on("data", (d) => { n += d.length; }).on("end", () => console.log(n));' < "$tmp/big.bin")"
check "stdin: async iteration" '["x\ny\n"]' "$(printf 'x\ny\n' | "$tide" -e '
  (async () => { const parts = []; process.stdin.setEncoding("utf8");
    for await (const c of process.stdin) parts.push(c); console.log(JSON.stringify(parts)); })();')"
check "process.openStdin() starts reading" "abc" \
  "$(printf 'abc' | "$tide" -e 'process.openStdin().on("data", (d) => console.log(String(d)))')"
check "stdin: read() in paused mode" '"abc"' "$(printf 'abc' | "$tide" -e '
  let s = ""; process.stdin.on("readable", () => { let c; while ((c = process.stdin.read()) !== null) s += c; });
  process.stdin.on("end", () => console.log(JSON.stringify(s)));')"
# stdin that nobody reads does not keep the process alive, even while its writer is open.
start=$(date +%s%N)
out="$( (sleep 2; echo late) | ( "$tide" -e 'process.stdin; console.log("done")'; echo "$(ms_since "$start")" ) | tr '\n' ' ')"
check "an unread stdin does not keep the process alive" "done yes" \
  "$(set -- $out; [ "$2" -lt 1500 ] && echo "$1 yes" || echo "$1 took $2 ms")"
start=$(date +%s%N)
out="$( (echo a; sleep 2) | ( "$tide" -e 'process.stdin.on("data", (d) => { console.log("got", String(d).trim()); process.stdin.destroy(); })'; echo "$(ms_since "$start")" ) | tr '\n' ' ')"
check "destroying stdin lets the process end" "got a yes" \
  "$(set -- $out; [ "$3" -lt 1500 ] && echo "$1 $2 yes" || echo "$1 $2 took $3 ms")"

check "stdin.setTimeout: 'timeout' after the idle time, reads restart it" 'timeout "a\nb\n" true' \
  "$( (sleep 0.1; echo a; sleep 0.1; echo b; sleep 1) | "$tide" -e '
    let last = Date.now(); let got = "";
    process.stdin.on("data", (d) => { got += d; last = Date.now(); });
    process.stdin.setTimeout(150, () => {
      console.log("timeout", JSON.stringify(got), Date.now() - last >= 140); process.stdin.destroy(); });')"
check "setTimeout's validation" \
  "ERR_OUT_OF_RANGE ERR_INVALID_ARG_TYPE ERR_OUT_OF_RANGE ERR_INVALID_ARG_TYPE true 0" \
  "$(echo | "$tide" -e '
    const s = process.stdin; const codes = [];
    for (const args of [[-1], ["1"], [Infinity], [1, "cb"]]) {
      try { s.setTimeout(...args); } catch (e) { codes.push(e.code); } }
    codes.push(s.setTimeout(0) === s, s.timeout); console.log(codes.join(" ")); s.destroy();')"

# --- stdout and stderr to pipes --------------------------------------------------------------------
check "stdout to a pipe is a Socket of _type pipe" "Socket pipe undefined 1" \
  "$("$tide" -e 'const s = process.stdout; console.log(s.constructor.name, s._type, s.isTTY, s.fd)' | cat)"
check "stdout and stderr to one pipe keep their order" $'1\n2\n3\n4' \
  "$("$tide" -e 'console.log(1); console.error(2); process.stdout.write("3\n"); process.stderr.write("4\n")' 2>&1 | cat)"
# stdout pipes are blocking, yet a write above the pipe's capacity completes on the next loop turn
# as in Node: write() says false, then 'drain' (the bytes are out before write() returns).
"$tide" -e 'const r = process.stdout.write(Buffer.alloc(1e6));
  process.stderr.write(r + "\n"); process.stdout.on("drain", () => process.stderr.write("drain\n"));' \
  2> "$tmp/drain.err" | (sleep 0.3; wc -c | tr -d ' ' > "$tmp/drain.count")
check "a big write to a slow pipe returns false, then 'drain'" $'false\ndrain 1000000' \
  "$(cat "$tmp/drain.err") $(cat "$tmp/drain.count")"
# node v20 loses all but the first 64 KiB of these (its pipes are asynchronous); tide's are not.
check "10 MB to a pipe survive process.exit()" "10485760" \
  "$("$tide" -e 'process.stdout.write("y".repeat(10 * 1024 * 1024)); process.exit(0)' | wc -c | tr -d ' ')"
check "10 MB to a pipe survive an uncaught exception" "10485760" \
  "$("$tide" -e 'process.stdout.write(Buffer.alloc(10 * 1024 * 1024)); throw new Error("x")' 2>/dev/null | wc -c | tr -d ' ')"
"$tide" -e 'process.stdout.write(Buffer.alloc(1e6, 97)); process.stdout.write("tail\n"); process.exit()' \
  | cat > "$tmp/queued.out"
check "what queues behind a big write survives process.exit()" "1000005 tail" \
  "$(wc -c < "$tmp/queued.out" | tr -d ' ') $(tail -c 5 "$tmp/queued.out")"
check "what queues behind a big write comes before the fatal report" $'tail\nError: x' \
  "$("$tide" -e 'process.stderr.write("x".repeat(1e6) + "\n"); console.error("tail"); throw new Error("x")' \
     2>&1 >/dev/null | grep -a -x 'tail\|Error: x')"
check "corked output survives process.exit()" "corked" \
  "$("$tide" -e 'const s = process.stdout; s.cork(); s.write("corked"); process.exit()' | cat)"
check "write callbacks and 'finish' on a pipe" "cb finish" \
  "$("$tide" -e 'const out = [];
     process.stdout.write("", () => out.push("cb"));
     process.stdout.end(() => { out.push("finish"); process.stderr.write(out.join(" ")); });' 2>&1 >/dev/null | cat)"
check "stdout.end(): 'finish', then 'close', and the descriptor stays usable" "finish close false" \
  "$("$tide" -e 'process.stdout.end("x"); process.stdout.on("finish", () => process.stderr.write("finish "));
     process.stdout.on("close", () => process.stderr.write("close " + process.stdout.destroyed));' 2>&1 >/dev/null | cat)"
check "string encodings on a pipe" "68 69 20 36 38 36 39 20 68 69 20 e9 20 68 00 69 00" \
  "$("$tide" -e 'process.stdout.write("aGk=", "base64"); process.stdout.write(" ");
     process.stdout.write("6869"); process.stdout.write(" ");
     process.stdout.write("6869", "hex"); process.stdout.write(" "); process.stdout.write("\xe9", "latin1");
     process.stdout.write(" "); process.stdout.write("hi", "utf16le")' \
     | od -An -tx1 | tr -s ' \n' ' ' | sed 's/^ //; s/ $//')"
check "writev of mixed chunks (cork/uncork)" "ab€cd" \
  "$("$tide" -e 'const s = process.stdout; s.cork(); s.write("a"); s.write(Buffer.from("b"));
     s.write("€", "utf8"); s.write("Y2Q=", "base64"); s.uncork();' | cat)"
check "EPIPE on stderr too" "write EPIPE" \
  "$("$tide" -e 'process.stderr.on("error", (e) => { process.stdout.write(e.message); process.exit(0); });
     setInterval(() => process.stderr.write("x\n"), 1)' 2>&1 >"$tmp/epipe.out" | head -c 1 > /dev/null; cat "$tmp/epipe.out")"

if command -v python3 > /dev/null; then
  check "stdin and stdout on one socket: reads do not stall" "got 65536" \
    "$(python3 "$fixtures/stdin-stdout-one-socket.py" "$tide")"
else
  echo "skip stdin/stdout on one socket: no python3"
fi

# --- stdout to files -------------------------------------------------------------------------------
"$tide" -e 'const s = process.stdout; console.log(s.constructor.name, s._type, s.fd, s.writable)' > "$tmp/out.txt"
check "stdout to a file is a SyncWriteStream" "SyncWriteStream fs 1 true" "$(cat "$tmp/out.txt")"
"$tide" -e 'process.stdout.write("é", "latin1"); process.stdout.write(Buffer.from([0x41])); console.log()' > "$tmp/out.txt"
check "file writes in any encoding" "e9 41 0a" "$(od -An -tx1 "$tmp/out.txt" | tr -s ' ' | sed 's/^ //')"

# --- the stream Socket over Unix-domain pipes ------------------------------------------------------
check "Socket over Pipe handles: backpressure, half-open, byte counts, errors" "ok" \
  "$("$tide" "$fixtures/socket-over-unix-pipe.js" "$tmp" | cat)"

# --- terminals -------------------------------------------------------------------------------------
if ! command -v script > /dev/null; then
  echo "skip terminal cases: no util-linux script"
else
  pty() { TERM=xterm-256color timeout 20 script -qec "$1" /dev/null < "${2:-/dev/null}" | tr -d '\r'; }
  check "a terminal: tty.WriteStream with the window size" "WriteStream tty true 77 33 true true" \
    "$(pty "stty cols 77 rows 33; $tide -e 'const s = process.stdout;
      s.write([s.constructor.name, s._type, s.isTTY, s.columns, s.rows, s.getWindowSize()[0] === 77,
        process.stdin.isTTY].join(\" \"))'")"
  check "colour depth from TERM on a terminal" "8 true false" \
    "$(pty "$tide -e 'const s = process.stdout; process.stdout.write([s.getColorDepth(), s.hasColors(256), s.hasColors(2 ** 24)].join(\" \"))'")"
  check "assert diffs are coloured when stderr is a colour terminal" \
    '"Expected values to be strictly deep-equal:\n\u001b[32m+ actual\u001b[39m \u001b[31m- expected\u001b[39m\n\n\u001b[39m  [\n\u001b[32m+\u001b[39m   1\n\u001b[31m-\u001b[39m   2\n\u001b[39m  ]\n"' \
    "$(pty "$tide -e 'try { require(\"assert\").deepStrictEqual([1], [2]) } catch (e) { process.stdout.write(JSON.stringify(e.message)) }'")"
  check "NO_COLOR turns colours off" "1" \
    "$(pty "NO_COLOR=1 $tide -e 'process.stdout.write(String(process.stdout.getColorDepth()))'")"
  check "'resize' on SIGWINCH" "resize 100 30" \
    "$(pty "stty cols 80 rows 24; (sleep 0.5; stty cols 100 rows 30 < /dev/tty) & exec $tide -e '
      process.stdout.on(\"resize\", () => { if (process.stdout.rows === 30) {
        process.stdout.write(\"resize \" + process.stdout.columns + \" \" + process.stdout.rows);
        process.exit(0); } });
      setTimeout(() => console.log(\"no resize\"), 5000);'")"
  printf 'setTimeout(() => {}, 300); process.stdin.setRawMode(true);
process.stdin.once("data", (d) => {
  const wasRaw = process.stdin.isRaw; process.stdin.setRawMode(false);
  console.log("got", JSON.stringify(String(d)), wasRaw, process.stdin.isRaw); process.stdin.pause();
});\n' > "$tmp/raw.js"
  check "setRawMode: one key, no Enter" 'got "q" true false' \
    "$( (sleep 0.5; printf 'q') | TERM=dumb timeout 20 script -qec "$tide $tmp/raw.js" /dev/null | tr -d '\r' | grep got)"
  check "raw mode is undone at process.exit()" "icanon" \
    "$(pty "$tide -e 'process.stdin.setRawMode(true); process.exit(0)'; stty -a | grep -o -- '-\\?icanon'")"
  check "raw mode is undone when SIGTERM kills tide" "143 icanon" \
    "$(pty "$tide -e 'process.stdin.setRawMode(true); process.kill(process.pid, \"SIGTERM\"); setTimeout(() => {}, 5000)';
      echo \$? \$(stty -a | grep -o -- '-\\?icanon')" | tail -1)"
  check "cursor helpers write ANSI sequences" '\e[3;2H\e[2C\e[1A\e[2K\e[0J' \
    "$(pty "$tide -e 'const s = process.stdout; s.cursorTo(1, 2); s.moveCursor(2, -1); s.clearLine(0); s.clearScreenDown()'" \
      | od -An -c | tr -d ' \n' | sed 's/033/\\e/g')"
fi

echo "$failures failed"
[ "$failures" = 0 ]
