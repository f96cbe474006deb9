'use strict';
// console.count / countReset: `label: n` per label ('default' when none), labels converted to
// strings, and a process warning when resetting a label that was never counted.
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

const warnings = [];
process.on('warning', (warning) => warnings.push(`${warning.name}: ${warning.message}`));

console.count();
console.count();
console.count('x');
console.count(undefined);
console.countReset();
console.count();
console.count(1);
console.count('1');
console.count({});
console.count(null);
console.count('');
console.countReset('');
console.count('');
console.countReset('never');
console.countReset(1);  // Node looks up 1, not '1', before converting: this warns
assert.throws(() => console.count(Symbol('s')), TypeError);

assert.strictEqual(out.stdout,
                   'default: 1\n' +
                   'default: 2\n' +
                   'x: 1\n' +
                   'default: 3\n' +
                   'default: 1\n' +
                   '1: 1\n' +
                   '1: 2\n' +
                   '[object Object]: 1\n' +
                   'null: 1\n' +
                   ': 1\n' +
                   ': 1\n');
assert.strictEqual(out.stderr, '');

// count() goes through this.log, so a subclass sees it.
class Prefixed extends Console {
  log(...args) { super.log('>', ...args); }
}
const prefixed = new Prefixed(stream('stdout'));
out.stdout = '';
prefixed.count('p');
assert.strictEqual(out.stdout, '> p: 1\n');

let checked = false;
setImmediate(() => {
  assert.deepStrictEqual(warnings, [
    "Warning: Count for 'never' does not exist",
    "Warning: Count for '1' does not exist",
  ]);
  checked = true;
});
process.on('exit', () => assert.ok(checked, 'warnings were checked'));
