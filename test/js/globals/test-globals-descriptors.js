'use strict';
// The global object's own properties as Node 22 defines them: which are enumerable and in what
// order (Object.keys(globalThis): global-leak checks in test runners compare it), which stay
// accessors (process, Buffer, performance, crypto, navigator), and lazy ones that become data
// properties once read or written. (node v20 has no navigator global: Node 21 added it.)
const assert = require('assert');

const enumerable = Object.keys(globalThis).filter((k) => !['module', 'exports', 'require',
  '__filename', '__dirname'].includes(k));
assert.deepStrictEqual(enumerable, [
  'global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
  'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch',
  'crypto', 'navigator',
]);

function kind(name) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  if (d === undefined) return 'none';
  const attrs = `${d.enumerable ? 'e' : '-'}${d.configurable ? 'c' : '-'}`;
  if ('value' in d) return `data ${d.writable ? 'w' : '-'}${attrs}`;
  return `accessor ${d.set ? 'set' : 'noset'} ${attrs}`;
}

// Always accessors, as in Node.
assert.strictEqual(kind('process'), 'accessor set -c');
assert.strictEqual(kind('Buffer'), 'accessor set -c');
assert.strictEqual(kind('performance'), 'accessor set ec');
assert.strictEqual(kind('crypto'), 'accessor noset ec');
assert.strictEqual(kind('navigator'), 'accessor noset ec');
void Buffer, void performance, void crypto, void navigator;
assert.strictEqual(kind('Buffer'), 'accessor set -c');
assert.strictEqual(kind('navigator'), 'accessor noset ec');

// Plain data properties.
for (const name of ['global', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate', 'queueMicrotask', 'fetch']) {
  assert.strictEqual(kind(name), 'data wec', name);
}

// Lazy ones: data properties after the first read, with their enumerability kept.
void TextEncoder, void URL, void structuredClone, void atob, void console;
assert.strictEqual(kind('TextEncoder'), 'data w-c');
assert.strictEqual(kind('URL'), 'data w-c');
assert.strictEqual(kind('console'), 'data w-c');
assert.strictEqual(kind('structuredClone'), 'data wec');
assert.strictEqual(kind('atob'), 'data wec');
// ... or after the first write, which replaces the value.
const before = Object.getOwnPropertyDescriptor(globalThis, 'TextDecoder');
if (before.get) {
  globalThis.TextDecoder = 42;
  assert.strictEqual(kind('TextDecoder'), 'data w-c');
  assert.strictEqual(TextDecoder, 42);
}

// process and Buffer take assignment and keep being accessors.
const realProcess = process;
globalThis.process = 'x';
assert.strictEqual(globalThis.process, 'x');
assert.strictEqual(kind('process'), 'accessor set -c');
globalThis.process = realProcess;
assert.strictEqual(globalThis.process, realProcess);

// crypto and navigator have no setter: assignment fails (silently outside strict mode).
assert.throws(() => { globalThis.navigator = 1; },
              { name: 'TypeError', message: /only a getter/ });
const cryptoBefore = crypto;
new Function('globalThis.crypto = 5')();  // sloppy-mode code: no error
assert.strictEqual(crypto, cryptoBefore);
