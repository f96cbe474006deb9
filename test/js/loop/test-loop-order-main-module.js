'use strict';
// In the main module, after the script returns: every process.nextTick callback runs first, then
// the promise microtasks, and only then the timers and immediates. setTimeout(0) vs setImmediate is
// not ordered here (it depends on how long start-up took), so only their set is checked.

const assert = require('assert');

const order = [];
setTimeout(() => order.push('timeout'), 0);
setImmediate(() => order.push('immediate'));
Promise.resolve().then(() => order.push('promise1'));
process.nextTick(() => order.push('tick1'));
queueMicrotask(() => order.push('microtask'));
Promise.resolve().then(() => order.push('promise2'));
process.nextTick(() => order.push('tick2'));
order.push('sync');

process.on('exit', () => {
  assert.deepStrictEqual(order.slice(0, 6),
                         ['sync', 'tick1', 'tick2', 'promise1', 'microtask', 'promise2']);
  assert.deepStrictEqual(order.slice(6).sort(), ['immediate', 'timeout']);
});
