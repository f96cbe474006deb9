'use strict';
// ES2025 iterator helpers on Iterator.prototype: map, filter, take, drop, flatMap (lazy helpers)
// and reduce, toArray, forEach, some, every, find. Node 20 lacks them: there the test has nothing
// to check and exits 0. Expected values follow the spec (checked against Node 24).
const assert = require('assert');
// Only a runtime without the feature may skip: under tide a missing built-in must fail.
if (!process.versions.tide && (typeof globalThis.Iterator !== 'function')) process.exit(0);

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
assert.strictEqual(Iterator.prototype, IteratorPrototype);
const lengths = { map: 1, filter: 1, take: 1, drop: 1, flatMap: 1, reduce: 1, toArray: 0,
  forEach: 1, some: 1, every: 1, find: 1 };
for (const [key, length] of Object.entries(lengths)) {
  const desc = Object.getOwnPropertyDescriptor(IteratorPrototype, key);
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.value.name, key);
  assert.strictEqual(desc.value.length, length);
  assert.strictEqual(Object.hasOwn(desc.value, 'prototype'), false);
  assert.throws(() => new desc.value(() => {}), TypeError);
  assert.throws(() => desc.value.call(1, () => true), TypeError);
  assert.throws(() => desc.value.call(null, () => true), TypeError);
}

const values = (...list) => list.values();
// An iterator that counts what is done to it.
function counting(limit = Infinity) {
  const calls = { next: 0, return: 0 };
  const iterator = {
    __proto__: IteratorPrototype,
    i: 0,
    next() {
      calls.next++;
      return this.i < limit ? { value: this.i++, done: false } : { value: undefined, done: true };
    },
    return() {
      calls.return++;
      return {};
    },
  };
  return { iterator, calls };
}

// Results.
assert.deepStrictEqual(values(1, 2, 3).map((x, i) => x * 10 + i).toArray(), [10, 21, 32]);
assert.deepStrictEqual(values(1, 2, 3, 4).filter((x, i) => x % 2 === 0).toArray(), [2, 4]);
assert.deepStrictEqual(values(1, 2, 3).take(2).toArray(), [1, 2]);
assert.deepStrictEqual(values(1, 2).take(5).toArray(), [1, 2]);
assert.deepStrictEqual(values(1, 2).take(0).toArray(), []);
assert.deepStrictEqual(values(1).take(Infinity).toArray(), [1]);
assert.deepStrictEqual(values(1, 2, 3).drop(2).toArray(), [3]);
assert.deepStrictEqual(values(1, 2).drop(5).toArray(), []);
assert.deepStrictEqual(values(1, 2).drop(Infinity).toArray(), []);
assert.deepStrictEqual(values(1, 2).flatMap((x) => [x, x * 2]).toArray(), [1, 2, 2, 4]);
assert.deepStrictEqual(values(1).flatMap(() => new String('ab')).toArray(), ['a', 'b']);
assert.deepStrictEqual(values(1).flatMap(() => counting(2).iterator).toArray(), [0, 1]);
assert.deepStrictEqual(values(1, 2, 3).reduce((a, b) => a + b), 6);
assert.deepStrictEqual(values(1, 2, 3).reduce((a, b, i) => a + b * i, 100), 108);
assert.deepStrictEqual(values().reduce((a) => a, 5), 5);
const each = [];
assert.strictEqual(values('a', 'b').forEach((x, i) => each.push(x + i)), undefined);
assert.deepStrictEqual(each, ['a0', 'b1']);
assert.strictEqual(values(1, 2).some((x) => x > 1), true);
assert.strictEqual(values(1, 2).some((x) => x > 5), false);
assert.strictEqual(values(1, 2).every((x) => x > 0), true);
assert.strictEqual(values(1, 2).every((x) => x > 1), false);
assert.strictEqual(values(1, 2, 3).find((x) => x > 1), 2);
assert.strictEqual(values(1).find((x) => x > 1), undefined);
const gen = function* () { yield 1; yield 2; };
assert.deepStrictEqual(gen().map((x) => -x).toArray(), [-1, -2]);
assert.deepStrictEqual(new Set([1, 2]).values().filter((x) => x > 1).toArray(), [2]);

