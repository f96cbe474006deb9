'use strict';
// assert.match / doesNotMatch.
const assert = require('assert');

assert.match('abc', /b/);
assert.doesNotMatch('abc', /x/);

assert.throws(() => assert.match('abc', /x/), {
  code: 'ERR_ASSERTION',
  operator: 'match',
  actual: 'abc',
  message: "The input did not match the regular expression /x/. Input:\n\n'abc'\n",
});
assert.throws(() => assert.doesNotMatch('abc', /b/), {
  operator: 'doesNotMatch',
  message: "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n",
});
assert.throws(() => assert.match(5, /5/), {
  code: 'ERR_ASSERTION',
  message: 'The "string" argument must be of type string. Received type number (5)',
});
assert.throws(() => assert.match('abc', /x/, 'custom'), { message: 'custom', generatedMessage: false });
assert.throws(() => assert.match('abc', 'b'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "regexp" argument must be an instance of RegExp. Received type string (\'b\')',
});
