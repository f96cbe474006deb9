'use strict';
// ERR_AMBIGUOUS_ARGUMENT, from assert.throws() given the error's own message.
const assert = require('assert');

assert.throws(() => assert.throws(() => { throw new Error('same'); }, 'same'), {
  name: 'TypeError',
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. ' +
           'The error message "same" is identical to the message.',
});
// eslint-disable-next-line no-throw-literal
assert.throws(() => assert.throws(() => { throw 'same'; }, 'same'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. The error "same" is identical to the message.',
});
