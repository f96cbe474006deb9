'use strict';
// DOMException's getters check their receiver; the class cannot be called.
const assert = require('assert');

for (const key of ['name', 'message', 'code']) {
  const { get } = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  for (const receiver of [{}, new Error('x'), DOMException.prototype, null]) {
    assert.throws(() => get.call(receiver), {
      name: 'TypeError',
      code: 'ERR_INVALID_THIS',
      message: 'Value of "this" must be of DOMException',
    }, key);
  }
}
assert.throws(() => DOMException.prototype.code, { code: 'ERR_INVALID_THIS' });
// An object inheriting from a real one is not one.
assert.throws(() => Object.create(new DOMException('x')).name, { code: 'ERR_INVALID_THIS' });

assert.throws(() => DOMException('x'), TypeError);
assert.throws(() => DOMException.call(new DOMException(), 'x'), TypeError);
