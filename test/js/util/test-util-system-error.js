'use strict';
// util.getSystemErrorName / getSystemErrorMap: libuv's error numbers to names, and the argument
// errors for anything that is not a negative integer.

const assert = require('assert');
const util = require('util');

const map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
assert.ok(map.size > 50);
for (const [errno, [name, description]] of map) {
  assert.ok(Number.isInteger(errno) && errno < 0);
  assert.strictEqual(typeof description, 'string');
  assert.strictEqual(util.getSystemErrorName(errno), name);
}
const enoent = [...map].find(([, [name]]) => name === 'ENOENT');
assert.deepStrictEqual(enoent[1], ['ENOENT', 'no such file or directory']);
assert.strictEqual(util.getSystemErrorName(enoent[0]), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');

for (const [value, received] of [[0, '0'], [1, '1'], [-1.5, '-1.5'], [NaN, 'NaN'],
  [-Infinity, '-Infinity']]) {
  assert.throws(() => util.getSystemErrorName(value), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "err" is out of range. It must be a negative integer. ' +
      `Received ${received}`,
  });
}
assert.throws(() => util.getSystemErrorName('x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "err" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => util.getSystemErrorName(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "err" argument must be of type number. Received undefined',
});
