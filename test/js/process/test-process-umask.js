'use strict';
// process.umask() reads the mask; umask(mask) sets it (number or octal string) and returns the
// old one; bad masks are Node errors.

const assert = require('assert');

const original = process.umask();
assert.ok(Number.isInteger(original) && original >= 0 && original <= 0o777);

assert.strictEqual(process.umask(0o022), original);
assert.strictEqual(process.umask('0777'), 0o022);
assert.strictEqual(process.umask(), 0o777);
assert.strictEqual(process.umask('644'), 0o777);
assert.strictEqual(process.umask(), 0o644);

assert.throws(() => process.umask('8'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '8'",
});
assert.throws(() => process.umask({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "mask" argument must be of type number. Received an instance of Object',
});
process.umask(original);
assert.strictEqual(process.umask(), original);
