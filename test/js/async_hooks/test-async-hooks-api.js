'use strict';
// node:async_hooks API surface: AsyncLocalStorage (snapshot, bind, disable, name/defaultValue),
// AsyncResource (bind, ids, validation). The low-level hooks have tests of their own.
const assert = require('assert');
const { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId } =
  require('node:async_hooks');

const als = new AsyncLocalStorage();
assert.strictEqual(als.getStore(), undefined);
const snapshot = als.run('a', () => AsyncLocalStorage.snapshot());
assert.strictEqual(snapshot(() => als.getStore()), 'a');
assert.strictEqual(als.getStore(), undefined);
const bound = als.run('b', () => AsyncLocalStorage.bind(() => als.getStore()));
assert.strictEqual(bound(), 'b');
als.run('c', () => {
  als.disable();
  assert.strictEqual(als.getStore(), undefined);
  als.enterWith('d');
  assert.strictEqual(als.getStore(), 'd');
});
assert.strictEqual(als.run(1, (x, y) => x + y + als.getStore(), 2, 3), 6);
assert.strictEqual(new AsyncLocalStorage(5).getStore(), undefined);  // Node 22 ignores arguments

// Two storages are independent.
const other = new AsyncLocalStorage();
als.run('x', () => other.run('y', () => {
  assert.strictEqual(als.getStore(), 'x');
  assert.strictEqual(other.getStore(), 'y');
}));

const resource = new AsyncResource('T');
assert.strictEqual(typeof resource.asyncId(), 'number');
assert.strictEqual(resource.triggerAsyncId(), executionAsyncId());
assert.strictEqual(executionAsyncId(), 1);
assert.strictEqual(resource.runInAsyncScope(function(a) { return [this, a]; }, 't', 1)[1], 1);
const fn = resource.bind(function(a, b) { return a + b; });
assert.strictEqual(fn.length, 2);
assert.strictEqual(fn.asyncResource, resource);
assert.strictEqual(fn(1, 2), 3);
assert.strictEqual(AsyncResource.bind((x) => x * 2)(4), 8);
// An empty type is rejected only while an init hook would see it (Node 22+; node v20 always
// rejects it).
if (process.versions.tide || Number(process.versions.node.split('.')[0]) >= 22) {
  new AsyncResource('');
}
const hook = createHook({ init() {} }).enable();
assert.throws(() => new AsyncResource(''), {
  code: 'ERR_ASYNC_TYPE', name: 'TypeError', message: 'Invalid name for async "type": ',
});
hook.disable();
assert.throws(() => new AsyncResource(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new AsyncResource('T', { triggerAsyncId: -2 }), { code: 'ERR_INVALID_ASYNC_ID' });
assert.throws(() => resource.bind(5), { code: 'ERR_INVALID_ARG_TYPE' });
