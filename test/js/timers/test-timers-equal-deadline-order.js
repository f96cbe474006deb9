'use strict';
// Timers with the same expiry run in the order they were created, across separate lists
// (setTimeout and setInterval share the ordering) and independently of creation time within
// the same millisecond.

const assert = require('assert');

const order = [];
for (let i = 0; i < 10; i++) setTimeout(() => order.push(i), 5);
const iv = setInterval(() => { order.push('interval'); clearInterval(iv); }, 5);
setTimeout(() => order.push('last'), 5);

process.on('exit', () => {
  assert.deepStrictEqual(order, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 'interval', 'last']);
});
