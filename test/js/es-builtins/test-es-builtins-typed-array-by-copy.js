'use strict';
// ES2023 change-array-by-copy on typed arrays: %TypedArray%.prototype.toSorted, toReversed, with.
// Expected values follow the spec (checked against Node 24); Node 20 has these built-ins too.
const assert = require('assert');

const TypedArrayPrototype = Object.getPrototypeOf(Int8Array.prototype);
for (const [key, length] of [['toSorted', 1], ['toReversed', 0], ['with', 2]]) {
  const desc = Object.getOwnPropertyDescriptor(TypedArrayPrototype, key);
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.value.name, key);
  assert.strictEqual(desc.value.length, length);
  assert.strictEqual(Object.hasOwn(desc.value, 'prototype'), false);
  assert.throws(() => desc.value.call([1, 2], 0, 0), TypeError);  // not a typed array
  assert.throws(() => desc.value.call({}, 0, 0), TypeError);
}

const sorted = new Float64Array([3, NaN, -0, 0, -1]).toSorted();
assert.ok(sorted instanceof Float64Array);
assert.deepStrictEqual(Array.from(sorted, (x) => (Object.is(x, -0) ? '-0' : x)),
                       [-1, '-0', 0, 3, NaN]);
assert.deepStrictEqual(new Int8Array([1, 2, 3]).toSorted((a, b) => b - a),
                       new Int8Array([3, 2, 1]));
assert.throws(() => new Int8Array(1).toSorted({}), TypeError);
assert.throws(() => new Int8Array(1).toSorted(null), TypeError);

const source = new Uint16Array([1, 2, 3]);
assert.deepStrictEqual(source.toReversed(), new Uint16Array([3, 2, 1]));
assert.deepStrictEqual(source, new Uint16Array([1, 2, 3]));

// with(): coerces the value for the element type, range-checks the index.
assert.deepStrictEqual(new Uint8Array([1, 2, 3]).with(-1, 300), new Uint8Array([1, 2, 44]));
assert.deepStrictEqual(new Uint8ClampedArray([1, 2]).with(0, 300), new Uint8ClampedArray([255, 2]));
assert.deepStrictEqual(new Uint8Array([1, 2]).with(0, { valueOf() { return 7; } }),
                       new Uint8Array([7, 2]));
assert.deepStrictEqual(new BigInt64Array([1n, 2n]).with(0, '5'), new BigInt64Array([5n, 2n]));
assert.deepStrictEqual(new BigUint64Array([1n]).with(0, -1n), new BigUint64Array([2n ** 64n - 1n]));
assert.throws(() => new BigInt64Array([1n]).with(0, 5), TypeError);  // ToBigInt rejects Numbers
assert.throws(() => new Uint8Array([1, 2]).with(2, 0), RangeError);
assert.throws(() => new Uint8Array([1, 2]).with(-3, 0), RangeError);
assert.throws(() => new Uint8Array([1]).with(0, Symbol()), TypeError);

// Value coercion happens before the range check.
const order = [];
assert.throws(() => new Uint8Array(1).with(
  { valueOf() { order.push('index'); return 5; } },
  { valueOf() { order.push('value'); return 1; } }), RangeError);
// Node 20's V8 (11.x) coerced the value first; the spec (and Node 22+) coerce the index first.
if (parseInt(process.versions.v8, 10) !== 11) assert.deepStrictEqual(order, ['index', 'value']);

// The result has the receiver's own type, never its species.
const withSpecies = new Uint8Array(2);
withSpecies.constructor = { [Symbol.species]: Int8Array };
for (const result of [withSpecies.toSorted(), withSpecies.toReversed(), withSpecies.with(0, 1)]) {
  assert.strictEqual(Object.getPrototypeOf(result), Uint8Array.prototype);
}
class MyBytes extends Uint8Array {}
assert.strictEqual(new MyBytes(2).toReversed().constructor, Uint8Array);

for (const Type of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array]) {
  const ta = new Type([1, 3, 2]);
  assert.deepStrictEqual(ta.toSorted(), new Type([1, 2, 3]));
  assert.deepStrictEqual(ta.toReversed(), new Type([2, 3, 1]));
  assert.deepStrictEqual(ta.with(1, 0), new Type([1, 0, 2]));
}
assert.deepStrictEqual(new Int8Array(0).toReversed(), new Int8Array(0));

// A detached buffer: TypeError up front; detached by the coercion of with()'s value: RangeError.
const detached = new Uint8Array(4);
structuredClone(detached.buffer, { transfer: [detached.buffer] });
assert.throws(() => detached.toReversed(), TypeError);
assert.throws(() => detached.toSorted(), TypeError);
assert.throws(() => detached.with(0, 0), TypeError);
const detachedLater = new Uint8Array(4);
assert.throws(() => detachedLater.with(0, {
  valueOf() {
    structuredClone(detachedLater.buffer, { transfer: [detachedLater.buffer] });
    return 1;
  },
}), RangeError);
