'use strict';
// vm errors: stacks name the filename with line/column offsets, errors are the context's own
// kinds, and bad arguments get Node's codes.
const assert = require('assert');
const vm = require('vm');

// filename and lineOffset show in stacks.
try {
  vm.runInThisContext('\n\nthrow new Error("boom")', { filename: 'my-file.vm', lineOffset: 10 });
  assert.fail('should throw');
} catch (e) {
  assert.strictEqual(e.message, 'boom');
  assert.match(e.stack, /my-file\.vm:13:/);
}
try {
  new vm.Script('throw new Error("x")', 'named.js').runInThisContext();
  assert.fail('should throw');
} catch (e) {
  assert.match(e.stack, /named\.js:1:/);
}
try {
  vm.runInThisContext('null.x', { filename: 'col.js', columnOffset: 5 });
} catch (e) {
  assert.ok(e instanceof TypeError);
  assert.match(e.stack, /col\.js:1:/);
}

// Errors raised in another context are that context's errors.
const ctx = vm.createContext({});
const ctxErrors = vm.runInContext('({ SyntaxError, TypeError })', ctx);
try {
  vm.runInContext('null.x', ctx);
  assert.fail('should throw');
} catch (e) {
  assert.ok(e instanceof ctxErrors.TypeError);
  assert.ok(!(e instanceof TypeError));
}
try {
  vm.runInContext('eval("(")', ctx);
  assert.fail('should throw');
} catch (e) {
  assert.ok(e instanceof ctxErrors.SyntaxError);
}

// Bad arguments.
const invalid = { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' };
assert.throws(() => vm.createContext(1), {
  ...invalid,
  message: 'The "object" argument must be of type object. Received type number (1)',
});
assert.throws(() => vm.isContext('x'), invalid);
assert.throws(() => vm.runInContext('1', {}), {
  ...invalid,
  message: /^The "contextifiedObject" argument must be an vm\.Context/,
});
assert.throws(() => new vm.Script('1').runInContext({}), invalid);
assert.throws(() => vm.runInNewContext('1', 5), invalid);
assert.throws(() => new vm.Script('1', { cachedData: 1 }), {
  ...invalid,
  message: 'The "options.cachedData" property must be an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (1)',
});
assert.throws(() => new vm.Script('1', { filename: 1 }), invalid);
assert.throws(() => new vm.Script('1', { lineOffset: 'a' }), invalid);
assert.throws(() => new vm.Script('1').runInThisContext({ timeout: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.timeout" is out of range. It must be >= 1 && <= 4294967295. ' +
    'Received -1',
});
assert.throws(() => new vm.Script('1').runInThisContext({ timeout: 'x' }), invalid);
assert.throws(() => new vm.Script('1').runInThisContext({ displayErrors: 1 }), invalid);
assert.throws(() => vm.createContext({}, { codeGeneration: { strings: 1 } }), {
  ...invalid,
  message: 'The "options.codeGeneration.strings" property must be of type boolean. ' +
    'Received type number (1)',
});
assert.throws(() => vm.createContext({}, { microtaskMode: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.microtaskMode' must be one of: 'afterEvaluate', undefined. " +
    "Received 'x'",
});
assert.throws(() => vm.createContext({}, { name: 1 }), invalid);

assert.deepStrictEqual(Object.keys(vm).sort(), [
  'Script', 'compileFunction', 'constants', 'createContext', 'createScript', 'isContext',
  'measureMemory', 'runInContext', 'runInNewContext', 'runInThisContext',
]);
assert.strictEqual(typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, 'symbol');
assert.strictEqual(typeof vm.constants.DONT_CONTEXTIFY, 'symbol');
