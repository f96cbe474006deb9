'use strict';
// ES2024 Promise.withResolvers and ES2025 Promise.try. Node 20 lacks them: there the test has
// nothing to check and exits 0. Expected values follow the spec (checked against Node 24).
const assert = require('assert');
// Only a runtime without the feature may skip: under tide a missing built-in must fail.
if (!process.versions.tide && (typeof Promise.withResolvers !== 'function' || typeof Promise.try !== 'function')) {
  process.exit(0);
}

for (const [key, length] of [['withResolvers', 0], ['try', 1]]) {
  const desc = Object.getOwnPropertyDescriptor(Promise, key);
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.value.name, key);
  assert.strictEqual(desc.value.length, length);
  assert.strictEqual(Object.hasOwn(desc.value, 'prototype'), false);
  assert.throws(() => new desc.value(() => {}), TypeError);
  assert.throws(() => desc.value.call(1, () => {}), TypeError);
  assert.throws(() => desc.value.call(undefined, () => {}), TypeError);
  assert.throws(() => desc.value.call({}, () => {}), TypeError);  // not a constructor
}

// withResolvers: a plain object with promise, resolve, reject in that order.
const resolvers = Promise.withResolvers();
assert.deepStrictEqual(Object.keys(resolvers), ['promise', 'resolve', 'reject']);
assert.strictEqual(Object.getPrototypeOf(resolvers), Object.prototype);
assert.ok(resolvers.promise instanceof Promise);
class MyPromise extends Promise {}
assert.ok(Promise.withResolvers.call(MyPromise).promise instanceof MyPromise);

// A constructor whose executor is called twice with functions, or never: TypeError.
function twice(executor) {
  executor(() => {}, () => {});
  executor(() => {}, () => {});
}
assert.throws(() => Promise.withResolvers.call(twice), TypeError);
assert.throws(() => Promise.withResolvers.call(function never() {}), TypeError);
// A first call with undefined functions may be followed by a real one.
let calls = 0;
Promise.withResolvers.call(function lazy(executor) {
  executor(undefined, undefined);
  executor(() => calls++, () => {});
}).resolve();
assert.strictEqual(calls, 1);

// Promise.try runs the callback synchronously with the extra arguments.
const order = [];
const tried = Promise.try((a, b) => {
  order.push('callback');
  return a + b;
}, 1, 2);
order.push('after');
assert.deepStrictEqual(order, ['callback', 'after']);

// A returned promise is adopted, not returned as it is.
const inner = Promise.resolve(1);
assert.notStrictEqual(Promise.try(() => inner), inner);

let thisValue = 'unset';
Promise.try(function() { thisValue = this; });
assert.strictEqual(thisValue, undefined);

(async () => {
  resolvers.resolve(3);
  assert.strictEqual(await resolvers.promise, 3);
  const { promise, reject } = Promise.withResolvers();
  reject(new RangeError('no'));
  await assert.rejects(promise, RangeError);

  assert.strictEqual(await tried, 3);
  await assert.rejects(Promise.try(() => { throw new RangeError('thrown'); }), /thrown/);
  await assert.rejects(Promise.try(() => Promise.reject(new RangeError('rejected'))), /rejected/);
  await assert.rejects(Promise.try(5), TypeError);  // not callable: a rejection, not a throw
  assert.ok(Promise.try.call(MyPromise, () => 1) instanceof MyPromise);
})().then(() => { order.push('done'); });

process.on('exit', () => assert.strictEqual(order.at(-1), 'done'));
