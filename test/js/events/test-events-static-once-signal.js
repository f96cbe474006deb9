'use strict';
// events.once() with an AbortSignal, and on an EventTarget.
const assert = require('assert');
const EventEmitter = require('events');
const { once } = EventEmitter;

async function signal() {
  const ee = new EventEmitter();
  const ac = new AbortController();
  const p = once(ee, 'foo', { signal: ac.signal });
  assert.strictEqual(ee.listenerCount('foo'), 1);
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
  assert.strictEqual(ee.listenerCount('foo'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);

  // Already aborted: rejects without listening.
  await assert.rejects(once(ee, 'foo', { signal: AbortSignal.abort('r') }),
                       (err) => err.name === 'AbortError' && err.cause === 'r');
  assert.strictEqual(ee.listenerCount('foo'), 0);

  // Invalid signal: a rejection, not a synchronous throw.
  const bad = once(ee, 'foo', { signal: {} });
  assert.ok(bad instanceof Promise);
  await assert.rejects(bad, { code: 'ERR_INVALID_ARG_TYPE' });

  // Resolving removes the abort listener: a later abort changes nothing.
  const ac2 = new AbortController();
  const q = once(ee, 'bar', { signal: ac2.signal });
  ee.emit('bar', 'ok');
  assert.deepStrictEqual(await q, ['ok']);
  ac2.abort();
}

async function eventTarget() {
  const et = new EventTarget();
  const ev = new Event('foo');
  process.nextTick(() => et.dispatchEvent(ev));
  const [value] = await once(et, 'foo');
  assert.strictEqual(value, ev);
}

let finished = false;
(async () => {
  await signal();
  await eventTarget();
  finished = true;
})().then(null, (err) => { process.exitCode = 1; throw err; });
process.on('exit', () => assert.ok(finished, 'not all scenarios finished'));
