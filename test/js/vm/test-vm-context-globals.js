'use strict';
// Contextified objects: the sandbox's properties are the context's globals and writes made by
// code in the context land on the sandbox.
const assert = require('assert');
const vm = require('vm');

const sandbox = { a: 1, nested: { b: 2 } };
const ctx = vm.createContext(sandbox);
assert.strictEqual(ctx, sandbox);
assert.strictEqual(vm.isContext(sandbox), true);
assert.strictEqual(vm.isContext({}), false);
assert.strictEqual(vm.createContext(sandbox), sandbox);  // already a context: same object

assert.strictEqual(vm.runInContext('a + nested.b', ctx), 3);
vm.runInContext('a = 10; newGlobal = "x"; var declared = 5; function fn() { return 7; }', ctx);
assert.strictEqual(sandbox.a, 10);
assert.strictEqual(sandbox.newGlobal, 'x');
assert.strictEqual(sandbox.declared, 5);
assert.strictEqual(typeof sandbox.fn, 'function');
assert.strictEqual(sandbox.fn(), 7);

// Writes to the sandbox from outside are seen inside.
sandbox.fromOutside = 42;
assert.strictEqual(vm.runInContext('fromOutside', ctx), 42);
assert.strictEqual(vm.runInContext('typeof fromOutside', ctx), 'number');
assert.strictEqual(vm.runInContext('"fromOutside" in globalThis', ctx), true);
delete sandbox.fromOutside;
assert.strictEqual(vm.runInContext('typeof fromOutside', ctx), 'undefined');

// delete from inside removes it from the sandbox.
vm.runInContext('delete globalThis.newGlobal', ctx);
assert.strictEqual('newGlobal' in sandbox, false);

// this / globalThis inside are the context's global, not the sandbox, but show its properties.
const inner = vm.runInContext('this', ctx);
assert.notStrictEqual(inner, sandbox);
assert.strictEqual(vm.runInContext('this === globalThis', ctx), true);
assert.strictEqual(inner.a, 10);
assert.ok(Object.keys(inner).includes('a'));

// Accessors on the sandbox run.
let got = 0;
const withGetter = vm.createContext({ get g() { got++; return 'G'; } });
assert.strictEqual(vm.runInContext('g', withGetter), 'G');
assert.strictEqual(got, 1);

// Object.defineProperty on the global lands on the sandbox.
const defCtx = vm.createContext({});
vm.runInContext('Object.defineProperty(globalThis, "p", { value: 3, enumerable: true })', defCtx);
assert.strictEqual(defCtx.p, 3);

// Indexed properties.
const idx = vm.createContext({ 0: 'zero' });
assert.strictEqual(vm.runInContext('this[0]', idx), 'zero');
vm.runInContext('this[1] = "one"', idx);
assert.strictEqual(idx[1], 'one');

// runInNewContext with and without a sandbox.
assert.strictEqual(vm.runInNewContext('x * 2', { x: 21 }), 42);
const fresh = {};
vm.runInNewContext('y = 1', fresh);
assert.strictEqual(fresh.y, 1);
assert.strictEqual(vm.runInNewContext('typeof Array'), 'function');

// Built-ins are the context's own.
const OtherArray = vm.runInNewContext('Array');
assert.notStrictEqual(OtherArray, Array);
const arr = vm.runInNewContext('[1, 2]');
assert.strictEqual(arr instanceof Array, false);
assert.strictEqual(Array.isArray(arr), true);
assert.strictEqual(vm.runInNewContext('[] instanceof Array'), true);
// The sandbox's own values do not change their constructors.
assert.strictEqual(vm.runInNewContext('o instanceof Object', { o: {} }), false);

// runInThisContext sees the real globals, not local scope.
globalThis.vmTestGlobal = 5;
assert.strictEqual(vm.runInThisContext('vmTestGlobal + 1'), 6);
const localOnly = 1;  // eslint-disable-line no-unused-vars
assert.strictEqual(vm.runInThisContext('typeof localOnly'), 'undefined');
delete globalThis.vmTestGlobal;

// The context's global, used from outside, is a view of the sandbox.
{
  const sb = { a: 1 };
  const c = vm.createContext(sb);
  const g = vm.runInContext('this', c);
  g.b = 2;
  assert.deepStrictEqual([sb.b, g.a, g.b], [2, 1, 2]);
  Object.defineProperty(g, 'acc', { get() { return 'got'; }, configurable: true, enumerable: true });
  assert.strictEqual(typeof Object.getOwnPropertyDescriptor(sb, 'acc').get, 'function');
  assert.strictEqual(vm.runInContext('acc', c), 'got');
  assert.deepStrictEqual(Object.keys(g), ['a', 'b', 'acc']);
  delete g.a;
  assert.strictEqual('a' in sb, false);
  assert.strictEqual(vm.runInContext('typeof a', c), 'undefined');
  assert.strictEqual(vm.runInContext('this.hasOwnProperty("b")', c), true);
  assert.deepStrictEqual(vm.runInContext('Object.getOwnPropertyDescriptor(this, "b")', c),
                         vm.runInContext('({ value: 2, writable: true, enumerable: true, ' +
                                         'configurable: true })', c));
  vm.runInContext('var v = 1', c);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(sb, 'v'),
                         { value: 1, writable: true, enumerable: true, configurable: true });
}
