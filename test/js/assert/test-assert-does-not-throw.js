'use strict';
// assert.doesNotThrow fails on a matching throw and rethrows others.
const assert = require('assert');

assert.doesNotThrow(() => {});
assert.doesNotThrow(() => {}, 'message');

assert.throws(() => assert.doesNotThrow(() => { throw new Error('x'); }), {
  code: 'ERR_ASSERTION',
  operator: 'doesNotThrow',
  message: 'Got unwanted exception.\nActual message: "x"',
});
assert.throws(() => assert.doesNotThrow(() => { throw new Error('x'); }, 'hello'), {
  message: 'Got unwanted exception: hello\nActual message: "x"',
});
assert.throws(() => assert.doesNotThrow(() => { throw new TypeError('x'); }, TypeError), {
  message: 'Got unwanted exception.\nActual message: "x"',
});
// An error of another kind is thrown as it is.
const other = new RangeError('other');
assert.throws(() => assert.doesNotThrow(() => { throw other; }, TypeError), (err) => err === other);
assert.throws(() => assert.doesNotThrow('nope'), { code: 'ERR_INVALID_ARG_TYPE' });
