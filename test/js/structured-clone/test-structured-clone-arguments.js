'use strict';
// Argument checks of structuredClone, with Node's codes and messages.

const assert = require('assert');

assert.throws(() => structuredClone(), {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'The value argument must be specified',
});
// undefined given explicitly is a value.
assert.strictEqual(structuredClone(undefined), undefined);

for (const options of [1, 'transfer', true, 1n, Symbol('s')]) {
  assert.throws(() => structuredClone(1, options), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The options argument must be either an object or undefined',
  });
}

for (const transfer of [1, 'ab', true, Symbol('s')]) {
  assert.throws(() => structuredClone(1, { transfer }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'Optional transferList argument must be an iterable',
  });
}

// Errors from reading the options propagate.
assert.throws(() => structuredClone(1, { get transfer() { throw new Error('boom'); } }), /boom/);
assert.throws(() => structuredClone(1, {
  transfer: { *[Symbol.iterator]() { throw new Error('iterating'); } },
}), /iterating/);

// The error's own properties: a TypeError with an enumerable code.
try {
  structuredClone();
  assert.fail('should have thrown');
} catch (err) {
  assert.deepStrictEqual(Object.keys(err), ['code']);
  assert.ok(err instanceof TypeError);
}
