'use strict';
// AsyncResource with real ids: init with its type and trigger, runInAsyncScope entering it
// (before/after, executionAsyncId), emitDestroy, bind; and hooks that enable or disable hooks
// while hooks run.
const assert = require('assert');
const { AsyncResource, createHook, executionAsyncId, triggerAsyncId } = require('async_hooks');

const events = [];
const hook = createHook({
  init(id, type, trigger, resource) {
    if (type === 'MyResource') events.push(['init', id, trigger, resource]);
  },
  before(id) { events.push(['before', id]); },
  after(id) { events.push(['after', id]); },
  destroy(id) { events.push(['destroy', id]); },
}).enable();

const r = new AsyncResource('MyResource');
assert.deepStrictEqual(events, [['init', r.asyncId(), 1, r]]);
assert.strictEqual(r.triggerAsyncId(), 1);
const r2 = new AsyncResource('MyResource', { triggerAsyncId: r.asyncId() });
assert.strictEqual(r2.triggerAsyncId(), r.asyncId());
assert.strictEqual(new AsyncResource('MyResource', 7).triggerAsyncId(), 7);

events.length = 0;
const result = r.runInAsyncScope(function(a, b) {
  assert.strictEqual(this, 'self');
  assert.strictEqual(executionAsyncId(), r.asyncId());
  assert.strictEqual(triggerAsyncId(), 1);
  // Nested scopes stack.
  r2.runInAsyncScope(() => assert.strictEqual(executionAsyncId(), r2.asyncId()));
  assert.strictEqual(executionAsyncId(), r.asyncId());
  return a + b;
}, 'self', 2, 3);
assert.strictEqual(result, 5);
assert.strictEqual(executionAsyncId(), 1);
assert.deepStrictEqual(events, [
  ['before', r.asyncId()], ['before', r2.asyncId()], ['after', r2.asyncId()], ['after', r.asyncId()],
]);

// An exception still leaves the scope.
assert.throws(() => r.runInAsyncScope(() => { throw new Error('boom'); }), /boom/);
assert.strictEqual(executionAsyncId(), 1);

const bound = r.bind(() => executionAsyncId());
assert.strictEqual(bound(), r.asyncId());
assert.strictEqual(AsyncResource.bind(() => executionAsyncId(), 'MyResource')() > r2.asyncId(),
                   true);

// emitDestroy queues the destroy hooks (they run from the loop, not synchronously).
events.length = 0;
assert.strictEqual(r.emitDestroy(), r);
assert.deepStrictEqual(events, []);

// Hooks changed while hooks run take effect after the current round of calls.
const calls = [];
let second;
const first = createHook({
  init(id, type) {
    if (type !== 'Probe') return;
    calls.push('first');
    first.disable();
    second.disable();  // still called for this round
  },
}).enable();
second = createHook({
  init(id, type) { if (type === 'Probe') calls.push('second'); },
}).enable();
new AsyncResource('Probe');
new AsyncResource('Probe');
assert.deepStrictEqual(calls, ['first', 'second']);
const late = [];
const enabler = createHook({
  init(id, type) {
    if (type !== 'Probe2') return;
    createHook({ init(i, t) { if (t === 'Probe2') late.push(i); } }).enable();
  },
}).enable();
new AsyncResource('Probe2');
assert.strictEqual(late.length, 0);
enabler.disable();
const third = new AsyncResource('Probe2');
assert.deepStrictEqual(late, [third.asyncId()]);

setImmediate(() => {
  assert.ok(events.some((e) => e[0] === 'destroy' && e[1] === r.asyncId()));
  hook.disable();
});

// Bad hooks are rejected with Node's errors.
for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
  assert.throws(() => createHook({ [name]: 1 }), {
    code: 'ERR_ASYNC_CALLBACK', name: 'TypeError', message: `hook.${name} must be a function`,
  });
}
