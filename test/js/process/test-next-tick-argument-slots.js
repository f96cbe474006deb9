'use strict';
// process.nextTick keeps a tick's arguments in the queue's slots (no object per tick): arguments
// that are undefined or null, ticks that straddle the queue's 2048-slot buffers, a throwing tick,
// and async hooks or AsyncLocalStorage switched on while such ticks wait.
const assert = require('assert');
const async_hooks = require('async_hooks');

const seen = [];
function record(...args) { seen.push(args); }

// 1. Many ticks of every arity, enough to fill several buffers, with awkward values.
const values = [undefined, null, 0, '', false, NaN];
const expected = [];
for (let i = 0; i < 3000; i++) {
  const argc = i % 6;
  const args = [];
  for (let k = 0; k < argc; k++) args.push(values[(i + k) % values.length]);
  expected.push(args);
  process.nextTick(record, ...args);
}

process.nextTick(() => {
  assert.strictEqual(seen.length, 3000);
  for (let i = 0; i < 3000; i++) assert.deepStrictEqual(seen[i], expected[i], `tick ${i}`);
  step2();
});

// 2. A throwing tick with arguments: the ticks after it still run, in order, with theirs.
function step2() {
  const order = [];
  process.once('uncaughtException', (err) => {
    assert.strictEqual(err.message, 'boom 7 8');
    order.push('caught');
  });
  process.nextTick((a) => order.push(a), 'before');
  process.nextTick((a, b) => { throw new Error(`boom ${a} ${b}`); }, 7, 8);
  process.nextTick((a, b, c) => order.push([a, b, c]), 'x', undefined, 'z');
  // (When the rest of the queue runs after a handled exception is not this test's concern.)
  process.nextTick(() => {
    assert.deepStrictEqual(order, ['before', 'caught', ['x', undefined, 'z']]);
    step3();
  });
}

// 3. Ticks queued before an init hook exists run with their arguments once one is enabled, and
// the hook sees them run as TickObjects (before/after).
function step3() {
  const befores = [];
  const hook = async_hooks.createHook({ before(id) { befores.push(id); } });
  const ran = [];
  process.nextTick((a) => ran.push(a), 'one');
  process.nextTick((a, b) => ran.push(a + b), 'tw', 'o');
  hook.enable();
  process.nextTick((a) => { ran.push(a); }, 'three');
  setImmediate(() => {
    hook.disable();
    assert.deepStrictEqual(ran, ['one', 'two', 'three']);
    assert.ok(befores.length >= 3);
    step4();
  });
}

// 4. AsyncLocalStorage created while ticks wait: those ticks run without a store, later ones
// with theirs.
function step4() {
  const ran = [];
  let als;
  process.nextTick((a) => ran.push([a, als.getStore()]), 'early');
  als = new async_hooks.AsyncLocalStorage();
  als.run('store', () => process.nextTick((a, b) => ran.push([a + b, als.getStore()]), 'la', 'te'));
  setImmediate(() => {
    assert.deepStrictEqual(ran, [['early', undefined], ['late', 'store']]);
  });
}
