'use strict';
// vm.measureMemory: V8's measurement in Node's result shape, and its option errors.
const assert = require('assert');
const vm = require('vm');

process.on('warning', (w) => {
  assert.strictEqual(w.name, 'ExperimentalWarning');
});
function checkEstimate(e) {
  assert.strictEqual(typeof e.jsMemoryEstimate, 'number');
  assert.ok(Array.isArray(e.jsMemoryRange));
  assert.strictEqual(e.jsMemoryRange.length, 2);
  assert.ok(e.jsMemoryRange[0] <= e.jsMemoryEstimate);
}
const invalidValue = { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' };
assert.throws(() => vm.measureMemory({ mode: 'x' }), {
  ...invalidValue,
  message: "The property 'options.mode' must be one of: 'summary', 'detailed'. Received 'x'",
});
assert.throws(() => vm.measureMemory({ execution: 'y' }), {
  ...invalidValue,
  message: "The property 'options.execution' must be one of: 'default', 'eager'. Received 'y'",
});
assert.throws(() => vm.measureMemory(1), { code: 'ERR_INVALID_ARG_TYPE' });

let done = 0;
vm.measureMemory({ execution: 'eager' }).then((result) => {
  assert.deepStrictEqual(Object.keys(result), ['total']);
  checkEstimate(result.total);
  done++;
});
const ctx = vm.createContext({});
vm.runInContext('globalThis.keep = new Array(1000).fill(1)', ctx);
vm.measureMemory({ mode: 'detailed', execution: 'eager' }).then((result) => {
  assert.deepStrictEqual(Object.keys(result), ['total', 'current', 'other']);
  checkEstimate(result.total);
  checkEstimate(result.current);
  assert.ok(Array.isArray(result.other));
  result.other.forEach(checkEstimate);
  done++;
});
process.on('exit', () => assert.strictEqual(done, 2));
