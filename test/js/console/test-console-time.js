'use strict';
// console.time / timeLog / timeEnd: `label: <duration>` in Node's formats (1.234ms, 1.002s,
// 1:02.003 (m:ss.mmm), 1:02:03.004 (h:mm:ss.mmm)), extra timeLog arguments, the 'default' label,
// and the process warnings for unknown or repeated labels. process.hrtime is replaced by a fake
// clock, which Node's Console reads on every call. Expected strings recorded from Node v20.

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

const warnings = [];
process.on('warning', (warning) => warnings.push(`${warning.name}: ${warning.message}`));

let now = [1000, 0];  // [seconds, nanoseconds]
const realHrtime = process.hrtime;
process.hrtime = function hrtime(previous) {
  if (previous === undefined) return [now[0], now[1]];
  let seconds = now[0] - previous[0];
  let nanos = now[1] - previous[1];
  if (nanos < 0) {
    seconds--;
    nanos += 1e9;
  }
  return [seconds, nanos];
};
function advance(seconds, nanos) {
  now = [now[0] + seconds, now[1] + nanos];
  if (now[1] >= 1e9) now = [now[0] + 1, now[1] - 1e9];
}

function elapsed(seconds, nanos) {
  out.stdout = '';
  console.time('t');
  advance(seconds, nanos);
  console.timeEnd('t');
  return out.stdout;
}
assert.strictEqual(elapsed(0, 0), 't: 0ms\n');
assert.strictEqual(elapsed(0, 500000), 't: 0.5ms\n');
assert.strictEqual(elapsed(0, 1234000), 't: 1.234ms\n');
assert.strictEqual(elapsed(0, 1234567), 't: 1.235ms\n');
assert.strictEqual(elapsed(0, 999999900), 't: 1000ms\n');
assert.strictEqual(elapsed(1, 0), 't: 1.000s\n');
assert.strictEqual(elapsed(1, 2000000), 't: 1.002s\n');
assert.strictEqual(elapsed(62, 3000000), 't: 1:02.003 (m:ss.mmm)\n');
assert.strictEqual(elapsed(3723, 4000000), 't: 1:02:03.004 (h:mm:ss.mmm)\n');
assert.strictEqual(elapsed(36000, 0), 't: 10:00:00.000 (h:mm:ss.mmm)\n');

// timeLog keeps the timer; extra arguments are formatted after the duration.
out.stdout = '';
console.time();
advance(0, 1500000);
console.timeLog();
console.timeLog(undefined, 'extra', { x: 1 }, '%s');
advance(0, 1000000);
console.timeEnd('default');
console.time(1);
advance(0, 2000000);
console.timeEnd('1');  // labels are strings
assert.strictEqual(out.stdout,
                   'default: 1.5ms\n' +
                   "default: 1.5ms extra { x: 1 } %s\n" +
                   'default: 2.5ms\n' +
                   '1: 2ms\n');

// Unknown and repeated labels warn and print nothing.
out.stdout = '';
console.time('dup');
console.time('dup');
console.timeEnd('nope');
console.timeLog('nope2');
console.timeEnd('dup');
console.timeEnd('dup');
assert.strictEqual(out.stdout, 'dup: 0ms\n');
assert.throws(() => console.time(Symbol('s')), TypeError);

process.hrtime = realHrtime;

let checked = false;
setImmediate(() => {
  assert.deepStrictEqual(warnings, [
    "Warning: Label 'dup' already exists for console.time()",
    "Warning: No such label 'nope' for console.timeEnd()",
    "Warning: No such label 'nope2' for console.timeLog()",
    "Warning: No such label 'dup' for console.timeEnd()",
  ]);
  checked = true;
});
process.on('exit', () => assert.ok(checked, 'warnings were checked'));
