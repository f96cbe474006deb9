'use strict';
// Since Node 11, the nextTick and microtask queues drain after every setImmediate callback, not
// once after the whole check phase.

const assert = require('assert');

const order = [];
for (const name of ['a', 'b', 'c']) {
  setImmediate(() => {
    order.push(`immediate-${name}`);
    Promise.resolve().then(() => order.push(`promise-${name}`));
    process.nextTick(() => order.push(`tick-${name}`));
  });
}

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'immediate-a', 'tick-a', 'promise-a',
    'immediate-b', 'tick-b', 'promise-b',
    'immediate-c', 'tick-c', 'promise-c',
  ]);
});
