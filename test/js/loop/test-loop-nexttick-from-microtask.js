'use strict';
// A nextTick queued from inside a promise callback waits until the whole microtask queue is empty
// (including microtasks queued meanwhile), then runs before the next macrotask.

const assert = require('assert');

const order = [];
Promise.resolve().then(() => {
  order.push('promise1');
  process.nextTick(() => order.push('tick-from-promise'));
  Promise.resolve().then(() => order.push('promise-from-promise'));
});
Promise.resolve().then(() => order.push('promise2'));
setImmediate(() => order.push('immediate'));

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'promise1', 'promise2', 'promise-from-promise', 'tick-from-promise', 'immediate',
  ]);
});
