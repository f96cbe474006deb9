'use strict';
// console.trace writes `Trace: <formatted message>` and the caller's stack to stderr; the stack
// starts at the caller, not inside the console.

const assert = require('assert');
const { Console } = require('console');

// A fake stream collects what is written. once/removeListener/listenerCount are there because
// Node's Console calls them on the stream when ignoreErrors is on (the default).
const out = { stdout: '', stderr: '' };
const stream = (name) => ({
  write(chunk) { out[name] += chunk; return true; },
  once() {}, removeListener() {}, listenerCount() { return 0; },
});
const console = new Console({ stdout: stream('stdout'), stderr: stream('stderr') });

function checkTrace(firstLine) {
  const lines = out.stderr.split('\n');
  assert.strictEqual(lines[0], firstLine);
  assert.strictEqual(lines[lines.length - 1], '');  // ends with a newline
  const frames = lines.slice(1, -1);
  assert.ok(frames.length > 0, 'has stack frames');
  for (const frame of frames) assert.match(frame, /^ {4}at /);
  // The first frame is this file, where trace was called.
  assert.ok(frames[0].includes(__filename), frames[0]);
  assert.strictEqual(out.stdout, '');
  out.stderr = '';
}

console.trace('hello %s', 'w', { a: 1 });
checkTrace('Trace: hello w { a: 1 }');

console.trace();
checkTrace('Trace');

console.trace({ x: [1, 2] }, 3);
checkTrace('Trace: { x: [ 1, 2 ] } 3');

// A detached method works too.
const { trace } = console;
(function caller() { trace('detached'); })();
checkTrace('Trace: detached');

// In a group, every line is indented.
console.group();
console.trace('in group');
const lines = out.stderr.split('\n').slice(0, -1);
assert.strictEqual(lines[0], '  Trace: in group');
for (const line of lines.slice(1)) assert.match(line, /^ {6}at /);
