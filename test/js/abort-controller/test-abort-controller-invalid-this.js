'use strict';
// AbortSignal cannot be constructed by users; its members check their receiver.
const assert = require('assert');

assert.throws(() => new AbortSignal(), {
  name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor',
});
assert.throws(() => AbortSignal(), TypeError);
assert.throws(() => AbortController(), TypeError);

const invalid = { name: 'TypeError', code: 'ERR_INVALID_THIS',
                  message: 'Value of "this" must be of type AbortSignal' };
for (const key of ['aborted', 'reason']) {
  const { get } = Object.getOwnPropertyDescriptor(AbortSignal.prototype, key);
  assert.throws(() => get.call({}), invalid, key);
  assert.throws(() => get.call(new EventTarget()), invalid, key);
}
assert.throws(() => AbortSignal.prototype.throwIfAborted.call({}), invalid);
assert.throws(() => AbortSignal.prototype.aborted, invalid);

// The other half of the brand: an AbortController's members need one.
assert.throws(() => AbortController.prototype.abort.call({}), TypeError);
assert.throws(() => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal')
  .get.call({}), TypeError);

// The shape.
assert.strictEqual(Object.prototype.toString.call(new AbortController()), '[object AbortController]');
assert.strictEqual(Object.prototype.toString.call(AbortSignal.abort()), '[object AbortSignal]');
for (const key of ['aborted', 'onabort']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(AbortSignal.prototype, key).enumerable, true);
}
for (const key of ['signal', 'abort']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(AbortController.prototype, key).enumerable,
                     true);
}
assert.deepStrictEqual(Object.keys(new AbortController()), []);
assert.deepStrictEqual(Object.keys(AbortSignal.abort()), []);