// Argument errors; a bad callback or limit closes the receiver and does not read its next.
assert.throws(() => values().reduce((a) => a), TypeError);
for (const [key, arg, error] of [['map', 1, TypeError], ['filter', {}, TypeError],
  ['flatMap', null, TypeError], ['take', -1, RangeError], ['take', 'x', RangeError],
  ['drop', -1.5, RangeError], ['drop', NaN, RangeError], ['reduce', 1, TypeError],
  ['forEach', 1, TypeError], ['some', 1, TypeError], ['every', 1, TypeError],
  ['find', 1, TypeError]]) {
  let nextReads = 0;
  let closed = 0;
  const iterator = {
    __proto__: IteratorPrototype,
    get next() { nextReads++; return () => ({ done: true }); },
    return() { closed++; return {}; },
  };
  assert.throws(() => iterator[key](arg), error, key);
  assert.deepStrictEqual([nextReads, closed], [0, 1], key);
}
assert.throws(() => values().take(Symbol()), TypeError);
assert.throws(() => values().take(1n), TypeError);
assert.deepStrictEqual(values(1, 2).drop(-0.5).toArray(), [1, 2]);  // -0.5 truncates to 0

// Helpers are lazy: creating one reads `next` once and calls nothing.
{
  const { iterator, calls } = counting();
  const helper = iterator.map((x) => x);
  assert.deepStrictEqual(calls, { next: 0, return: 0 });
  assert.deepStrictEqual(helper.next(), { value: 0, done: false });
  assert.deepStrictEqual(calls, { next: 1, return: 0 });
}

// The helper object: %IteratorHelperPrototype%.
const helper = values(1).map((x) => x);
const HelperPrototype = Object.getPrototypeOf(helper);
assert.strictEqual(Object.getPrototypeOf(HelperPrototype), IteratorPrototype);
assert.deepStrictEqual(Reflect.ownKeys(HelperPrototype), ['next', 'return', Symbol.toStringTag]);
assert.strictEqual(Object.prototype.toString.call(helper), '[object Iterator Helper]');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(HelperPrototype, Symbol.toStringTag),
                       { value: 'Iterator Helper', writable: false, enumerable: false,
                         configurable: true });
for (const key of ['next', 'return']) {
  const desc = Object.getOwnPropertyDescriptor(HelperPrototype, key);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.value.length, 0);
  assert.strictEqual(desc.value.name, key);
  assert.throws(() => desc.value.call({}), TypeError);
  assert.throws(() => desc.value.call(values()), TypeError);
}
for (const make of [(it) => it.map((x) => x), (it) => it.filter(() => true), (it) => it.take(5),
  (it) => it.drop(0), (it) => it.flatMap((x) => [x])]) {
  assert.strictEqual(Object.getPrototypeOf(make(values())), HelperPrototype);
}
assert.deepStrictEqual(helper.next(), { value: 1, done: false });
assert.deepStrictEqual(helper.next(), { value: undefined, done: true });
assert.deepStrictEqual(helper.next(), { value: undefined, done: true });

// Callbacks get (value, counter) and `this` undefined.
const seen = [];
values('a', 'b').map(function(v, i) { seen.push([v, i, this]); }).toArray();
values('a', 'b').filter(function(v, i) { seen.push([v, i, this]); }).toArray();
assert.deepStrictEqual(seen, [['a', 0, undefined], ['b', 1, undefined], ['a', 0, undefined],
  ['b', 1, undefined]]);

