'use strict';
// Inside an I/O callback (poll phase) the order is fixed: the callback's nextTicks, then its
// microtasks, then setImmediate (check phase of this iteration), and setTimeout(0) only in the
// next iteration's timers phase.

const assert = require('assert');
const fs = require('fs');

const order = [];
let called = 0;
fs.readFile(__filename, 'utf8', (err, text) => {
  called++;
  assert.ifError(err);
  assert.ok(text.includes('I/O callback'));
  setTimeout(() => order.push('timeout'), 0);
  setImmediate(() => order.push('immediate'));
  Promise.resolve().then(() => order.push('promise'));
  process.nextTick(() => order.push('tick'));
  order.push('io');
});

process.on('exit', () => {
  assert.strictEqual(called, 1);
  assert.deepStrictEqual(order, ['io', 'tick', 'promise', 'immediate', 'timeout']);
});
