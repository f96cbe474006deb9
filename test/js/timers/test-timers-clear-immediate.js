'use strict';
// clearImmediate cancels a pending immediate, also one queued in the same check phase from an
// earlier immediate's callback; clearing an immediate that already ran is harmless.

const assert = require('assert');

const order = [];
const a = setImmediate(() => {
  order.push('a');
  clearImmediate(b);
  clearImmediate(a);
});
const b = setImmediate(() => order.push('b'));
setImmediate(() => order.push('c'));
clearImmediate(setImmediate(() => order.push('never')));
clearImmediate(null);
clearImmediate(undefined);

process.on('exit', () => assert.deepStrictEqual(order, ['a', 'c']));
