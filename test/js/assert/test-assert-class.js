'use strict';
// assert.Assert (Node 22.19+): instances with their own `diff` and `strict` options.
const assert = require('assert');
const { Assert, AssertionError } = assert;

function failure(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail('expected a throw');
}

assert.strictEqual(typeof Assert, 'function');
assert.strictEqual(Assert.name, 'Assert');
assert.strictEqual(Assert.length, 1);
assert.strictEqual(assert.strict.Assert, Assert);
assert.ok(Object.keys(assert).includes('Assert'));

// The methods are the module's own functions, enumerable on the prototype.
assert.deepStrictEqual(Object.keys(Assert.prototype), [
  'fail', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'throws',
  'rejects', 'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch',
]);
assert.strictEqual(Assert.prototype.strictEqual, assert.strictEqual);

// strict (the default) puts the strict comparisons under the loose names.
const strict = new Assert();
assert.deepStrictEqual(Object.keys(strict), ['AssertionError', 'equal', 'deepEqual', 'notEqual', 'notDeepEqual']);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.AssertionError, AssertionError);
assert.strictEqual(failure(() => strict.equal(1, '1')).operator, 'strictEqual');
assert.strictEqual(failure(() => strict.deepEqual({ a: 1 }, { a: '1' })).operator, 'deepStrictEqual');

const loose = new Assert({ strict: false });
assert.deepStrictEqual(Object.keys(loose), ['AssertionError']);
loose.equal(1, '1');
loose.deepEqual({ a: 1 }, { a: '1' });
assert.strictEqual(failure(() => loose.equal(1, 2)).message, '1 == 2');

// diff: 'full' reaches the errors of the comparisons, fail and ifError; not ok, match, throws.
const full = new Assert({ diff: 'full' });
const long = Array.from({ length: 60 }, (_, i) => i);
const e = failure(() => full.notDeepStrictEqual(long, long.slice()));
assert.strictEqual(e.diff, 'full');
assert.strictEqual(e.message.split('\n').length, 65);
assert.strictEqual(failure(() => assert.notDeepStrictEqual(long, long.slice())).message.split('\n').length, 50);
for (const fn of [() => full.strictEqual(1, 2), () => full.equal(1, 2), () => full.notEqual(1, 1),
  () => full.deepEqual(1, 2), () => full.partialDeepStrictEqual({ a: 1 }, { a: 2 }),
  () => full.fail('x'), () => full.ifError(new Error('e'))]) {
  assert.strictEqual(failure(fn).diff, 'full');
}
for (const fn of [() => full.ok(false), () => full.match('a', /b/), () => full.doesNotMatch('a', /a/),
  () => full.throws(() => {}), () => full.doesNotThrow(() => { throw new Error('x'); })]) {
  assert.strictEqual(failure(fn).diff, 'simple');
}
// A method taken off the instance has no options.
const { notDeepStrictEqual } = full;
assert.strictEqual(failure(() => notDeepStrictEqual(long, long.slice())).diff, 'simple');
// The default and AssertionError's own option.
assert.strictEqual(failure(() => assert.strictEqual(1, 2)).diff, 'simple');
assert.strictEqual(new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', diff: 'full' }).diff, 'full');

// Option errors; anything else is accepted (options need not be an object).
assert.throws(() => new Assert({ diff: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The property 'options.diff' must be one of: 'simple', 'full'. Received 'x'",
});
for (const options of [undefined, null, 1, 'x', { diff: undefined }, { strict: 'yes' }]) new Assert(options);
assert.throws(() => Assert(), {
  code: 'ERR_CONSTRUCT_CALL_REQUIRED',
  name: 'TypeError',
  message: 'Class constructor Assert cannot be invoked without `new`',
});
class Mine extends Assert {}
assert.ok(new Mine({ strict: false }) instanceof Assert);

// Async assertions work on instances too.
full.rejects(Promise.reject(new Error('r')), /r/).then(() => console.log('rejects ok'));
