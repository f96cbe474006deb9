'use strict';
// events.on() with an AbortSignal, and over an EventTarget.
const assert = require('assert');
const EventEmitter = require('events');
const { on } = EventEmitter;

async function abortSignal() {
  const ee = new EventEmitter();
  const ac = new AbortController();
  const it = on(ee, 'foo', { signal: ac.signal });
  process.nextTick(() => { ee.emit('foo', 'x'); ac.abort('why'); });
  const got = [];
  await assert.rejects(async () => {
    for await (const [v] of it) got.push(v);
  }, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, 'why');
    return true;
  });
  assert.deepStrictEqual(got, ['x']);
  assert.strictEqual(ee.listenerCount('foo'), 0);

  // Already aborted: throws synchronously.
  assert.throws(() => on(ee, 'foo', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  assert.throws(() => on(ee, 'foo', { signal: 'no' }), { code: 'ERR_INVALID_ARG_TYPE' });
}

async function eventTarget() {
  const et = new EventTarget();
  const it = on(et, 'foo');
  const ev = new Event('foo');
  et.dispatchEvent(ev);
  const { value, done } = await it.next();
  assert.strictEqual(done, false);
  assert.strictEqual(value[0], ev);
  await it.return();
}

let finished = false;
(async () => {
  await abortSignal();
  await eventTarget();
  finished = true;
})().then(null, (err) => { process.exitCode = 1; throw err; });
process.on('exit', () => assert.ok(finished, 'not all scenarios finished'));
