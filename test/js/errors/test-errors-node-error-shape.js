'use strict';
// Errors with a Node code look like Node's: the base class, an own
// enumerable `code`, the code in the stack's first line and in toString(),
// but not in `name`.
const assert = require('assert');

function errorOf(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

const err = errorOf(() => assert.throws('not a function'));
assert.ok(err instanceof TypeError);
assert.strictEqual(Object.prototype.toString.call(err), '[object Error]');
assert.strictEqual(err.constructor, TypeError);
assert.strictEqual(err.name, 'TypeError');
assert.strictEqual(Object.hasOwn(err, 'name'), false);
assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
assert.deepStrictEqual(Object.keys(err), ['code']);
assert.strictEqual(Object.getOwnPropertyDescriptor(err, 'message').enumerable, false);
assert.strictEqual(JSON.stringify(err), '{"code":"ERR_INVALID_ARG_TYPE"}');
const message = "The \"fn\" argument must be of type function. Received type string ('not a function')";
assert.strictEqual(err.message, message);
assert.strictEqual(err.toString(), `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);
assert.strictEqual(err.stack.split('\n')[0], `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);
// The validator's own frame is hidden.
assert.doesNotMatch(err.stack, /validators/);
// toString() follows later changes of name and message.
err.name = 'Renamed';
err.message = 'changed';
assert.strictEqual(err.toString(), 'Renamed [ERR_INVALID_ARG_TYPE]: changed');

// Another code, another base class.
const missing = errorOf(() => assert.deepStrictEqual());
assert.ok(missing instanceof TypeError);
assert.strictEqual(missing.code, 'ERR_MISSING_ARGS');
assert.strictEqual(missing.stack.split('\n')[0],
                   'TypeError [ERR_MISSING_ARGS]: The "actual" and "expected" arguments must be specified');
