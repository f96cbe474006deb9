'use strict';
// A new context holds only the language's built-ins (none of the runtime's globals), has its own
// copies of them, and gets the newer built-ins the main context has.
const assert = require('assert');
const vm = require('vm');

assert.strictEqual(
  vm.runInNewContext('[typeof process, typeof require, typeof setTimeout, typeof Buffer, ' +
                     'typeof module, typeof structuredClone].join()'),
  'undefined,undefined,undefined,undefined,undefined,undefined');
assert.strictEqual(vm.runInNewContext('typeof Array + typeof JSON + typeof Promise'),
                   'functionobjectfunction');
// ES2023 built-ins exist in new contexts too.
assert.strictEqual(vm.runInNewContext('[3, 1, 2].toSorted().join()'), '1,2,3');
// The sandbox only gets what the code assigns, nothing from setting the context up.
const sandbox = {};
vm.createContext(sandbox);
assert.deepStrictEqual(Object.keys(sandbox), []);
assert.deepStrictEqual(Object.getOwnPropertyNames(sandbox), []);

// Built-ins changed in one context are not changed elsewhere.
const ctx = vm.createContext({});
vm.runInContext('Array.prototype.extra = 1; Object.prototype.polluted = true', ctx);
assert.strictEqual([].extra, undefined);
assert.strictEqual({}.polluted, undefined);
assert.strictEqual(vm.runInContext('[].extra', ctx), 1);
assert.strictEqual(vm.runInNewContext('[].extra'), undefined);

// Properties of the sandbox that are read-only follow the language's rules.
const ro = vm.createContext({});
Object.defineProperty(ro, 'k', { value: 1, writable: false, enumerable: true });
assert.strictEqual(vm.runInContext('k = 2; k', ro), 1);
assert.throws(() => vm.runInContext('"use strict"; undefined = 1', vm.createContext({})),
              (e) => e.name === 'TypeError');
// let/const/class stay in the context's script scope; var/function go to the sandbox.
const scoped = vm.createContext({});
vm.runInContext('let l = 1; const c = 2; class K {} var v = 3; function f() {}', scoped);
assert.deepStrictEqual(Object.keys(scoped).sort(), ['f', 'v']);
assert.strictEqual(vm.runInContext('l + c', scoped), 3);

// Functions from the sandbox can be called from inside (strict: no `this` for a bare call).
assert.strictEqual(vm.runInNewContext('f()', { f() { return typeof this; } }), 'undefined');
assert.throws(() => vm.runInNewContext('missing', {}), (e) => {
  assert.strictEqual(e.name, 'ReferenceError');
  assert.strictEqual(e.message, 'missing is not defined');
  return true;
});
// A sandbox without a prototype works.
assert.strictEqual(vm.runInNewContext('function g() {} typeof g', Object.create(null)), 'function');
