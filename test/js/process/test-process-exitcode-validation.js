'use strict';
// process.exitCode and process.exit(code) accept only integers (or integer strings), or
// undefined/null; anything else is ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE, and the previous
// exit code is kept.

const assert = require('assert');

const typeError = (received) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "code" argument must be of type number. Received ${received}`,
});
const rangeError = (received) => ({
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: `The value of "code" is out of range. It must be an integer. Received ${received}`,
});

process.exitCode = 2;
assert.throws(() => { process.exitCode = 'abc'; }, typeError("type string ('abc')"));
assert.throws(() => { process.exitCode = {}; }, typeError('an instance of Object'));
assert.throws(() => { process.exitCode = true; }, typeError('type boolean (true)'));
assert.throws(() => { process.exitCode = 1.5; }, rangeError('1.5'));
assert.throws(() => { process.exitCode = NaN; }, rangeError('NaN'));
assert.strictEqual(process.exitCode, 2);

assert.throws(() => process.exit('abc'), typeError("type string ('abc')"));
assert.throws(() => process.exit(2.5), rangeError('2.5'));
assert.strictEqual(process.exitCode, 2);

process.exitCode = '3';  // an integer string is allowed
assert.strictEqual(process.exitCode, '3');
process.exitCode = null;
assert.strictEqual(process.exitCode, null);
process.exitCode = undefined;
assert.strictEqual(process.exitCode, undefined);
