'use strict';
// ERR_MISSING_ARGS: 'The "actual" and "expected" arguments must be specified'.
const assert = require('assert');

for (const name of ['equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual',
                    'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual']) {
  assert.throws(() => assert[name](1), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "actual" and "expected" arguments must be specified',
  });
}
