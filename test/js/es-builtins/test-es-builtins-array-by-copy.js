'use strict';
// ES2023 change-array-by-copy: Array.prototype.toSorted, toReversed, toSpliced, with.
// Expected values follow the spec (checked against Node 24); Node 20 has these built-ins too.
const assert = require('assert');

function checkMethod(target, key, length) {
  const desc = Object.getOwnPropertyDescriptor(target, key);
  assert.strictEqual(typeof desc.value, 'function');
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.value.name, key);
  assert.strictEqual(desc.value.length, length);
  assert.strictEqual(Object.hasOwn(desc.value, 'prototype'), false);
  assert.throws(() => new desc.value(), TypeError);
}
checkMethod(Array.prototype, 'toSorted', 1);
checkMethod(Array.prototype, 'toReversed', 0);
checkMethod(Array.prototype, 'toSpliced', 2);
checkMethod(Array.prototype, 'with', 2);
for (const key of ['toSorted', 'toReversed', 'toSpliced']) {
  assert.strictEqual(Array.prototype[Symbol.unscopables][key], true);
}

// Results are new dense arrays; holes read as undefined; the receiver is untouched.
const source = [3, undefined, 1, , 2];
assert.deepStrictEqual(source.toSorted(), [1, 2, 3, undefined, undefined]);
assert.deepStrictEqual(source, [3, undefined, 1, , 2]);
assert.deepStrictEqual([3, 1, 2].toSorted((a, b) => b - a), [3, 2, 1]);
assert.deepStrictEqual([10, 9, 1].toSorted(), [1, 10, 9]);  // string order by default
assert.deepStrictEqual([1, , 3].toReversed(), [3, undefined, 1]);
assert.ok(1 in [1, , 3].toReversed());
assert.deepStrictEqual([1, 2, 3].with(-1, 9), [1, 2, 9]);
assert.deepStrictEqual([1, , 3].with(0, 0), [0, undefined, 3]);
assert.deepStrictEqual([1, 2, 3].with('1.7', 'x'), [1, 'x', 3]);
assert.deepStrictEqual([1, 2, 3, 4].toSpliced(1, 2, 'a', 'b', 'c'), [1, 'a', 'b', 'c', 4]);
assert.deepStrictEqual([1, 2, 3].toSpliced(), [1, 2, 3]);
assert.deepStrictEqual([1, 2, 3].toSpliced(1), [1]);
assert.deepStrictEqual([1, 2, 3].toSpliced(-2, 1), [1, 3]);
assert.deepStrictEqual([1, 2, 3].toSpliced(undefined, undefined), [1, 2, 3]);
assert.deepStrictEqual([1, 2, 3].toSpliced(1, 100, 'x'), [1, 'x']);
assert.deepStrictEqual([1, 2, 3].toSpliced(1, -1, 'x'), [1, 'x', 2, 3]);
assert.deepStrictEqual([, 1, , 2].toSpliced(0, 0), [undefined, 1, undefined, 2]);

// Errors.
assert.throws(() => [].toSorted(null), TypeError);
assert.throws(() => [].toSorted({}), TypeError);
assert.throws(() => [1, 2, 3].with(3, 0), RangeError);
assert.throws(() => [1, 2, 3].with(-4, 0), RangeError);
assert.throws(() => [1].with(Infinity, 0), RangeError);
for (const key of ['toSorted', 'toReversed', 'toSpliced', 'with']) {
  assert.throws(() => Array.prototype[key].call(null, 0), TypeError);
  assert.throws(() => Array.prototype[key].call(undefined, 0), TypeError);
}
assert.throws(() => Array.prototype.toSorted.call({ length: 2 ** 32 }), RangeError);
assert.throws(() => Array.prototype.toReversed.call({ length: 2 ** 32 }), RangeError);
assert.throws(() => Array.prototype.toSpliced.call({ length: 2 ** 53 - 1 }, 0, 0, 1), TypeError);
assert.throws(() => Array.prototype.toSpliced.call({ length: 2 ** 32 - 1 }, 0, 0, 1), RangeError);

// Array-likes and primitives.
assert.deepStrictEqual(Array.prototype.toReversed.call('abc'), ['c', 'b', 'a']);
assert.deepStrictEqual(Array.prototype.toReversed.call(true), []);
assert.deepStrictEqual(Array.prototype.with.call({ length: 2, 0: 'a' }, 1, 'b'), ['a', 'b']);
assert.deepStrictEqual(Array.prototype.toSorted.call({ length: '2', 0: 'b', 1: 'a', 2: 'z' }),
                       ['a', 'b']);

// Order of observable operations.
const log = [];
const spy = (object) => new Proxy(object, {
  get(target, key, receiver) {
    log.push(`get ${String(key)}`);
    return Reflect.get(target, key, receiver);
  },
});
Array.prototype.toSorted.call(spy({ length: 2, 0: 'b', 1: 'a' }));
assert.deepStrictEqual(log, ['get length', 'get 0', 'get 1']);
log.length = 0;
Array.prototype.toReversed.call(spy({ length: 3, 0: 1, 2: 3 }));
assert.deepStrictEqual(log, ['get length', 'get 2', 'get 1', 'get 0']);
log.length = 0;
const index = { valueOf() { log.push('valueOf'); return 0; } };
assert.deepStrictEqual(Array.prototype.with.call(spy({ length: 2, 0: 1, 1: 2 }), index, 5), [5, 2]);
assert.deepStrictEqual(log, ['get length', 'valueOf', 'get 1']);
log.length = 0;
assert.deepStrictEqual(
  Array.prototype.toSpliced.call(spy({ length: 4, 0: 0, 1: 1, 2: 2, 3: 3 }), 1, 2), [0, 3]);
assert.deepStrictEqual(log, ['get length', 'get 0', 'get 3']);

// All comparator calls come after every element was read; a throwing comparator stops the sort.
const reads = [];
const arrayLike = {
  length: 3,
  get 0() { reads.push(0); return 3; },
  get 1() { reads.push(1); return 1; },
  get 2() { reads.push(2); return 2; },
};
Array.prototype.toSorted.call(arrayLike, (a, b) => {
  reads.push('cmp');
  return a - b;
});
assert.deepStrictEqual(reads.slice(0, 3), [0, 1, 2]);
assert.throws(() => [2, 1].toSorted(() => { throw new RangeError('stop'); }), /stop/);

// Species is not used; the result is always a plain Array.
const withSpecies = [1, 2];
withSpecies.constructor = { [Symbol.species]: function NotArray() { return {}; } };
for (const result of [withSpecies.toSorted(), withSpecies.toReversed(), withSpecies.with(0, 0),
  withSpecies.toSpliced(0, 0)]) {
  assert.strictEqual(Object.getPrototypeOf(result), Array.prototype);
}
class MyArray extends Array {}
assert.strictEqual(MyArray.from([1]).toReversed().constructor, Array);

// Frozen receivers work (nothing is written to them).
assert.deepStrictEqual(Object.freeze([2, 1]).toSorted(), [1, 2]);
