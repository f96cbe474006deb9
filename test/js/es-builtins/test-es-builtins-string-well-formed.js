'use strict';
// ES2024 String.prototype.isWellFormed and toWellFormed (Node 20 has them too).
const assert = require('assert');

for (const key of ['isWellFormed', 'toWellFormed']) {
  const desc = Object.getOwnPropertyDescriptor(String.prototype, key);
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.value.name, key);
  assert.strictEqual(desc.value.length, 0);
  assert.strictEqual(Object.hasOwn(desc.value, 'prototype'), false);
  assert.throws(() => String.prototype[key].call(null), TypeError);
  assert.throws(() => String.prototype[key].call(undefined), TypeError);
  assert.throws(() => String.prototype[key].call(Symbol('s')), TypeError);
}

const cases = [
  ['', true, ''],
  ['abc', true, 'abc'],
  ['\uD800', false, '\uFFFD'],
  ['a\uDC00b', false, 'a\uFFFDb'],
  ['\uD800\uDC00', true, '\uD800\uDC00'],
  ['\uDC00\uD800', false, '\uFFFD\uFFFD'],
  ['x\uDBFF', false, 'x\uFFFD'],
  ['\uD83D\uDE00\uD83D', false, '\uD83D\uDE00\uFFFD'],
  ['\uDBFF\uDFFF\uDFFF', false, '\uDBFF\uDFFF\uFFFD'],
];
for (const [input, wellFormed, fixed] of cases) {
  assert.strictEqual(input.isWellFormed(), wellFormed, JSON.stringify(input));
  assert.strictEqual(input.toWellFormed(), fixed, JSON.stringify(input));
  assert.strictEqual(fixed.isWellFormed(), true);
}

// The receiver goes through ToString.
assert.strictEqual(String.prototype.toWellFormed.call(12), '12');
assert.strictEqual(String.prototype.isWellFormed.call({ toString() { return '\uD800'; } }), false);
assert.strictEqual(String.prototype.toWellFormed.call({ toString: () => 'a\uDFFF' }), 'a\uFFFD');
const long = `${'ab'.repeat(5000)}\uD800${'cd'.repeat(5000)}`;
assert.strictEqual(long.isWellFormed(), false);
assert.strictEqual(long.toWellFormed(), `${'ab'.repeat(5000)}\uFFFD${'cd'.repeat(5000)}`);
