'use strict';
// The global console: require('console') is it; a namespace object whose prototype is an empty
// object, with Console.prototype's methods bound to it (so they work detached), the Console class,
// and the inspector methods Node adds; it writes to process.stdout / process.stderr.
// Key lists recorded from Node v20.

const assert = require('assert');
const console = require('console');
const { Console } = console;

assert.strictEqual(require('node:console'), console);
assert.strictEqual(globalThis.console, console);

assert.deepStrictEqual(Object.keys(console), [
  'log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count',
  'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed',
  'Console', 'profile', 'profileEnd', 'timeStamp', 'context', 'createTask',
]);
const proto = Object.getPrototypeOf(console);
assert.notStrictEqual(proto, Object.prototype);
assert.strictEqual(Object.getPrototypeOf(proto), Object.prototype);
assert.deepStrictEqual(Object.getOwnPropertyNames(proto), []);
assert.ok(console instanceof Console);
assert.strictEqual(Object.prototype.toString.call(console), '[object console]');
assert.strictEqual(typeof Console, 'function');
assert.strictEqual(Console.name, 'Console');
for (const key of Object.keys(console)) {
  if (key === 'Console') continue;
  assert.strictEqual(typeof console[key], 'function', key);
  assert.strictEqual(console[key].name, key);
}
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(console, 'log').enumerable, true);

// The inspector methods do nothing visible without an inspector.
assert.strictEqual(console.profile(), undefined);
assert.strictEqual(console.profileEnd(), undefined);
assert.strictEqual(console.timeStamp('x'), undefined);
assert.strictEqual(console.createTask('task').run(() => 7), 7);
assert.throws(() => console.createTask(''),
              { message: 'First argument must be a non-empty string.' });

// Writes go to process.stdout and process.stderr; detached methods keep their console.
let stdout = '';
let stderr = '';
const realStdoutWrite = process.stdout.write;
const realStderrWrite = process.stderr.write;
process.stdout.write = function write(chunk) { stdout += chunk; return true; };
process.stderr.write = function write(chunk) { stderr += chunk; return true; };
try {
  const { log, error, group, groupEnd, count, table, info } = console;
  group('G');
  log('hello', { a: 1 });
  count();
  table([[1]]);
  groupEnd();
  error('to %s', 'stderr');
  info('%d%%', 50);
  console.log('plain');
} finally {
  process.stdout.write = realStdoutWrite;
  process.stderr.write = realStderrWrite;
}
assert.strictEqual(stdout,
                   'G\n' +
                   '  hello { a: 1 }\n' +
                   '  default: 1\n' +
                   '  ┌─────────┬───┐\n' +
                   '  │ (index) │ 0 │\n' +
                   '  ├─────────┼───┤\n' +
                   '  │ 0       │ 1 │\n' +
                   '  └─────────┴───┘\n' +
                   '50%\n' +
                   'plain\n');
assert.strictEqual(stderr, 'to stderr\n');
assert.strictEqual(console._stdout, process.stdout);
assert.strictEqual(console._stderr, process.stderr);
