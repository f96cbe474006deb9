'use strict';
// assert() and assert.ok(): truthy values pass; a falsy value fails with the
// source text of the call as the message.
const assert = require('assert');

assert(true);
assert.ok(1);
assert.ok('x');
assert.ok({});
assert.strictEqual(assert.ok, assert);

function catchError(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

let err = catchError(() => assert.ok(false));
assert.strictEqual(err.message,
                   'The expression evaluated to a falsy value:\n\n  assert.ok(false)\n');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.actual, false);
assert.strictEqual(err.expected, true);
assert.strictEqual(err.operator, '==');

err = catchError(() => assert(0 > 1));
assert.strictEqual(err.message,
                   'The expression evaluated to a falsy value:\n\n  assert(0 > 1)\n');

// A call over several lines keeps its lines, re-indented by two spaces.
err = catchError(() => {
  assert.ok(
    typeof 123 === 'string',
  );
});
assert.strictEqual(err.message,
                   'The expression evaluated to a falsy value:\n\n' +
                   '  assert.ok(\n    typeof 123 === \'string\',\n  )\n');

// Parentheses inside strings do not end the call.
err = catchError(() => assert.ok(')'.length === 0, undefined));
assert.strictEqual(err.message,
                   'The expression evaluated to a falsy value:\n\n' +
                   "  assert.ok(')'.length === 0, undefined)\n");

err = catchError(() => assert.ok());
assert.strictEqual(err.message, 'No value argument passed to `assert.ok()`');
assert.strictEqual(err.generatedMessage, true);

err = catchError(() => assert.ok(null, 'custom message'));
assert.strictEqual(err.message, 'custom message');
assert.strictEqual(err.generatedMessage, false);
assert.strictEqual(err.actual, null);

// An Error as the message is thrown as it is.
const own = new TypeError('mine');
assert.strictEqual(catchError(() => assert(0, own)), own);
