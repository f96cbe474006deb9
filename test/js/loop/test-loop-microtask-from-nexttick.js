'use strict';
// A promise callback queued from inside a nextTick callback waits until the whole nextTick queue
// is empty (including ticks queued meanwhile); ticks always drain before microtasks.

const assert = require('assert');

const order = [];
process.nextTick(() => {
  order.push('tick1');
  Promise.resolve().then(() => order.push('promise-from-tick'));
  process.nextTick(() => order.push('tick-from-tick'));
});
process.nextTick(() => order.push('tick2'));
setImmediate(() => order.push('immediate'));

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'tick1', 'tick2', 'tick-from-tick', 'promise-from-tick', 'immediate',
  ]);
});
