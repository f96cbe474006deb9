'use strict';
// The ids a tick runs with while no hook is enabled (tide keeps them beside the tick queue,
// run-length encoded, and queues a bare callback when there is nothing else to keep): each tick
// has its own id, its trigger is the id current when it was queued, and ids taken by other
// resources in between, nested ticks, arguments and hooks enabled later all keep them right.
const assert = require('assert');
const async_hooks = require('async_hooks');
const { AsyncLocalStorage } = async_hooks;

const seen = [];
function record(tag) {
  return () => seen.push({ tag, id: async_hooks.executionAsyncId(), trigger: async_hooks.triggerAsyncId() });
}

const top = async_hooks.executionAsyncId();
// A run of plain ticks, one with arguments, then one queued after a timer took an id.
for (let i = 0; i < 5; i++) process.nextTick(record(`run${i}`));
process.nextTick((a, b) => {
  assert.strictEqual(a, 1);
  assert.strictEqual(b, 2);
  record('args')();
}, 1, 2);
const timer = setTimeout(() => {}, 1);
process.nextTick(record('afterTimer'));
// Nested ticks: each is triggered by the tick that queued it.
process.nextTick(function outer() {
  const outerId = async_hooks.executionAsyncId();
  process.nextTick(() => {
    const innerId = async_hooks.executionAsyncId();
    assert.strictEqual(async_hooks.triggerAsyncId(), outerId);
    assert.notStrictEqual(innerId, outerId);
    process.nextTick(() => {
      assert.strictEqual(async_hooks.triggerAsyncId(), innerId);
      seen.push({ tag: 'nested-done' });
    });
  });
});

process.on('exit', () => {
  assert.strictEqual(seen.length, 8);
  const ids = seen.filter((s) => s.id !== undefined).map((s) => s.id);
  assert.strictEqual(new Set(ids).size, ids.length, 'every tick has its own id');
  for (const s of seen) {
    if (s.trigger !== undefined) assert.strictEqual(s.trigger, top, s.tag);
    if (s.id !== undefined) assert.ok(s.id > top, s.tag);
  }
  // Ticks queued one after another take consecutive ids; the timer took one in between.
  const byTag = Object.fromEntries(seen.map((s) => [s.tag, s.id]));
  for (let i = 1; i < 5; i++) assert.strictEqual(byTag[`run${i}`], byTag[`run${i - 1}`] + 1);
  assert.strictEqual(byTag.args, byTag.run4 + 1);
  assert.strictEqual(byTag.afterTimer, byTag.args + 2);
});

// A hook enabled after ticks were queued sees them run (before/after, with the ids they run
// with) and gets a resource object for them.
setTimeout(() => {
  const befores = [];
  let hook;
  process.nextTick(() => {
    const id = async_hooks.executionAsyncId();
    hook = async_hooks.createHook({
      before(asyncId) { befores.push(asyncId); },
    }).enable();
    process.nextTick(() => {
      assert.strictEqual(async_hooks.triggerAsyncId(), id);
      assert.strictEqual(typeof async_hooks.executionAsyncResource(), 'object');
    });
  });
  process.nextTick(() => { befores.push(['late', async_hooks.executionAsyncId()]); });
  setTimeout(() => {
    hook.disable();
    const late = befores.find((b) => Array.isArray(b));
    assert.ok(befores.includes(late[1]), 'before ran for a tick queued before the hook');
  }, 1);
}, 5);

// AsyncLocalStorage across ticks with and without arguments.
const als = new AsyncLocalStorage();
als.run('store', () => {
  process.nextTick(() => assert.strictEqual(als.getStore(), 'store'));
  process.nextTick((x) => assert.strictEqual(als.getStore() + x, 'store!'), '!');
});
process.nextTick(() => assert.strictEqual(als.getStore(), undefined));

// Many runs queued at once (each tick follows a timer that took an id): the record ring grows
// and every tick still gets its own id.
setTimeout(() => {
  const got = [];
  const timers = [];
  for (let i = 0; i < 300; i++) {
    timers.push(setTimeout(() => {}, 1000));
    const i2 = i;
    process.nextTick(() => { got[i2] = async_hooks.executionAsyncId(); });
  }
  process.nextTick(() => {
    for (const t of timers) clearTimeout(t);
    assert.strictEqual(got.length, 300);
    for (let i = 1; i < 300; i++) assert.strictEqual(got[i], got[i - 1] + 2);
  });
}, 2);
