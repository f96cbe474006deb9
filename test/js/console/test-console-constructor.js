'use strict';
// new Console(stdout[, stderr][, ignoreErrors]) and new Console(options): argument validation with
// Node's error codes and messages, calling without `new`, instanceof, bound methods, subclassing,
// and which stream each method writes to. Messages recorded from Node v20.

const assert = require('assert');
const { Console } = require('console');

// A fake stream collects what is written. once/removeListener/listenerCount are there because
// Node's Console calls them on the stream when ignoreErrors is on (the default).
const out = { stdout: '', stderr: '' };
const stream = (name) => ({
  write(chunk) { out[name] += chunk; return true; },
  once() {}, removeListener() {}, listenerCount() { return 0; },
});
const writable = { write() {} };

function throwsWith(args, name, code, message) {
  assert.throws(() => new Console(...args), { name, code, message });
}
const noStream = (which) => `Console expects a writable stream instance for ${which}`;
for (const args of [[], [null], [5], ['x'], [{}], [{ stdout: {} }], [{ stdout: { write: 1 } }]]) {
  throwsWith(args, 'TypeError', 'ERR_CONSOLE_WRITABLE_STREAM', noStream('stdout'));
}
throwsWith([{ stdout: writable, stderr: 5 }], 'TypeError', 'ERR_CONSOLE_WRITABLE_STREAM',
           noStream('stderr'));
throwsWith([writable, 5], 'TypeError', 'ERR_CONSOLE_WRITABLE_STREAM', noStream('stderr'));
throwsWith([{ stdout: writable, colorMode: 'x' }], 'TypeError', 'ERR_INVALID_ARG_VALUE',
           "The argument 'colorMode' must be one of: 'auto', true, false. Received 'x'");
throwsWith([{ stdout: writable, colorMode: null }], 'TypeError', 'ERR_INVALID_ARG_VALUE',
           "The argument 'colorMode' must be one of: 'auto', true, false. Received null");
throwsWith([{ stdout: writable, groupIndentation: '2' }], 'TypeError', 'ERR_INVALID_ARG_TYPE',
           'The "groupIndentation" argument must be of type number. Received type string (\'2\')');
throwsWith([{ stdout: writable, groupIndentation: 1001 }], 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received 1001');
throwsWith([{ stdout: writable, groupIndentation: -1 }], 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received -1');
throwsWith([{ stdout: writable, groupIndentation: 1.5 }], 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "groupIndentation" is out of range. It must be an integer. Received 1.5');
throwsWith([{ stdout: writable, inspectOptions: 5 }], 'TypeError', 'ERR_INVALID_ARG_TYPE',
           'The "options.inspectOptions" property must be of type object. Received type number (5)');
throwsWith([{ stdout: writable, inspectOptions: null }], 'TypeError', 'ERR_INVALID_ARG_TYPE',
           'The "options.inspectOptions" property must be of type object. Received null');
throwsWith([{ stdout: writable, inspectOptions: [] }], 'TypeError', 'ERR_INVALID_ARG_TYPE',
           'The "options.inspectOptions" property must be of type object. Received an instance of Array');
throwsWith([{ stdout: writable, inspectOptions: { colors: true }, colorMode: 'auto' }], 'TypeError',
           'ERR_INCOMPATIBLE_OPTION_PAIR',
           'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');

// Valid forms.
assert.strictEqual(new Console({ stdout: writable, inspectOptions: { colors: true } })._ignoreErrors,
                   true);
assert.strictEqual(new Console(writable, writable, false)._ignoreErrors, false);
assert.strictEqual(new Console(writable)._stderr, writable);  // stderr defaults to stdout
assert.strictEqual(new Console({ stdout: writable, groupIndentation: 1000 })._stdout, writable);

// Without `new`, and instanceof.
const called = Console(writable);
assert.ok(called instanceof Console);
assert.strictEqual(Object.getPrototypeOf(called), Console.prototype);
assert.strictEqual(({}) instanceof Console, false);
assert.strictEqual(Object.prototype.toString.call(called), '[object console]');

// Methods are own, bound, and named after their key.
const keys = ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear',
              'count', 'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml',
              'error', 'groupCollapsed'];
assert.deepStrictEqual(Object.keys(Console.prototype), keys);
assert.deepStrictEqual(Object.keys(called), keys);
for (const key of keys) assert.strictEqual(called[key].name, key);

// stdout: log, info, debug, dirxml, dir, table, count, timeLog; stderr: warn, error, trace, assert.
const console = new Console({ stdout: stream('stdout'), stderr: stream('stderr') });
const { log, info, debug, dirxml, warn, error } = console;
log('log');
info('info');
debug('debug');
dirxml('dirxml');
console.dir('dir');
console.table([]);
warn('warn');
error('error');
console.assert(false, 'assert');
console.clear();  // not a TTY: nothing
assert.strictEqual(out.stdout,
                   'log\ninfo\ndebug\ndirxml\n\'dir\'\n' +
                   '┌─────────┐\n│ (index) │\n├─────────┤\n└─────────┘\n');
assert.strictEqual(out.stderr, 'warn\nerror\nAssertion failed: assert\n');

// A subclass's overrides are what gets bound.
class Shouting extends Console {
  log(...args) { super.log(...args.map((a) => `${a}`.toUpperCase())); }
}
out.stdout = '';
const shouting = new Shouting(stream('stdout'));
const { log: shout } = shouting;
shout('hi');
shouting.count();
assert.strictEqual(out.stdout, 'HI\nDEFAULT: 1\n');
assert.ok(shouting instanceof Console);

// clear() on a TTY moves the cursor home and erases the screen below.
{
  let written = '';
  const tty = { isTTY: true, write(chunk) { written += chunk; return true; } };
  const savedTerm = process.env.TERM;
  process.env.TERM = 'xterm';
  new Console(tty).clear();
  if (savedTerm === undefined) delete process.env.TERM;
  else process.env.TERM = savedTerm;
  assert.strictEqual(written, '\x1b[1;1H\x1b[0J');
}
