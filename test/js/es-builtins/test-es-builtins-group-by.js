'use strict';
// ES2024 Object.groupBy and Map.groupBy. Node 20 lacks them: there the test has nothing to check
// and exits 0. Expected values follow the spec (checked against Node 24).
const assert = require('assert');
// Only a runtime without the feature may skip: under tide a missing built-in must fail.
if (!process.versions.tide && (typeof Object.groupBy !== 'function')) process.exit(0);

for (const target of [Object, Map]) {
  const desc = Object.getOwnPropertyDescriptor(target, 'groupBy');
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.value.name, 'groupBy');
  assert.strictEqual(desc.value.length, 2);
  assert.strictEqual(Object.hasOwn(desc.value, 'prototype'), false);
  assert.throws(() => new desc.value([], () => 0), TypeError);
  assert.throws(() => target.groupBy(null, (x) => x), TypeError);
  assert.throws(() => target.groupBy(undefined, (x) => x), TypeError);
  assert.throws(() => target.groupBy([], null), TypeError);
  assert.throws(() => target.groupBy({}, (x) => x), TypeError);  // not iterable
}

// Object.groupBy: a null-prototype object of arrays, keys in property order.
const parity = Object.groupBy([1, 2, 3, 4, 5], (x) => (x % 2 ? 'odd' : 'even'));
assert.strictEqual(Object.getPrototypeOf(parity), null);
assert.deepStrictEqual(Object.keys(parity), ['odd', 'even']);
assert.deepStrictEqual(parity.odd, [1, 3, 5]);
assert.deepStrictEqual(parity.even, [2, 4]);
const keyed = Object.groupBy(['a', 'b', 'c', 'd'],
                             (x, i) => [2, '__proto__', -0, Symbol.iterator][i]);
assert.deepStrictEqual(Reflect.ownKeys(keyed), ['0', '2', '__proto__', Symbol.iterator]);
assert.deepStrictEqual(keyed[0], ['c']);
assert.deepStrictEqual(keyed.__proto__, ['b']);
assert.deepStrictEqual(Object.groupBy('abca', (x) => x), { __proto__: null, a: ['a', 'a'], b: ['b'],
  c: ['c'] });
assert.deepStrictEqual(Object.groupBy([], (x) => x), { __proto__: null });

// The callback gets (value, index) and `this` undefined.
const calls = [];
Object.groupBy([5, 6], function(value, index) {
  calls.push([value, index, this]);
});
assert.deepStrictEqual(calls, [[5, 0, undefined], [6, 1, undefined]]);

// The key is converted to a property key exactly once per element.
let conversions = 0;
const key = { toString() { conversions++; return 'k'; } };
assert.deepStrictEqual(Object.groupBy([1, 2], () => key).k, [1, 2]);
assert.strictEqual(conversions, 2);

// An abrupt callback or key conversion closes the iterator and the error propagates.
function closable() {
  const state = { closed: 0 };
  state.iterable = {
    [Symbol.iterator]() {
      return {
        next: () => ({ value: 1, done: false }),
        return: () => { state.closed++; return {}; },
      };
    },
  };
  return state;
}
let state = closable();
assert.throws(() => Object.groupBy(state.iterable, () => { throw new RangeError('cb'); }), /cb/);
assert.strictEqual(state.closed, 1);
state = closable();
const badKey = { toString() { throw new RangeError('k'); } };
assert.throws(() => Object.groupBy(state.iterable, () => badKey), /k/);
assert.strictEqual(state.closed, 1);
state = closable();
assert.throws(() => Map.groupBy(state.iterable, () => { throw new RangeError('cb'); }), /cb/);
assert.strictEqual(state.closed, 1);

// Map.groupBy: SameValueZero keys (NaN groups, -0 becomes +0), object keys kept as they are.
const map = Map.groupBy([1, 2, 3, 4], (x) => (x > 2 ? -0 : NaN));
assert.ok(map instanceof Map);
assert.strictEqual(Object.getPrototypeOf(map), Map.prototype);
assert.deepStrictEqual([...map], [[NaN, [1, 2]], [0, [3, 4]]]);
assert.ok(Object.is([...map.keys()][1], 0));
const objectKey = {};
assert.deepStrictEqual(Map.groupBy([1, 2], () => objectKey).get(objectKey), [1, 2]);
assert.strictEqual(Map.groupBy([1], () => ({})).size, 1);
