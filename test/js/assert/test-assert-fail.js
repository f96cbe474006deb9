'use strict';
// assert.fail([message]).
const assert = require('assert');

assert.throws(() => assert.fail(), {
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  message: 'Failed',
  operator: 'fail',
  generatedMessage: true,
  actual: undefined,
  expected: undefined,
});
assert.throws(() => assert.fail('boom'), { message: 'boom', generatedMessage: false });
const own = new TypeError('own');
assert.throws(() => assert.fail(own), (err) => err === own);
