'use strict';
// ERR_INVALID_ARG_VALUE: "The argument 'x' <reason>. Received <inspect>".
const assert = require('assert');

assert.throws(() => assert.throws(() => { throw new Error('x'); }, {}), (err) => {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_VALUE');
  assert.strictEqual(err.message, "The argument 'error' may not be an empty object. Received {}");
  assert.strictEqual(err.stack.split('\n')[0],
                     "TypeError [ERR_INVALID_ARG_VALUE]: The argument 'error' may not be an " +
                     'empty object. Received {}');
  return true;
});
