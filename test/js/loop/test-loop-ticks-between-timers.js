'use strict';
// Since Node 11, the nextTick and microtask queues drain after every timer callback, not once
// after the whole timers phase: two timers due together interleave with their ticks.

const assert = require('assert');

const order = [];
for (const name of ['a', 'b', 'c']) {
  setTimeout(() => {
    order.push(`timer-${name}`);
    process.nextTick(() => order.push(`tick-${name}`));
    Promise.resolve().then(() => order.push(`promise-${name}`));
  }, 5);
}

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'timer-a', 'tick-a', 'promise-a',
    'timer-b', 'tick-b', 'promise-b',
    'timer-c', 'tick-c', 'promise-c',
  ]);
});
