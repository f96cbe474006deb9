'use strict';
// Array.fromAsync (in Node 22): async iterables, sync iterables with awaited values, array-likes,
// mapfn/thisArg, and the spec's order of awaits. Node 20 lacks it: there the test has nothing to
// check and exits 0. Expected values follow the spec (checked against Node 24).
const assert = require('assert');
// Only a runtime without the feature may skip: under tide a missing built-in must fail.
if (!process.versions.tide && (typeof Array.fromAsync !== 'function')) process.exit(0);

const desc = Object.getOwnPropertyDescriptor(Array, 'fromAsync');
assert.deepStrictEqual([desc.writable, desc.enumerable, desc.configurable], [true, false, true]);
assert.strictEqual(desc.value.name, 'fromAsync');
assert.strictEqual(desc.value.length, 1);
assert.strictEqual(Object.hasOwn(desc.value, 'prototype'), false);
assert.throws(() => new Array.fromAsync([]), TypeError);
assert.strictEqual(Object.getPrototypeOf(Array.fromAsync), Function.prototype);

// Microtask turns until `promise` settles, counted against a chain of empty turns.
async function turnsUntil(promise) {
  const order = [];
  let turn = 0;
  const tick = () => {
    order.push(turn++);
    if (turn < 30) return Promise.resolve().then(tick);
  };
  await Promise.all([promise.then(() => order.push('done')), Promise.resolve().then(tick)]);
  return order.indexOf('done');
}

let finished = false;
(async () => {
  assert.deepStrictEqual(await Array.fromAsync([1, Promise.resolve(2), 3]), [1, 2, 3]);
  assert.deepStrictEqual(await Array.fromAsync([1, 2], async (x, i) => x * 10 + i), [10, 21]);
  assert.deepStrictEqual(await Array.fromAsync([1], function() { return this.v; }, { v: 7 }), [7]);
  async function* gen() {
    yield 1;
    yield Promise.resolve(2);
  }
  assert.deepStrictEqual(await Array.fromAsync(gen()), [1, 2]);
  assert.deepStrictEqual(await Array.fromAsync({ length: 2, 0: Promise.resolve('a'), 1: 'b' }),
                         ['a', 'b']);
  assert.deepStrictEqual(await Array.fromAsync('ab'), ['a', 'b']);
  assert.deepStrictEqual(await Array.fromAsync({ length: 0 }), []);

  // Errors reject; nothing is thrown synchronously.
  const bad = Array.fromAsync([], 5);
  assert.ok(bad instanceof Promise);
  await assert.rejects(bad, TypeError);
  await assert.rejects(Array.fromAsync(null), TypeError);
  await assert.rejects(Array.fromAsync(undefined), TypeError);
  await assert.rejects(Array.fromAsync({ [Symbol.asyncIterator]: 1 }), TypeError);
  await assert.rejects(Array.fromAsync({ [Symbol.iterator]() { return 1; } }), TypeError);
  await assert.rejects(Array.fromAsync([Promise.reject(new RangeError('element'))]), /element/);

  // The this value: constructors are used (with the length for array-likes), others give arrays.
  function Collector(...args) { this.args = args; }
  const fromIterable = await Array.fromAsync.call(Collector, [1, 2]);
  assert.ok(fromIterable instanceof Collector);
  assert.deepStrictEqual([fromIterable.args, fromIterable.length, fromIterable[1]], [[], 2, 2]);
  const fromArrayLike = await Array.fromAsync.call(Collector, { length: 2, 0: 1, 1: 2 });
  assert.deepStrictEqual([fromArrayLike.args, fromArrayLike.length], [[2], 2]);
  assert.ok(Array.isArray(await Array.fromAsync.call({}, [1])));
  assert.ok(Array.isArray(await Array.fromAsync.call(() => {}, [1])));

  // Lookup order: @@asyncIterator, then @@iterator; array-likes read length once, then indices.
  const reads = [];
  const spied = new Proxy([1], {
    get(target, key, receiver) {
      reads.push(String(key));
      return Reflect.get(target, key, receiver);
    },
  });
  await Array.fromAsync(spied);
  assert.deepStrictEqual(reads, ['Symbol(Symbol.asyncIterator)', 'Symbol(Symbol.iterator)',
    'length', '0', 'length']);

  // A rejected value from a sync iterator closes it; a throwing mapfn closes an async iterator.
  let closedSync = 0;
  const sync = { [Symbol.iterator]: () => ({
    next: () => ({ value: Promise.reject(new RangeError('value')), done: false }),
    return() { closedSync++; return {}; },
  }) };
  await assert.rejects(Array.fromAsync(sync), /value/);
  assert.ok(closedSync > 0);
  let closedAsync = 0;
  const asyncIterable = { [Symbol.asyncIterator]: () => ({
    next: () => Promise.resolve({ value: 1, done: false }),
    return() { closedAsync++; return Promise.resolve({}); },
  }) };
  const throwing = () => { throw new RangeError('map'); };
  await assert.rejects(Array.fromAsync(asyncIterable, throwing), /map/);
  assert.strictEqual(closedAsync, 1);

  // Ordering of awaits: each sync value costs two turns, each array-like element one (plus one
  // for the mapped value), as the spec's chain of promises does.
  assert.strictEqual(await turnsUntil(Array.fromAsync([1, 2])), 6);
  assert.strictEqual(await turnsUntil(Array.fromAsync({ length: 2, 0: 1, 1: 2 })), 2);
  assert.strictEqual(await turnsUntil(Array.fromAsync({ length: 2, 0: 1, 1: 2 }, (x) => x)), 4);
  assert.strictEqual(await turnsUntil(Array.fromAsync(gen())), 5);
  finished = true;
})();
process.on('exit', () => assert.ok(finished, 'the async checks ran to the end'));
