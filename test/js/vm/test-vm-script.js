'use strict';
// vm.Script: compiled once, run many times in different contexts; cached data.
const assert = require('assert');
const vm = require('vm');

const script = new vm.Script('count += 1; name');
assert.ok(script instanceof vm.Script);
const c1 = vm.createContext({ count: 0, name: 'one' });
const c2 = vm.createContext({ count: 10, name: 'two' });
assert.strictEqual(script.runInContext(c1), 'one');
assert.strictEqual(script.runInContext(c1), 'one');
assert.strictEqual(script.runInContext(c2), 'two');
assert.strictEqual(c1.count, 2);
assert.strictEqual(c2.count, 11);
assert.strictEqual(new vm.Script('1 + 1').runInThisContext(), 2);
assert.strictEqual(new vm.Script('z').runInNewContext({ z: 'zz' }), 'zz');
assert.strictEqual(vm.createScript('3').runInThisContext(), 3);

// Cached data: produced, accepted for the same source, rejected for another.
const source = 'function add(a, b) { return a + b; } add(2, 3)';
const producer = new vm.Script(source, { produceCachedData: true });
assert.strictEqual(producer.cachedDataProduced, true);
assert.ok(Buffer.isBuffer(producer.cachedData));
assert.ok(producer.cachedData.length > 0);
const data = producer.createCachedData();
assert.ok(Buffer.isBuffer(data));
assert.ok(data.length > 0);
const consumer = new vm.Script(source, { cachedData: data });
assert.strictEqual(consumer.cachedDataRejected, false);
assert.strictEqual(consumer.runInThisContext(), 5);
const other = new vm.Script('"something else entirely"', { cachedData: data });
assert.strictEqual(other.cachedDataRejected, true);
assert.strictEqual(other.runInThisContext(), 'something else entirely');
const garbage = new vm.Script('1', { cachedData: Buffer.from('not a code cache') });
assert.strictEqual(garbage.cachedDataRejected, true);
assert.strictEqual(new vm.Script('1').cachedDataRejected, undefined);

// Syntax errors are thrown by the constructor.
assert.throws(() => new vm.Script('let let = 1', { filename: 'bad.js' }), SyntaxError);

// Code generation from strings can be disallowed per context.
const noEval = vm.createContext({}, { codeGeneration: { strings: false } });
assert.throws(() => vm.runInContext('eval("1")', noEval), (e) => {
  assert.strictEqual(e.name, 'EvalError');
  assert.match(e.message, /Code generation from strings disallowed for this context/);
  return true;
});
assert.strictEqual(vm.runInContext('eval("1 + 1")', vm.createContext({})), 2);

// Timeouts.
assert.throws(() => vm.runInNewContext('while (true) {}', {}, { timeout: 50 }), {
  code: 'ERR_SCRIPT_EXECUTION_TIMEOUT',
  message: 'Script execution timed out after 50ms',
});
assert.throws(() => new vm.Script('for (;;) {}').runInThisContext({ timeout: 20 }), {
  code: 'ERR_SCRIPT_EXECUTION_TIMEOUT',
  message: 'Script execution timed out after 20ms',
});
// Execution continues normally afterwards.
assert.strictEqual(vm.runInThisContext('1 + 1', { timeout: 1000 }), 2);
