'use strict';
// events.once(): a promise of the event's arguments; rejects on 'error'.
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

let finished = false;
(async () => {
  await resolves();
  await rejectsOnError();
  await waitForError();
  await listenersVisible();
  finished = true;
})().then(null, (err) => { process.exitCode = 1; throw err; });
process.on('exit', () => assert.ok(finished, 'not all scenarios finished'));
