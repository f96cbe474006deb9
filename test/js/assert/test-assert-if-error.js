'use strict';
// assert.ifError throws for anything but null and undefined.
const assert = require('assert');

assert.ifError(null);
assert.ifError(undefined);

function original() {
  return new Error('boom');
}
const cause = original();
let caught;
try {
  assert.ifError(cause);
} catch (err) {
  caught = err;
}
assert.strictEqual(caught.code, 'ERR_ASSERTION');
assert.strictEqual(caught.message, 'ifError got unwanted exception: boom');
assert.strictEqual(caught.operator, 'ifError');
assert.strictEqual(caught.actual, cause);
assert.strictEqual(caught.expected, null);
// The stack continues with the original error's frames.
assert.match(caught.stack, /^AssertionError \[ERR_ASSERTION\]: ifError got unwanted exception: boom\n/);
assert.match(caught.stack, /at original /);

assert.throws(() => assert.ifError('str'), { message: "ifError got unwanted exception: 'str'" });
assert.throws(() => assert.ifError(0), { message: 'ifError got unwanted exception: 0' });
assert.throws(() => assert.ifError(new TypeError('')),
              { message: 'ifError got unwanted exception: TypeError' });
