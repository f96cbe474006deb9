'use strict';
// vm.compileFunction: params, contextExtensions, parsingContext and argument errors.
const assert = require('assert');
const vm = require('vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
assert.strictEqual(typeof add, 'function');
assert.strictEqual(add(2, 3), 5);
assert.strictEqual(vm.compileFunction('return 1')(), 1);

const withExt = vm.compileFunction('return x + y', ['y'], { contextExtensions: [{ x: 40 }] });
assert.strictEqual(withExt(2), 42);

const ctx = vm.createContext({ fromCtx: 'ctx value' });
const inCtx = vm.compileFunction('return [fromCtx, Array]', [], { parsingContext: ctx });
const [value, CtxArray] = inCtx();
assert.strictEqual(value, 'ctx value');
assert.notStrictEqual(CtxArray, Array);

try {
  vm.compileFunction('\nthrow new Error("f")', [], { filename: 'fn-file.js' })();
  assert.fail('should throw');
} catch (e) {
  assert.match(e.stack, /fn-file\.js:2:/);
}
assert.throws(() => vm.compileFunction('return +', []), SyntaxError);

const invalid = { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' };
assert.throws(() => vm.compileFunction(1), invalid);
assert.throws(() => vm.compileFunction('', 'a'), invalid);
assert.throws(() => vm.compileFunction('', [1]), {
  ...invalid,
  message: 'The "params[0]" argument must be of type string. Received type number (1)',
});
assert.throws(() => vm.compileFunction('', [], { parsingContext: {} }), {
  ...invalid,
  message: 'The "options.parsingContext" property must be an instance of Context. ' +
    'Received an instance of Object',
});
assert.throws(() => vm.compileFunction('', [], { contextExtensions: [1] }), {
  ...invalid,
  message: 'The "options.contextExtensions[0]" property must be of type object. ' +
    'Received type number (1)',
});
assert.throws(() => vm.compileFunction('', [], { contextExtensions: {} }), invalid);

// Cached data, as for vm.Script.
{
  const producer = vm.compileFunction('return a * 2', ['a'], { produceCachedData: true });
  assert.strictEqual(producer.cachedDataProduced, true);
  assert.ok(Buffer.isBuffer(producer.cachedData));
  assert.ok(producer.cachedData.length > 0);
  const consumer = vm.compileFunction('return a * 2', ['a'], { cachedData: producer.cachedData });
  assert.strictEqual(consumer.cachedDataRejected, false);
  assert.strictEqual(consumer(21), 42);
  const other = vm.compileFunction('return "a different length"', [],
                                   { cachedData: producer.cachedData });
  assert.strictEqual(other.cachedDataRejected, true);
  assert.strictEqual(other(), 'a different length');
  assert.strictEqual(vm.compileFunction('').cachedDataRejected, undefined);
  assert.throws(() => vm.compileFunction('', [], { cachedData: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.cachedData" property must be an instance of Buffer, TypedArray, ' +
      "or DataView. Received type string ('x')",
  });
}