// return(): before the first next closes the source; after a yield it closes the source; after
// completion it does nothing.
{
  const { iterator, calls } = counting();
  const h = iterator.map((x) => x);
  assert.deepStrictEqual(h.return(), { value: undefined, done: true });
  assert.strictEqual(calls.return, 1);
  assert.deepStrictEqual(h.next(), { value: undefined, done: true });
  assert.strictEqual(calls.next, 0);
}
{
  const { iterator, calls } = counting();
  const h = iterator.filter(() => true);
  h.next();
  assert.deepStrictEqual(h.return(), { value: undefined, done: true });
  assert.deepStrictEqual(h.next(), { value: undefined, done: true });
  assert.deepStrictEqual(h.return(), { value: undefined, done: true });
  assert.deepStrictEqual(calls, { next: 1, return: 1 });
}
{
  // An error from the source's return() propagates and the helper is done.
  const source = { __proto__: IteratorPrototype, next: () => ({ value: 1, done: false }),
    return() { throw new RangeError('from return'); } };
  const h = source.map((x) => x);
  h.next();
  assert.throws(() => h.return(), /from return/);
  assert.deepStrictEqual(h.next(), { value: undefined, done: true });
  const source2 = { __proto__: IteratorPrototype, next: () => ({ value: 1, done: false }),
    return: () => 1 };
  const h2 = source2.map((x) => x);
  h2.next();
  assert.throws(() => h2.return(), TypeError);  // a non-object result
}
{
  // flatMap closes the inner iterator, then the outer one.
  const order = [];
  const inner = { next: () => ({ value: 1, done: false }),
    return() { order.push('inner'); return {}; } };
  const outer = { __proto__: IteratorPrototype, next: () => ({ value: 0, done: false }),
    return() { order.push('outer'); return {}; } };
  const h = outer.flatMap(() => inner);
  h.next();
  h.return();
  assert.deepStrictEqual(order, ['inner', 'outer']);
  assert.throws(() => values(1).flatMap(() => 1).next(), TypeError);  // primitives are rejected
  assert.throws(() => values(1).flatMap(() => 'ab').next(), TypeError);  // strings too
}

// A throwing callback closes the source (errors of its return() are ignored); a throwing or
// broken next() does not close it.
{
  let closed = 0;
  const source = { __proto__: IteratorPrototype, next: () => ({ value: 1, done: false }),
    return() { closed++; throw new Error('ignored'); } };
  assert.throws(() => source.map(() => { throw new RangeError('mapper'); }).next(), /mapper/);
  assert.throws(() => source.filter(() => { throw new RangeError('pred'); }).next(), /pred/);
  assert.throws(() => source.flatMap(() => { throw new RangeError('fm'); }).next(), /fm/);
  assert.throws(() => source.reduce(() => { throw new RangeError('red'); }, 0), /red/);
  assert.throws(() => source.forEach(() => { throw new RangeError('each'); }), /each/);
  assert.throws(() => source.some(() => { throw new RangeError('some'); }), /some/);
  assert.strictEqual(closed, 6);
  let closed2 = 0;
  const broken = { __proto__: IteratorPrototype, next() { throw new RangeError('next'); },
    return() { closed2++; return {}; } };
  assert.throws(() => broken.map((x) => x).next(), /next/);
  const notObjects = { __proto__: IteratorPrototype, next: () => 1 };
  assert.throws(() => notObjects.map((x) => x).next(), TypeError);
  assert.strictEqual(closed2, 0);
}

// A helper cannot be resumed while it runs.
{
  let h;
  const source = { __proto__: IteratorPrototype, next: () => ({ value: 1, done: false }) };
  let inner;
  h = source.map((x) => {
    try {
      h.next();
    } catch (error) {
      inner = error;
    }
    return x;
  });
  assert.deepStrictEqual(h.next(), { value: 1, done: false });
  assert.ok(inner instanceof TypeError);
}

// take() closes the source when the limit is reached; drop() skips results without reading value.
{
  const { iterator, calls } = counting();
  const h = iterator.take(1);
  assert.deepStrictEqual(h.next(), { value: 0, done: false });
  assert.deepStrictEqual(h.next(), { value: undefined, done: true });
  assert.deepStrictEqual(calls, { next: 1, return: 1 });
  const reads = [];
  const source = { __proto__: IteratorPrototype, i: 0,
    next() {
      const i = this.i++;
      return { done: false, get value() { reads.push(i); return i; } };
    } };
  assert.deepStrictEqual(source.drop(2).next(), { value: 2, done: false });
  assert.deepStrictEqual(reads, [2]);
}

// some/every/find close the source when they stop early.
{
  const { iterator, calls } = counting();
  assert.strictEqual(iterator.some((x) => x === 2), true);
  assert.strictEqual(iterator.every((x) => x < 5), false);
  assert.strictEqual(iterator.find((x) => x > 6), 7);
  assert.strictEqual(calls.return, 3);
}
