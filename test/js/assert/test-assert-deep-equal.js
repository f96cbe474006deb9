'use strict';
// assert.deepEqual / notDeepEqual: loose deep equality.
const assert = require('assert');

assert.deepEqual({ a: 1 }, { a: '1' });
assert.deepEqual([1, 2], ['1', 2]);
assert.deepEqual(null, undefined);
assert.deepEqual(NaN, NaN);
assert.deepEqual(0, -0);
// Prototypes and symbols do not matter.
assert.deepEqual(Object.create(null), {});
assert.deepEqual({ [Symbol('s')]: 1 }, {});
class A {}
assert.deepEqual(new A(), {});
// Sets and Maps: loose primitives match each other.
assert.deepEqual(new Set([1]), new Set(['1']));
assert.deepEqual(new Map([[1, 'a']]), new Map([['1', 'a']]));
// Float arrays compare by element.
assert.deepEqual(new Float64Array([0]), new Float64Array([-0]));
assert.notDeepEqual(new Float64Array([NaN]), new Float64Array([NaN]));

assert.notDeepEqual({ a: 1 }, { a: 2 });
assert.notDeepEqual([1], { 0: 1 });
assert.notDeepEqual(new Date(0), new Date(1));
assert.notDeepEqual(/a/g, /a/i);
// A hole differs from undefined.
assert.notDeepEqual([, 1], [undefined, 1]); // eslint-disable-line no-sparse-arrays

assert.throws(() => assert.deepEqual({ a: 1 }, { a: 2 }), {
  code: 'ERR_ASSERTION',
  operator: 'deepEqual',
  message: 'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
           'should loosely deep-equal\n\n{\n  a: 2\n}',
});
assert.throws(() => assert.notDeepEqual({ a: 1 }, { a: 1 }), {
  operator: 'notDeepEqual',
  message: 'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}',
});
assert.throws(() => assert.notDeepEqual({ a: 1 }, { a: '1' }), {
  message: 'Expected values not to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
           "should not loosely deep-equal\n\n{\n  a: '1'\n}",
});
