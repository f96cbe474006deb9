'use strict';
// vm.constants.DONT_CONTEXTIFY: an ordinary context whose global object stands for it.
const assert = require('assert');
const vm = require('vm');

const global = vm.createContext(vm.constants.DONT_CONTEXTIFY);
assert.strictEqual(typeof global, 'object');
assert.strictEqual(vm.isContext(global), true);
assert.strictEqual(vm.runInContext('globalThis', global), global);
vm.runInContext('var v = 1; globalThis.w = 2; function f() { return 3; }', global);
assert.strictEqual(global.v, 1);
assert.strictEqual(global.w, 2);
assert.strictEqual(global.f(), 3);
global.fromOutside = 'x';
assert.strictEqual(vm.runInContext('fromOutside', global), 'x');
assert.notStrictEqual(global.Array, Array);
assert.strictEqual(typeof global.process, 'undefined');
// Frozen built-ins work as in any ordinary context.
assert.strictEqual(vm.runInContext('Object.freeze(globalThis); Object.isFrozen(globalThis)', global),
                   true);
assert.strictEqual(vm.runInNewContext('typeof globalThis.Array', vm.constants.DONT_CONTEXTIFY),
                   'function');
assert.strictEqual(new vm.Script('this').runInNewContext(vm.constants.DONT_CONTEXTIFY) instanceof
                   Object, false);
