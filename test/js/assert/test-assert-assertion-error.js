'use strict';
// AssertionError: Node's properties, name, stack and toString().
const assert = require('assert');
const { AssertionError } = assert;

const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.ok(err instanceof Error);
assert.ok(err instanceof AssertionError);
assert.strictEqual(err.name, 'AssertionError');
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.actual, 1);
assert.strictEqual(err.expected, 2);
assert.strictEqual(err.operator, 'strictEqual');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.deepStrictEqual(Object.keys(err),
                       ['generatedMessage', 'code', 'actual', 'expected', 'operator', 'diff']);
assert.strictEqual(err.toString(),
                   'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
assert.ok(err.stack.startsWith('AssertionError [ERR_ASSERTION]: Expected values'));

const custom = new AssertionError({ message: 'custom', actual: 'a', operator: 'fail' });
assert.strictEqual(custom.message, 'custom');
assert.strictEqual(custom.generatedMessage, false);

// The stack starts at the caller of stackStartFn.
function helper() {
  return new AssertionError({ message: 'x', stackStartFn: helper });
}
function caller() {
  return helper();
}
const fromHelper = caller();
assert.match(fromHelper.stack.split('\n')[1], /at caller /);

assert.throws(() => new AssertionError(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => new AssertionError(null), {
  message: 'The "options" argument must be of type object. Received null',
});
