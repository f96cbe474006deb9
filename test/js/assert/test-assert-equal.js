'use strict';
// assert.equal / notEqual: loose equality (==), with NaN equal to NaN.
const assert = require('assert');

assert.equal(1, 1);
assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(NaN, NaN);
assert.notEqual(1, 2);
assert.notEqual({}, {});

assert.throws(() => assert.equal(1, 2), {
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  message: '1 == 2',
  operator: '==',
  actual: 1,
  expected: 2,
  generatedMessage: true,
});
assert.throws(() => assert.equal('a', { a: 1 }), { message: "'a' == {\n  a: 1\n}" });
assert.throws(() => assert.notEqual(1, '1'), { message: "1 != '1'", operator: '!=' });
assert.throws(() => assert.notEqual(NaN, NaN), { message: 'NaN != NaN' });
assert.throws(() => assert.equal(1, 2, 'custom'), { message: 'custom', generatedMessage: false });
