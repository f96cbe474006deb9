'use strict';
// A delay of 0 (or anything below 1, or not a number) becomes 1 ms, so setTimeout(f, 0) and
// setTimeout(g, 1) share one list and run in insertion order.

const assert = require('assert');

const order = [];
const a = setTimeout(() => order.push('one'), 1);
const b = setTimeout(() => order.push('zero'), 0);
const c = setTimeout(() => order.push('negative'), -10);
const d = setTimeout(() => order.push('default'));
assert.strictEqual(a._idleTimeout, 1);
assert.strictEqual(b._idleTimeout, 1);
assert.strictEqual(c._idleTimeout, 1);
assert.strictEqual(d._idleTimeout, 1);

process.on('exit', () => {
  assert.deepStrictEqual(order, ['one', 'zero', 'negative', 'default']);
});
