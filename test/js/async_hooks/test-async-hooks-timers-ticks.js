'use strict';
// createHook: init/before/after/destroy for Timeout, Immediate and TickObject resources, in
// Node's order, and the execution/trigger ids inside their callbacks.
const assert = require('assert');
const async_hooks = require('async_hooks');
const { executionAsyncId, triggerAsyncId, executionAsyncResource } = async_hooks;

const events = [];
const types = new Map();
const hook = async_hooks.createHook({
  init(id, type, trigger, resource) {
    if (type !== 'Timeout' && type !== 'Immediate' && type !== 'TickObject') return;
    types.set(id, { type, trigger, resource });
    events.push(['init', type, id]);
  },
  before(id) { if (types.has(id)) events.push(['before', types.get(id).type, id]); },
  after(id) { if (types.has(id)) events.push(['after', types.get(id).type, id]); },
  destroy(id) { if (types.has(id)) events.push(['destroy', types.get(id).type, id]); },
});

assert.strictEqual(executionAsyncId(), 1);
assert.strictEqual(triggerAsyncId(), 0);
assert.strictEqual(hook.enable(), hook);
assert.strictEqual(hook.enable(), hook);  // twice is once

const seen = {};
const timeout = setTimeout(function() {
  seen.timeout = [executionAsyncId(), triggerAsyncId(), executionAsyncResource()];
  // A tick queued here is triggered by the timeout.
  process.nextTick(() => { seen.nestedTick = [executionAsyncId(), triggerAsyncId()]; });
}, 1);
const immediate = setImmediate(() => {
  seen.immediate = [executionAsyncId(), triggerAsyncId(), executionAsyncResource()];
});
process.nextTick((a, b) => {
  seen.tick = [executionAsyncId(), triggerAsyncId(), a, b];
}, 'a', 'b');
const cleared = setTimeout(() => assert.fail('cleared'), 1);
clearTimeout(cleared);

process.on('exit', () => {
  hook.disable();
  const timeoutId = timeout[Symbol.toPrimitive]();
  assert.strictEqual(types.get(timeoutId).type, 'Timeout');
  assert.strictEqual(types.get(timeoutId).trigger, 1);
  assert.strictEqual(types.get(timeoutId).resource, timeout);
  assert.deepStrictEqual(seen.timeout, [timeoutId, 1, timeout]);
  assert.strictEqual(seen.immediate[2], immediate);
  assert.strictEqual(seen.immediate[1], 1);
  assert.strictEqual(types.get(seen.immediate[0]).type, 'Immediate');
  assert.strictEqual(types.get(seen.tick[0]).type, 'TickObject');
  assert.deepStrictEqual(seen.tick.slice(1), [1, 'a', 'b']);
  assert.strictEqual(seen.nestedTick[1], timeoutId);
  assert.strictEqual(types.get(seen.nestedTick[0]).trigger, timeoutId);

  // Ids grow; every resource that ran was entered, left and destroyed, in that order.
  const tickId = seen.tick[0];
  const immediateId = seen.immediate[0];
  const clearedId = cleared[Symbol.toPrimitive]();
  // Destroy hooks run in batches, after the callback (or the clearTimeout) and before the process
  // ends; the rest comes in Node's order.
  const order = events.filter((e) => e[0] !== 'destroy')
    .map((e) => `${e[0]} ${e[1]}${e[2] === clearedId ? ' (cleared)' : ''}`);
  assert.deepStrictEqual(order, [
    'init Timeout',
    'init Immediate',
    'init TickObject',
    'init Timeout (cleared)',
    'before TickObject',
    'after TickObject',
    'before Timeout',
    'init TickObject',
    'after Timeout',
    'before TickObject',
    'after TickObject',
    'before Immediate',
    'after Immediate',
  ]);
  const destroyed = events.filter((e) => e[0] === 'destroy').map((e) => e[2]);
  assert.deepStrictEqual(destroyed.sort((a, b) => a - b), [...types.keys()].sort((a, b) => a - b));
  for (const id of destroyed) {
    const afterAt = events.findIndex((e) => e[0] === 'after' && e[2] === id);
    const destroyAt = events.findIndex((e) => e[0] === 'destroy' && e[2] === id);
    assert.ok(destroyAt > afterAt, `destroy of ${id} after its callback`);
  }
  assert.ok(tickId > immediateId && immediateId > timeoutId);
});
