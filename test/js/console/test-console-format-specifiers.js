'use strict';
// console.log formats its arguments as util.format does: %s %d %i %f %j %o %O %c %% and the
// arguments left over. Expected strings recorded from Node v20.

const assert = require('assert');
const { Console } = require('console');

// A fake stream collects what is written. once/removeListener/listenerCount are there because
// Node's Console calls them on the stream when ignoreErrors is on (the default).
function capture() {
  const out = { stdout: '', stderr: '' };
  const stream = (name) => ({
    write(chunk) { out[name] += chunk; return true; },
    once() {}, removeListener() {}, listenerCount() { return 0; },
  });
  out.console = new Console({ stdout: stream('stdout'), stderr: stream('stderr') });
  return out;
}

const out = capture();

const cases = [
  [['%s %d %i %f %j %o %O %c %%',
    'str', 42.5, 42.5, '3.25', { j: 1 }, { o: [1] }, { O: 1 }, 'color: red'],
    'str 42.5 42 3.25 {"j":1} { o: [ 1, [length]: 1 ] } { O: 1 }  %'],
  [['%s', { toString() { return 'x'; } }, 5n, Symbol('q')], 'x 5n Symbol(q)'],
  [['%s|%s|%s|%s', 1.5, -0, 10n, null], '1.5|-0|10n|null'],
  [['%s', { a: { b: { c: 1 } } }], '{ a: [Object] }'],
  [['%s', [1, [2, [3]]]], '[ 1, [Array] ]'],
  [['%d %d %d %d', '0x10', 7n, {}, ''], '16 7n NaN 0'],
  [['%i %i %i', '42.9abc', 'abc', -3.7], '42 NaN -3'],
  [['%f %f', '1e3', 'x'], '1000 NaN'],
  [['%j', { toJSON() { return 'J'; } }], '"J"'],
  [['%o', { f() {} }], "{ f: [Function: f] { [length]: 0, [name]: 'f' } }"],
  [['%o', [function g() {}]],
    '[\n  <ref *1> [Function: g] {\n    [length]: 0,\n    [name]: \'g\',\n' +
    '    [prototype]: { [constructor]: [Circular *1] }\n  },\n  [length]: 1\n]'],
  [['%O', { a: { b: { c: { d: 1 } } } }], '{ a: { b: { c: [Object] } } }'],
  [['%c%s', 'css', 'y'], 'y'],
  [['100%% %s'], '100%% %s'],
  [['100%% %s', 'x'], '100% x'],
  [['%'], '%'],
  [['%s'], '%s'],
  [['a%sb%sc', 1], 'a1b%sc'],
  [['%x %s', 'y'], '%x y'],
  [['no specifiers', 1, 'two', [3]], 'no specifiers 1 two [ 3 ]'],
  [[1, '%s', 2], '1 %s 2'],
  [[], ''],
  [[''], ''],
  [['a\nb'], 'a\nb'],
];
for (const [args, expected] of cases) {
  out.stdout = '';
  out.console.log(...args);
  assert.strictEqual(out.stdout, `${expected}\n`, `console.log(${args.length} args)`);
}

// %j of a circular structure.
const circular = {};
circular.self = circular;
out.stdout = '';
out.console.log('%j', circular);
assert.strictEqual(out.stdout, '[Circular]\n');

assert.strictEqual(out.stderr, '');
