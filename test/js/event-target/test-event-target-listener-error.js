'use strict';
// A listener that throws does not stop the others; its error becomes an uncaught exception on
// a later tick. A listener whose promise rejects ends the same way.
const assert = require('assert');

const et = new EventTarget();
const thrown = new Error('from listener');
const rejected = new Error('from async listener');
const order = [];

et.addEventListener('x', () => { order.push(1); throw thrown; });
et.addEventListener('x', async () => { order.push(2); throw rejected; });
et.addEventListener('x', { handleEvent() { order.push(3); } });

const caught = [];
process.on('uncaughtException', (err) => caught.push(err));

assert.strictEqual(et.dispatchEvent(new Event('x')), true);
// All listeners ran, and nothing was reported synchronously.
assert.deepStrictEqual(order, [1, 2, 3]);
assert.deepStrictEqual(caught, []);

setTimeout(() => {
  assert.strictEqual(caught.length, 2);
  assert.ok(caught.includes(thrown));
  assert.ok(caught.includes(rejected));
}, 10);
