'use strict';
// Promises as async resources (V8's promise hooks, installed while a hook is enabled): PROMISE
// init with the parent promise as trigger, before/after around reactions, promiseResolve, and the
// ids inside a reaction and after await.
const assert = require('assert');
const async_hooks = require('async_hooks');
const { executionAsyncId, triggerAsyncId } = async_hooks;

const promises = new Map();
const events = [];
const hook = async_hooks.createHook({
  init(id, type, trigger, resource) {
    if (type !== 'PROMISE') return;
    promises.set(id, { trigger, resource });
    events.push(`init ${id}`);
  },
  before(id) { if (promises.has(id)) events.push(`before ${id}`); },
  after(id) { if (promises.has(id)) events.push(`after ${id}`); },
  promiseResolve(id) { if (promises.has(id)) events.push(`resolve ${id}`); },
}).enable();

const p = Promise.resolve(42);
const [pId] = [...promises.keys()];
assert.strictEqual(promises.get(pId).resource, p);
assert.strictEqual(promises.get(pId).trigger, 1);
const inThen = {};
const child = p.then((v) => {
  inThen.value = v;
  inThen.ids = [executionAsyncId(), triggerAsyncId()];
});
const childId = [...promises.keys()].find((id) => promises.get(id).resource === child);
assert.strictEqual(promises.get(childId).trigger, pId);  // the parent promise

async function f() {
  await null;
  return executionAsyncId();
}
f().then((idAfterAwait) => {
  assert.notStrictEqual(idAfterAwait, 1);
  assert.ok(promises.has(idAfterAwait), 'after await the id is a promise\'s');
  // The reaction of `child` ran in child's context, triggered by p.
  assert.strictEqual(inThen.value, 42);
  assert.deepStrictEqual(inThen.ids, [childId, pId]);
  assert.deepStrictEqual(events.slice(0, 5), [
    `init ${pId}`, `resolve ${pId}`, `init ${childId}`,
    ...events.slice(3, 5),
  ]);
  const before = events.indexOf(`before ${childId}`);
  assert.ok(before > 0);
  assert.strictEqual(events[before + 1], `resolve ${childId}`);
  assert.strictEqual(events[before + 2], `after ${childId}`);
  hook.disable();
  // Disabled: no more promise events.
  const count = events.length;
  Promise.resolve().then(() => {
    assert.strictEqual(events.length, count);
  });
});
