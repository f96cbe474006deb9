'use strict';
// process.nextTick passes extra arguments to the callback, and a non-function callback is
// ERR_INVALID_ARG_TYPE.

const assert = require('assert');

const seen = [];
process.nextTick((...args) => seen.push(args));
process.nextTick((...args) => seen.push(args), 1);
process.nextTick((...args) => seen.push(args), 1, 'two', null);
process.nextTick((...args) => seen.push(args), 1, 2, 3, 4, 5, 6, 7);
process.nextTick(function() { seen.push(this); });

assert.throws(() => process.nextTick('x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type string (\'x\')',
});
assert.throws(() => process.nextTick(), { code: 'ERR_INVALID_ARG_TYPE' });

process.on('exit', () => {
  assert.deepStrictEqual(seen, [[], [1], [1, 'two', null], [1, 2, 3, 4, 5, 6, 7], undefined]);
});
