'use strict';

// assert.partialDeepStrictEqual's failures: AssertionError with Node's header and a diff,
// custom messages, Error messages, missing arguments. (node v20 has no partialDeepStrictEqual;
// the messages are Node v24's, except that the diff's layout is tide's, as for deepStrictEqual.)
const assert = require('assert');
// Only a runtime without the feature may skip: under tide a missing built-in must fail.
if (!process.versions.tide && (typeof assert.partialDeepStrictEqual !== 'function')) process.exit(0);

const header = 'Expected values to be partially and strictly deep-equal:';

assert.throws(() => assert.partialDeepStrictEqual(1, 2), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  message: `${header}\n\n1 !== 2\n`,
  generatedMessage: true,
  actual: 1,
  expected: 2,
  operator: 'partialDeepStrictEqual',
});
assert.throws(() => assert.partialDeepStrictEqual('abc', 'abd'), {
  message: `${header}\n\n'abc' !== 'abd'\n`,
});

// Objects: the header, then a line diff of both values.
const actual = { a: 1, b: [1, 2] };
const expected = { a: 2, b: [3] };
assert.throws(() => assert.partialDeepStrictEqual(actual, expected), (err) => {
  assert.ok(err instanceof assert.AssertionError);
  assert.ok(err.message.startsWith(`${header}\n+ actual - expected\n\n  {\n+   a: 1,\n-   a: 2,\n`),
            err.message);
  assert.strictEqual(err.actual, actual);
  assert.strictEqual(err.expected, expected);
  assert.strictEqual(err.operator, 'partialDeepStrictEqual');
  assert.strictEqual(err.generatedMessage, true);
  return true;
});

// A custom message replaces the header; an Error is thrown as it is.
assert.throws(() => assert.partialDeepStrictEqual(1, 2, 'custom'), {
  message: 'custom\n\n1 !== 2\n',
  generatedMessage: false,
});
const mine = new TypeError('mine');
assert.throws(() => assert.partialDeepStrictEqual({ a: 1 }, { a: 2 }, mine), (err) => err === mine);

// The stack starts at the caller.
assert.throws(() => assert.partialDeepStrictEqual([1], [2]), (err) => {
  assert.doesNotMatch(err.stack.split('\n').slice(1, 2).join(), /partialDeepStrictEqual/);
  return true;
});

for (const args of [[], [1]]) {
  assert.throws(() => assert.partialDeepStrictEqual(...args), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "actual" and "expected" arguments must be specified',
  });
}
// undefined passed explicitly is an argument.
assert.partialDeepStrictEqual(undefined, undefined);
assert.strict.partialDeepStrictEqual({ a: 1, b: 1 }, { a: 1 });
