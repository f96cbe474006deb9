'use strict';
// events.once(): a promise of the event's arguments; rejects on 'error' and on abort.
const assert = require('assert');
const EventEmitter = require('events');
const { once } = EventEmitter;

async function resolves() {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('myevent', 42, 'x'));
  const value = await once(ee, 'myevent');
  assert.deepStrictEqual(value, [42, 'x']);
  assert.strictEqual(ee.listenerCount('myevent'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);

  process.nextTick(() => ee.emit('empty'));
  assert.deepStrictEqual(await once(ee, 'empty'), []);
}

async function rejectsOnError() {
  const ee = new EventEmitter();
  const err = new Error('kaboom');
  process.nextTick(() => ee.emit('error', err));
  await assert.rejects(once(ee, 'myevent'), (e) => e === err);
  assert.strictEqual(ee.listenerCount('myevent'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
}

async function waitForError() {
  // once(ee, 'error') resolves with the error instead of rejecting.
  const ee = new EventEmitter();
  const err = new Error('as value');
  process.nextTick(() => ee.emit('error', err));
  assert.deepStrictEqual(await once(ee, 'error'), [err]);
  assert.strictEqual(ee.listenerCount('error'), 0);
}

async function listenersVisible() {
  const ee = new EventEmitter();
  const p = once(ee, 'x');
  assert.strictEqual(ee.listenerCount('x'), 1);
  assert.strictEqual(ee.listenerCount('error'), 1);
  ee.emit('x', 1);
  assert.deepStrictEqual(await p, [1]);
}

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
  await resolves();
  await rejectsOnError();
  await waitForError();
  await listenersVisible();
  await signal();
  await eventTarget();
  finished = true;
})().then(null, (err) => { process.exitCode = 1; throw err; });
process.on('exit', () => assert.ok(finished, 'not all scenarios finished'));
