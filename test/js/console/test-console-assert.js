'use strict';
// console.assert(value, ...args): nothing when value is truthy; otherwise `Assertion failed` or
// `Assertion failed: <first argument>` followed by the formatted rest, on stderr.
// Expected strings recorded from Node v20.

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

console.assert(true, 'not printed');
console.assert(1);
console.assert({});
console.assert(false);
console.assert(0, 'msg %d', 3);
console.assert(null, 'x %s', 'y', 'z');
console.assert('', { a: 1 }, 2);
console.assert(undefined, 5, 'x');
console.assert(NaN, '%%');
console.assert(0n, 'line1\nline2');

assert.strictEqual(out.stdout, '');
assert.strictEqual(out.stderr,
                   'Assertion failed\n' +
                   'Assertion failed: msg 3\n' +
                   'Assertion failed: x y z\n' +
                   'Assertion failed: [object Object] 2\n' +
                   'Assertion failed: 5 x\n' +
                   'Assertion failed: %%\n' +
                   'Assertion failed: line1\nline2\n');

// Goes through this.warn, and returns undefined.
class Tagged extends Console {
  warn(...args) { super.warn('[w]', ...args); }
}
out.stderr = '';
assert.strictEqual(new Tagged(stream('stdout'), stream('stderr')).assert(false, 'm'), undefined);
assert.strictEqual(out.stderr, '[w] Assertion failed: m\n');
