'use strict';
// Garbage collection (run with --expose-gc): a signal does not keep alive the targets whose
// listeners it would remove, and a timeout or any() signal with 'abort' listeners stays alive
// until it aborts, though nothing else references it.
const assert = require('assert');
const { getEventListeners } = require('events');

const ac = new AbortController();
require('events').setMaxListeners(0, ac.signal);
(function addMany() {
  for (let i = 0; i < 200; i++) {
    const et = new EventTarget();
    et.addEventListener('x', () => {}, { signal: ac.signal });
  }
})();
assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 200);

let timeoutFired = false;
let anyFired = false;
const source = new AbortController();
(function unreferenced() {
  AbortSignal.timeout(30).addEventListener('abort', () => { timeoutFired = true; });
  AbortSignal.any([source.signal]).addEventListener('abort', () => { anyFired = true; });
})();

// Collected: a timeout signal nobody listens to, and (tide only: node keeps it) an any() signal
// whose sources are all gone, since nothing can abort it any more.
const collected = new Set();
const registry = new FinalizationRegistry((name) => collected.add(name));
(function orphans() {
  registry.register(AbortSignal.timeout(100_000), 'timeout');
  const gone = new AbortController();
  const composite = AbortSignal.any([gone.signal]);
  composite.addEventListener('abort', () => {});
  registry.register(composite, 'orphaned any');
})();

async function collect() {
  for (let i = 0; i < 10; i++) {
    globalThis.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

collect().then(() => {
  // The targets are gone; their clean-up listeners left the signal's list.
  const left = getEventListeners(ac.signal, 'abort').filter((l) => l !== undefined).length;
  if (process.env.SHOW_GC) console.log('left', left);
  assert.ok(left < 200);
  assert.ok(collected.has('timeout'));
  if (process.versions.tide !== undefined) assert.ok(collected.has('orphaned any'));
  source.abort();
  assert.strictEqual(anyFired, true);
  setTimeout(() => {
    assert.strictEqual(timeoutFired, true);
    ac.abort();  // still works with what is left
  }, 100);
});

// One target with several listeners on one signal: each is still removed after collections.
// (node v20 loses all but the last clean-up here, so this part runs under tide only.)
const shared = new AbortController();
const holder = new EventTarget();
let sharedCalls = 0;
holder.addEventListener('a', () => sharedCalls++, { signal: shared.signal });
holder.addEventListener('b', () => sharedCalls++, { signal: shared.signal });
if (process.versions.tide !== undefined) collect().then(() => {
  shared.abort();
  holder.dispatchEvent(new Event('a'));
  holder.dispatchEvent(new Event('b'));
  assert.strictEqual(sharedCalls, 0);
  assert.deepStrictEqual(getEventListeners(holder, 'a'), []);
});
