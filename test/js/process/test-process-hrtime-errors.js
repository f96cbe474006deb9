'use strict';
// process.hrtime(prev) checks its argument: an array of exactly two numbers.

const assert = require('assert');

assert.throws(() => process.hrtime(1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Array. Received type number (1)',
});
assert.throws(() => process.hrtime({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Array. Received an instance of Object',
});
assert.throws(() => process.hrtime([1]), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "time" is out of range. It must be 2. Received 1',
});
assert.throws(() => process.hrtime([1, 2, 3]), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "time" is out of range. It must be 2. Received 3',
});
// undefined means "no previous time".
assert.strictEqual(process.hrtime(undefined).length, 2);
