'use strict';
// Math.sumPrecise (ES2026): the exactly rounded sum of an iterable of Numbers. Node 20, 22 and 24
// lack it: there the test has nothing to check and exits 0. The expected sums were computed with
// exact rational arithmetic (Python's fractions.Fraction), rounded half to even.
const assert = require('assert');
// Only a runtime without the feature may skip: under tide a missing built-in must fail.
if (!process.versions.tide && (typeof Math.sumPrecise !== 'function')) process.exit(0);

const desc = Object.getOwnPropertyDescriptor(Math, 'sumPrecise');
assert.deepStrictEqual([desc.writable, desc.enumerable, desc.configurable], [true, false, true]);
assert.strictEqual(desc.value.name, 'sumPrecise');
assert.strictEqual(desc.value.length, 1);
assert.strictEqual(Object.hasOwn(desc.value, 'prototype'), false);
assert.throws(() => new Math.sumPrecise([]), TypeError);

const MAX = Number.MAX_VALUE;
const cases = [
  [[], -0],
  [[-0], -0],
  [[-0, -0], -0],
  [[-0, 0], 0],
  [[0.1, 0.2, 0.3], 0.6],
  [[0.1, 0.2], 0.30000000000000004],
  [[1e20, 0.1, -1e20], 0.1],
  [[1, 1e100, 1, -1e100], 2],
  [Array(10).fill(0.1), 1],
  [[1e16, 1, 1e-16], 10000000000000002],
  [[2 ** 53, 1, 2 ** -60], 9007199254740994],  // not a tie: rounds up
  [[2 ** 53, 1, -(2 ** -60)], 9007199254740992],
  [[1, 2 ** -53], 1],  // a tie: to even
  [[1, 2 ** -53, 2 ** -106], 1.0000000000000002],
  [[5e-324, 5e-324, -5e-324], 5e-324],
  // Intermediate overflow that cancels out.
  [[1e308, 1e308, -1e308], 1e308],
  [[MAX, MAX, -MAX], MAX],
  [[MAX, MAX, MAX, -MAX, -MAX], MAX],
  [[-MAX, -MAX, MAX], -MAX],
  // Around Number.MAX_VALUE + half an ulp (2 ** 970): a tie goes to Infinity.
  [[MAX, 2 ** 969], MAX],
  [[MAX, 2 ** 970], Infinity],
  [[MAX, 2 ** 970, -5e-324], MAX],
  [[-MAX, -(2 ** 970)], -Infinity],
  [[-MAX, -(2 ** 970), 5e-324], -MAX],
  [[MAX, MAX], Infinity],
  [[Infinity, 1], Infinity],
  [[-Infinity, 1, MAX, MAX], -Infinity],
  [[Infinity, -Infinity], NaN],
  [[NaN, 1], NaN],
  [[Infinity, NaN], NaN],
];
for (const [items, expected] of cases) {
  assert.ok(Object.is(Math.sumPrecise(items), expected), `${items} -> ${Math.sumPrecise(items)}`);
  // The result does not depend on the order.
  assert.ok(Object.is(Math.sumPrecise(items.slice().reverse()), expected), `reversed ${items}`);
}
assert.strictEqual(Math.sumPrecise(new Set([1, 2])), 3);
assert.strictEqual(Math.sumPrecise((function* () { yield 0.5; yield 0.25; })()), 0.75);

// Errors: not iterable, or a non-Number item (which closes the iterator).
assert.throws(() => Math.sumPrecise(), TypeError);
assert.throws(() => Math.sumPrecise(null), TypeError);
assert.throws(() => Math.sumPrecise({}), TypeError);
assert.throws(() => Math.sumPrecise(5), TypeError);
for (const bad of ['1', 1n, new Number(1), null, undefined, {}]) {
  assert.throws(() => Math.sumPrecise([1, bad]), TypeError);
}
let closed = 0;
const iterable = { [Symbol.iterator]: () => ({
  next: () => ({ value: 'x', done: false }),
  return() { closed++; return {}; },
}) };
assert.throws(() => Math.sumPrecise(iterable), TypeError);
assert.strictEqual(closed, 1);
