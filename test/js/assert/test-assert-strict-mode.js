'use strict';
// assert.strict: the loose names mean the strict comparisons.
const assert = require('assert');
const { strict } = assert;

assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.throws, assert.throws);
assert.strictEqual(strict.AssertionError, assert.AssertionError);

strict(true);
assert.throws(() => strict.equal(1, '1'), { operator: 'strictEqual' });
assert.throws(() => strict.deepEqual({ a: 1 }, { a: '1' }), { operator: 'deepStrictEqual' });
assert.throws(() => strict(false), {
  message: 'The expression evaluated to a falsy value:\n\n  strict(false)\n',
});
