'use strict';
// Inside a timer callback, clearing the running timer is harmless, and clearing a later timer
// due in the same list (same expiry) or another list stops it from running.

const assert = require('assert');

const order = [];
const first = setTimeout(() => {
  order.push('first');
  clearTimeout(first);   // itself, while running
  clearTimeout(second);  // same duration list, due now
  clearTimeout(other);   // another duration list
}, 2);
const second = setTimeout(() => order.push('second'), 2);
const other = setTimeout(() => order.push('other'), 20);
setTimeout(() => order.push('third'), 2);

// An interval clearing itself from its own callback runs exactly once.
const iv = setInterval(() => { order.push('interval'); clearInterval(iv); }, 2);

process.on('exit', () => {
  assert.deepStrictEqual(order, ['first', 'third', 'interval']);
});
