'use strict';
// events.on(): an async iterator over an event's argument arrays; 'error' rejects it,
// return() and the close option end it.
const assert = require('assert');
const EventEmitter = require('events');
const { on } = EventEmitter;

async function basic() {
  const ee = new EventEmitter();
  process.nextTick(() => {
    ee.emit('foo', 'bar');
    ee.emit('error', 42);  // not an event for the iterator
  });
  const iterable = on(ee, 'foo');
  assert.strictEqual(typeof iterable[Symbol.asyncIterator], 'function');
  assert.strictEqual(iterable[Symbol.asyncIterator](), iterable);
  assert.strictEqual(ee.listenerCount('foo'), 1);
  assert.strictEqual(ee.listenerCount('error'), 1);
  const seen = [];
  await assert.rejects(async () => {
    for await (const args of iterable) seen.push(args);
  }, (err) => err === 42);
  assert.deepStrictEqual(seen, [['bar']]);
  assert.strictEqual(ee.listenerCount('foo'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
}

async function buffered() {
  // Events emitted before next() is called are queued.
  const ee = new EventEmitter();
  const it = on(ee, 'foo');
  ee.emit('foo', 1);
  ee.emit('foo', 2, 3);
  ee.emit('foo');
  assert.deepStrictEqual(await it.next(), { value: [1], done: false });
  assert.deepStrictEqual(await it.next(), { value: [2, 3], done: false });
  assert.deepStrictEqual(await it.next(), { value: [], done: false });
  const pending = it.next();
  ee.emit('foo', 'late');
  assert.deepStrictEqual(await pending, { value: ['late'], done: false });
  // return() ends it, resolving outstanding next() promises with done.
  const waiting = it.next();
  assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await waiting, { value: undefined, done: true });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  assert.strictEqual(ee.listenerCount('foo'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
}

async function breakLoop() {
  const ee = new EventEmitter();
  process.nextTick(() => { ee.emit('foo', 'a'); ee.emit('foo', 'b'); });
  const got = [];
  for await (const [v] of on(ee, 'foo')) {
    got.push(v);
    if (v === 'b') break;
  }
  assert.deepStrictEqual(got, ['a', 'b']);
  assert.strictEqual(ee.listenerCount('foo'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
}

async function errorAfterQueued() {
  // Queued events are delivered before the error.
  const ee = new EventEmitter();
  const it = on(ee, 'foo');
  ee.emit('foo', 1);
  const err = new Error('kaboom');
  ee.emit('error', err);
  assert.deepStrictEqual(await it.next(), { value: [1], done: false });
  await assert.rejects(it.next(), (e) => e === err);
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
}

async function throwMethod() {
  const ee = new EventEmitter();
  const it = on(ee, 'foo');
  const pending = it.next();
  const err = new Error('thrown');
  it.throw(err);
  await assert.rejects(pending, (e) => e === err);
  assert.strictEqual(ee.listenerCount('foo'), 0);
  assert.throws(() => it.throw('nope'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. ' +
             "Received type string ('nope')",
  });
}

async function closeOption() {
  const ee = new EventEmitter();
  process.nextTick(() => {
    ee.emit('data', 1);
    ee.emit('data', 2);
    ee.emit('end');
    ee.emit('data', 3);
  });
  const got = [];
  for await (const [v] of on(ee, 'data', { close: ['end', 'finish'] })) got.push(v);
  assert.deepStrictEqual(got, [1, 2]);
  assert.strictEqual(ee.listenerCount('data'), 0);
  assert.strictEqual(ee.listenerCount('end'), 0);
  assert.strictEqual(ee.listenerCount('finish'), 0);
}

async function errorEvent() {
  // Iterating 'error' itself does not add an error handler.
  const ee = new EventEmitter();
  const it = on(ee, 'error');
  assert.strictEqual(ee.listenerCount('error'), 1);
  ee.emit('error', 'e1');
  assert.deepStrictEqual(await it.next(), { value: ['e1'], done: false });
  await it.return();
}

async function watermarks() {
  const ee = new EventEmitter();
  const log = [];
  ee.pause = () => log.push('pause');
  ee.resume = () => log.push('resume');
  const it = on(ee, 'foo', { highWaterMark: 2, lowWaterMark: 1 });
  const data = it[Symbol.for('nodejs.watermarkData')];
  assert.strictEqual(data.high, 2);
  assert.strictEqual(data.low, 1);
  ee.emit('foo', 1);
  ee.emit('foo', 2);
  assert.deepStrictEqual(log, []);
  ee.emit('foo', 3);
  assert.deepStrictEqual(log, ['pause']);
  assert.strictEqual(data.size, 3);
  assert.strictEqual(data.isPaused, true);
  await it.next();
  await it.next();
  assert.deepStrictEqual(log, ['pause']);
  await it.next();
  assert.deepStrictEqual(log, ['pause', 'resume']);
  assert.strictEqual(data.isPaused, false);
  assert.throws(() => on(ee, 'foo', { highWaterMark: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  await it.return();
}

let finished = false;
(async () => {
  await basic();
  await buffered();
  await breakLoop();
  await errorAfterQueued();
  await throwMethod();
  await closeOption();
  await errorEvent();
  await watermarks();
  finished = true;
})().then(null, (err) => { process.exitCode = 1; throw err; });
process.on('exit', () => assert.ok(finished, 'not all scenarios finished'));
