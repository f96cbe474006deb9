'use strict';
// A setImmediate queued while the check phase runs is not run in that phase: it waits for the next
// loop iteration, after that iteration's timers. Immediate B busy-waits past the 1 ms timer queued
// by A, so the next timers phase must run it before immediate C.

const assert = require('assert');

const order = [];
setImmediate(() => {
  order.push('A');
  setImmediate(() => order.push('C'));
  setTimeout(() => order.push('timeout'), 1);
});
setImmediate(() => {
  order.push('B');
  const end = Date.now() + 10;
  while (Date.now() < end);
});

process.on('exit', () => {
  assert.deepStrictEqual(order, ['A', 'B', 'timeout', 'C']);
});
