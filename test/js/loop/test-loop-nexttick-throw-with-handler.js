'use strict';
// An exception thrown by a nextTick callback goes to 'uncaughtException'; with a handler the
// process goes on: the remaining ticks (in order), microtasks and timers still run. When the rest
// of the tick queue runs is not fixed (in Node it may be after the next timer), so only the
// relative order of the ticks and the promise is checked.

const assert = require('assert');

const order = [];
let caught = 0;
process.on('uncaughtException', (err, origin) => {
  caught++;
  assert.strictEqual(err.message, 'tick boom');
  assert.strictEqual(origin, 'uncaughtException');
  order.push('handler');
});
process.nextTick(() => { order.push('tick1'); throw new Error('tick boom'); });
process.nextTick(() => order.push('tick2'));
Promise.resolve().then(() => order.push('promise'));
setTimeout(() => order.push('timeout'), 1);

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(caught, 1);
  assert.deepStrictEqual(order.slice(0, 2), ['tick1', 'handler']);
  assert.deepStrictEqual(order.filter((e) => e !== 'timeout'), ['tick1', 'handler', 'tick2', 'promise']);
  assert.ok(order.includes('timeout'));
});
