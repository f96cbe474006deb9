'use strict';
// assert.throws validates the error by class, RegExp, function or object.
const assert = require('assert');

const thrower = (err) => () => { throw err; };
const boom = new TypeError('boom');
boom.code = 'E_BOOM';

// Without an expectation, any throw passes.
assert.throws(thrower(boom));
// A class: instanceof.
assert.throws(thrower(boom), TypeError);
assert.throws(thrower(boom), Error);
// A RegExp: against String(error).
assert.throws(thrower(boom), /^TypeError: boom$/);
// A validation function must return true.
assert.throws(thrower(boom), (err) => err === boom);
// An object: each key deep-strict-equal, or matched by a RegExp.
assert.throws(thrower(boom), { name: 'TypeError', message: 'boom', code: 'E_BOOM' });
assert.throws(thrower(boom), { message: /bo+m/ });
// An Error: its name and message too.
assert.throws(thrower(boom), new TypeError('boom'));
// Non-errors can be thrown and matched.
assert.throws(thrower(5), (v) => v === 5);

function failureOf(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

let err = failureOf(() => assert.throws(() => {}));
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.message, 'Missing expected exception.');
assert.strictEqual(err.operator, 'throws');
assert.strictEqual(failureOf(() => assert.throws(() => {}, TypeError)).message,
                   'Missing expected exception (TypeError).');
assert.strictEqual(failureOf(() => assert.throws(() => {}, 'some text')).message,
                   'Missing expected exception: some text');

err = failureOf(() => assert.throws(thrower(new Error('x')), TypeError));
assert.strictEqual(err.message,
                   'The error is expected to be an instance of "TypeError". ' +
                   'Received "Error"\n\nError message:\n\nx');
assert.strictEqual(err.generatedMessage, true);

assert.strictEqual(failureOf(() => assert.throws(thrower(new Error('x')), /y/)).message,
                   "The input did not match the regular expression /y/. Input:\n\n'Error: x'\n");

assert.strictEqual(failureOf(() => assert.throws(thrower(new Error('x')), () => false)).message,
                   'The validation function is expected to return "true". Received false' +
                   '\n\nCaught error:\n\nError: x');

err = failureOf(() => assert.throws(thrower(new Error('x')), { message: 'y' }));
assert.strictEqual(err.message,
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   "  Comparison {\n+   message: 'x'\n-   message: 'y'\n  }\n");
assert.strictEqual(err.operator, 'throws');

// A thrown error that fails the validation function propagates unchanged.
const own = new Error('own');
assert.strictEqual(failureOf(() => assert.throws(thrower(new Error('x')), () => { throw own; })),
                   own);

// Bad arguments.
assert.throws(() => assert.throws('not a function'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type string (\'not a function\')',
});
assert.throws(() => assert.throws(thrower(boom), 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "error" argument must be of type function or an instance of Error, RegExp, ' +
           'or Object. Received type number (5)',
});
assert.throws(() => assert.throws(thrower(boom), {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'error' may not be an empty object. Received {}",
});
assert.throws(() => assert.throws(thrower(boom), 'boom'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. ' +
           'The error message "boom" is identical to the message.',
});
