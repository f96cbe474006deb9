'use strict';
// ES2025 Set methods (union, intersection, difference, symmetricDifference, isSubsetOf,
// isSupersetOf, isDisjointFrom) with the GetSetRecord protocol. Node 20 lacks them: there the test
// has nothing to check and exits 0. Expected values follow the spec (checked against Node 24).
const assert = require('assert');
// Only a runtime without the feature may skip: under tide a missing built-in must fail.
if (!process.versions.tide && (typeof Set.prototype.union !== 'function')) process.exit(0);

const methods = ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf',
  'isSupersetOf', 'isDisjointFrom'];
const S = (...values) => new Set(values);
const setLike = (values, overrides) => ({
  size: values.length,
  has: (v) => values.includes(v),
  keys: () => values[Symbol.iterator](),
  ...overrides,
});

for (const key of methods) {
  const desc = Object.getOwnPropertyDescriptor(Set.prototype, key);
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.value.name, key);
  assert.strictEqual(desc.value.length, 1);
  assert.strictEqual(Object.hasOwn(desc.value, 'prototype'), false);
  assert.throws(() => new desc.value(S()), TypeError);
  // The receiver must be a real Set; the argument a set-like object.
  assert.throws(() => desc.value.call(new Map(), S()), TypeError);
  assert.throws(() => desc.value.call({ size: 0, has() {}, keys() {} }, S()), TypeError);
  assert.throws(() => S()[key]([1]), TypeError);  // arrays have no size
  assert.throws(() => S()[key](1), TypeError);
  assert.throws(() => S()[key]({ has() {}, keys() {} }), TypeError);  // size undefined -> NaN
  assert.throws(() => S()[key]({ size: 'x', has() {}, keys() {} }), TypeError);
  assert.throws(() => S()[key]({ size: -1, has() {}, keys() {} }), RangeError);
  assert.throws(() => S()[key]({ size: 1n, has() {}, keys() {} }), TypeError);
  assert.throws(() => S()[key]({ size: 1, has: 1, keys() {} }), TypeError);
  assert.throws(() => S()[key]({ size: 1, has() {} }), TypeError);
}

assert.deepStrictEqual(S(1, 2).union(S(2, 3)), S(1, 2, 3));
assert.deepStrictEqual([...S(3, 1).union(S(2, 3))], [3, 1, 2]);
assert.deepStrictEqual(S(1).union(new Map([[2, 'x']])), S(1, 2));  // a Map is set-like by its keys
// In this set's order when it is not larger than the other, else in the other's order.
assert.deepStrictEqual([...S(1, 2, 3).intersection(S(3, 2, 1))], [1, 2, 3]);
assert.deepStrictEqual([...S(1, 2, 3).intersection(S(3, 2, 4, 5))], [2, 3]);
assert.deepStrictEqual([...S(1, 2, 3).intersection(S(3, 2))], [3, 2]);
assert.deepStrictEqual(S(1, 2, 3).difference(S(2)), S(1, 3));
assert.deepStrictEqual(S(1, 2).difference(S(5, 6, 7, 1)), S(2));
assert.deepStrictEqual([...S(1, 2, 3).symmetricDifference(S(3, 4))], [1, 2, 4]);
assert.deepStrictEqual([S(1).isSubsetOf(S(1, 2)), S(1, 3).isSubsetOf(S(1, 2)), S().isSubsetOf(S())],
                       [true, false, true]);
assert.deepStrictEqual([S(1, 2).isSupersetOf(S(1)), S(1).isSupersetOf(S(1, 2)),
  S(1, 2).isSupersetOf(S(3, 4))], [true, false, false]);
assert.deepStrictEqual([S(1, 2).isDisjointFrom(S(3)), S(1, 2).isDisjointFrom(S(2, 3, 4)),
  S(1, 2, 3).isDisjointFrom(S(2))], [true, false, false]);

// Results are new plain Sets, whatever the receiver's subclass.
class MySet extends Set {}
const result = new MySet([1]).union(S(2));
assert.strictEqual(Object.getPrototypeOf(result), Set.prototype);
assert.notStrictEqual(S(1).union(S()), S(1));

// -0 from the other set's keys becomes +0.
const zero = [...S().union(setLike([-0]))][0];
assert.ok(Object.is(zero, 0));
assert.ok(Object.is([...S(0).intersection(setLike([-0, 1, 2]))][0], 0));

// size: Infinity is allowed (a predicate-like set) and makes this the smaller side.
const everything = { size: Infinity, has: () => true, keys() { throw new Error(); } };
assert.strictEqual(S(1, 2).isSubsetOf(everything), true);
assert.deepStrictEqual(S(1, 2).intersection({ size: Infinity, has: (v) => v === 2, keys() {} }),
                       S(2));

// GetSetRecord reads size (then coerces it), has, keys, in that order, once each.
const log = [];
const observed = {
  get size() { log.push('size'); return { valueOf() { log.push('valueOf'); return 1; } }; },
  get has() { log.push('has'); return () => true; },
  get keys() { log.push('keys'); return () => [1][Symbol.iterator](); },
};
S().isSubsetOf(observed);
assert.deepStrictEqual(log, ['size', 'valueOf', 'has', 'keys']);

// Which side is iterated depends on the sizes.
const calls = [];
const tracing = (values, size) => ({
  size,
  has(v) { calls.push(`has(${v})`); return values.includes(v); },
  keys() { calls.push('keys'); return values[Symbol.iterator](); },
});
S(1, 2).intersection(tracing([2], 1));
assert.deepStrictEqual(calls, ['keys']);
calls.length = 0;
S(1, 2).intersection(tracing([2], 5));
assert.deepStrictEqual(calls, ['has(1)', 'has(2)']);
calls.length = 0;
S(1, 2).difference(tracing([2], 5));
assert.deepStrictEqual(calls, ['has(1)', 'has(2)']);
calls.length = 0;
S(1, 2, 3).isDisjointFrom(tracing([9], 1));
assert.deepStrictEqual(calls, ['keys']);

// keys() must return an object with a callable next.
assert.throws(() => S().union(setLike([], { keys: () => 1 })), TypeError);
assert.throws(() => S().union(setLike([], { keys: () => ({}) })), TypeError);
assert.throws(() => S().union(setLike([], { keys: () => ({ next: () => 1 }) })), TypeError);

// isSupersetOf and isDisjointFrom close the keys iterator when they stop early.
function endless(value, counter) {
  return {
    size: 1,
    has() {},
    keys() {
      return { next: () => ({ value, done: false }), return() { counter.closed++; return {}; } };
    },
  };
}
const counter = { closed: 0 };
assert.strictEqual(S(1).isSupersetOf(endless(9, counter)), false);
assert.strictEqual(counter.closed, 1);
assert.strictEqual(S(1, 2, 3).isDisjointFrom(endless(2, counter)), false);
assert.strictEqual(counter.closed, 2);

// Changes made by has() are seen by the iteration over this set (deleted skipped, added visited).
const live = S(1, 2, 3);
const seen = live.intersection({
  size: 10,
  has(v) {
    if (v === 1) {
      live.delete(2);
      live.add(4);
    }
    return true;
  },
  keys() {},
});
assert.deepStrictEqual([...seen], [1, 3, 4]);
// symmetricDifference copies this set after calling keys().
const mutated = S(1, 2);
assert.deepStrictEqual([...mutated.symmetricDifference({
  size: 2,
  has() {},
  keys() { mutated.add(3); return [1, 3, 5].values(); },
})], [2, 5]);
