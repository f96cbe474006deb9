'use strict';
// Inside a context, a sandbox property holding the sandbox reads as the global proxy, and strict
// code assigning an undeclared name throws, while `this.x =`, function declarations and `var`
// still land on the sandbox.
const assert = require('assert');
const vm = require('vm');

const sandbox = {};
sandbox.global = sandbox;
const context = vm.createContext(sandbox);
assert.strictEqual(vm.runInContext('global === globalThis', context), true);
assert.strictEqual(vm.runInContext('globalThis', context) === sandbox, false);

assert.strictEqual(
  vm.runInContext('"use strict"; this.a = 1; function g() {} var v = 2; typeof g + a + v', context),
  'function12');
assert.strictEqual(sandbox.a, 1);
assert.strictEqual(typeof sandbox.g, 'function');
assert.strictEqual(sandbox.v, 2);

assert.throws(() => vm.runInContext('"use strict"; undeclaredName = 1', context), {
  name: 'ReferenceError',
  message: 'undeclaredName is not defined',
});
assert.strictEqual('undeclaredName' in sandbox, false);

// Sloppy code creates the global; strict code may then assign it.
assert.strictEqual(vm.runInContext('sloppyName = 3', context), 3);
assert.strictEqual(vm.runInContext('"use strict"; sloppyName = 4', context), 4);
assert.strictEqual(sandbox.sloppyName, 4);

// A result object taken out of the context can be written from outside.
const inner = vm.runInContext('this', context);
inner.fromOutside = 5;
assert.strictEqual(sandbox.fromOutside, 5);
