'use strict';
// emit('error') with no 'error' listener throws: an Error as it is, anything else wrapped in
// ERR_UNHANDLED_ERROR with the value as `context`.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const err = new Error('boom');
assert.throws(() => e.emit('error', err), (thrown) => thrown === err);

class MyError extends TypeError {}
const mine = new MyError('mine');
assert.throws(() => e.emit('error', mine), (thrown) => thrown === mine);

assert.throws(() => e.emit('error', 'foo'), {
  name: 'Error',
  code: 'ERR_UNHANDLED_ERROR',
  message: "Unhandled error. ('foo')",
  context: 'foo',
});
assert.throws(() => e.emit('error', { a: 1 }), {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. ({ a: 1 })',
  context: { a: 1 },
});
assert.throws(() => e.emit('error'), {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. (undefined)',
});
assert.throws(() => e.emit('error', 42), {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. (42)',
  context: 42,
});

// An emitter that never had any listener (no _events yet) throws as well.
const bare = Object.create(EventEmitter.prototype);
assert.throws(() => bare.emit('error', err), (thrown) => thrown === err);
assert.strictEqual(bare.emit('other'), false);

// With a listener nothing is thrown and the listener gets every argument.
let seen;
e.on('error', (...args) => { seen = args; });
assert.strictEqual(e.emit('error', 'x', 2), true);
assert.deepStrictEqual(seen, ['x', 2]);

// After removing it, throwing is back.
e.removeAllListeners('error');
assert.throws(() => e.emit('error', err), (thrown) => thrown === err);
