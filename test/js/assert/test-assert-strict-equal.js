'use strict';
// assert.strictEqual / notStrictEqual: Object.is, and Node's messages.
const assert = require('assert');

assert.strictEqual(1, 1);
assert.strictEqual(NaN, NaN);
assert.notStrictEqual(0, -0);
assert.notStrictEqual(1, '1');
const o = {};
assert.strictEqual(o, o);

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return err.message;
  }
  throw new Error('expected a throw');
}

// Short primitives: one line.
assert.strictEqual(messageOf(() => assert.strictEqual(1, 2)),
                   'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(messageOf(() => assert.strictEqual(1, '1')),
                   "Expected values to be strictly equal:\n\n1 !== '1'\n");
// A custom message replaces the header only.
assert.strictEqual(messageOf(() => assert.strictEqual(1, 2, 'custom')), 'custom\n\n1 !== 2\n');
// 0 and -0 always get the diff.
assert.strictEqual(messageOf(() => assert.strictEqual(0, -0)),
                   'Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0\n');
// Longer strings: a diff with a caret under the first difference.
assert.strictEqual(messageOf(() => assert.strictEqual('hello world', 'hello there')),
                   'Expected values to be strictly equal:\n+ actual - expected\n\n' +
                   "+ 'hello world'\n- 'hello there'\n         ^\n");
// Objects: not the same reference.
assert.strictEqual(messageOf(() => assert.strictEqual({ a: 1 }, { a: 1 })),
                   'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n');
assert.strictEqual(messageOf(() => assert.strictEqual({ a: 1 }, { a: 2 })),
                   'Expected "actual" to be reference-equal to "expected":\n' +
                   '+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }\n');

assert.strictEqual(messageOf(() => assert.notStrictEqual(1, 1)),
                   'Expected "actual" to be strictly unequal to: 1');
assert.strictEqual(messageOf(() => assert.notStrictEqual('abcdef', 'abcdef')),
                   'Expected "actual" to be strictly unequal to:\n\n\'abcdef\'');
assert.strictEqual(messageOf(() => assert.notStrictEqual(o, o)),
                   'Expected "actual" not to be reference-equal to "expected": {}');

// Both arguments are required.
assert.throws(() => assert.strictEqual(1), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "actual" and "expected" arguments must be specified',
});
