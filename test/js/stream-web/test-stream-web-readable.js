'use strict';
// ReadableStream (default controller): queueing, backpressure through desiredSize, pull timing,
// close/error/cancel propagation, locking, async iteration and ReadableStream.from.
const assert = require('assert');
const { ReadableStream, CountQueuingStrategy } = require('stream/web');

const tick = () => new Promise((resolve) => setImmediate(resolve));

async function backpressure() {
  const desired = [];
  let pulls = 0;
  let controller;
  const rs = new ReadableStream({
    start(c) {
      controller = c;
      desired.push(c.desiredSize);
      c.enqueue('a');
      desired.push(c.desiredSize);
      c.enqueue('b');
      desired.push(c.desiredSize);
    },
    pull() {
      pulls++;
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  await tick();
  assert.deepStrictEqual(desired, [2, 1, 0]);
  // The queue is full: no pull until something is read.
  assert.strictEqual(pulls, 0);
  const reader = rs.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  await tick();
  assert.strictEqual(pulls, 1);
  assert.strictEqual(controller.desiredSize, 1);
  // A size function counts in its own units.
  const sized = new ReadableStream({
    start(c) {
      c.enqueue('abcd');
      assert.strictEqual(c.desiredSize, 6);
    },
  }, { highWaterMark: 10, size: (chunk) => chunk.length });
  assert.strictEqual(sized.locked, false);
}

async function pullOnDemand() {
  let n = 0;
  const rs = new ReadableStream({
    pull(c) {
      n++;
      if (n <= 3) c.enqueue(n);
      else c.close();
    },
  }, { highWaterMark: 0 });
  await tick();
  assert.strictEqual(n, 0, 'highWaterMark 0 does not pull before a read');
  const got = [];
  for await (const value of rs) got.push(value);
  assert.deepStrictEqual(got, [1, 2, 3]);
  assert.strictEqual(rs.locked, false);
}

async function closeAndError() {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue(1);
      c.close();
      assert.throws(() => c.enqueue(2), {
        name: 'TypeError', code: 'ERR_INVALID_STATE',
        message: 'Invalid state: Controller is already closed',
      });
      assert.throws(() => c.close(), { code: 'ERR_INVALID_STATE' });
    },
  });
  const reader = rs.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  await reader.closed;

  const boom = new Error('boom');
  const errored = new ReadableStream({ start(c) { c.error(boom); } });
  const r2 = errored.getReader();
  await assert.rejects(r2.read(), (e) => e === boom);
  await assert.rejects(r2.closed, (e) => e === boom);
  await assert.rejects(errored.cancel(), { code: 'ERR_INVALID_STATE' });
  r2.releaseLock();
  await assert.rejects(errored.cancel(), (e) => e === boom);

  // A throwing start errors the constructor call; a rejecting start errors the stream.
  assert.throws(() => new ReadableStream({ start() { throw boom; } }), (e) => e === boom);
  const rejected = new ReadableStream({ start() { return Promise.reject(boom); } });
  await assert.rejects(rejected.getReader().read(), (e) => e === boom);
  // A throwing pull errors the stream.
  const badPull = new ReadableStream({ pull() { throw boom; } });
  await assert.rejects(badPull.getReader().closed, (e) => e === boom);
}

async function cancel() {
  let cancelReason;
  const rs = new ReadableStream({
    start(c) { c.enqueue('x'); },
    cancel(reason) {
      cancelReason = reason;
      return 'ignored';
    },
  });
  const reader = rs.getReader();
  const pending = reader.closed;
  assert.strictEqual(await reader.cancel('why'), undefined);
  assert.strictEqual(cancelReason, 'why');
  await pending;
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  // A rejecting cancel rejects cancel().
  const boom = new Error('no');
  const rs2 = new ReadableStream({ cancel() { throw boom; } });
  await assert.rejects(rs2.cancel(), (e) => e === boom);
}

async function locking() {
  const rs = new ReadableStream();
  const reader = rs.getReader();
  assert.strictEqual(rs.locked, true);
  assert.throws(() => rs.getReader(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE',
    message: 'Invalid state: ReadableStream is locked',
  });
  const read = reader.read();
  reader.releaseLock();
  await assert.rejects(read, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Releasing reader' });
  await assert.rejects(reader.closed, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Reader released' });
  await assert.rejects(reader.read(), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: The reader is not attached to a stream',
  });
  assert.strictEqual(rs.locked, false);
  assert.throws(() => rs.getReader({ mode: 'byob' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => rs.getReader({ mode: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.mode' is invalid. Received 'x'",
  });
}

async function iteration() {
  const make = (log) => new ReadableStream({
    start(c) {
      c.enqueue(1);
      c.enqueue(2);
      c.enqueue(3);
    },
    cancel(reason) { log.push(['cancel', reason]); },
  });
  const log = [];
  const rs = make(log);
  for await (const value of rs) {
    log.push(value);
    if (value === 2) break;
  }
  assert.deepStrictEqual(log, [1, 2, ['cancel', undefined]]);
  assert.strictEqual(rs.locked, false);

  const log2 = [];
  const rs2 = make(log2);
  for await (const value of rs2.values({ preventCancel: true })) {
    log2.push(value);
    break;
  }
  assert.deepStrictEqual(log2, [1]);
  const rest = [];
  for await (const value of rs2) {
    rest.push(value);
    if (value === 3) break;
  }
  assert.deepStrictEqual(rest, [2, 3]);

  // An error thrown inside the loop body cancels the stream with... nothing in particular; the
  // error of the stream rejects the iteration.
  const boom = new Error('iter');
  const failing = new ReadableStream({ pull(c) { c.error(boom); } });
  await assert.rejects((async () => { for await (const x of failing) void x; })(), (e) => e === boom);

  // next() calls queue: concurrent reads get successive chunks.
  const it = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue('b');
      c.close();
    },
  })[Symbol.asyncIterator]();
  const results = await Promise.all([it.next(), it.next(), it.next()]);
  assert.deepStrictEqual(results.map((r) => r.value), ['a', 'b', undefined]);
}

async function from() {
  const fromArray = ReadableStream.from([1, Promise.resolve(2), 3]);
  const values = [];
  for await (const v of fromArray) values.push(v);
  assert.deepStrictEqual(values, [1, 2, 3]);

  let returned = false;
  async function* gen() {
    try {
      yield 'a';
      yield 'b';
    } finally {
      returned = true;
    }
  }
  const rs = ReadableStream.from(gen());
  const reader = rs.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  await reader.cancel('stop');
  assert.strictEqual(returned, true);

  assert.throws(() => ReadableStream.from(5), {
    name: 'TypeError', code: 'ERR_ARG_NOT_ITERABLE', message: '5 must be iterable',
  });
  assert.throws(() => ReadableStream.from({ [Symbol.asyncIterator]: () => 1 }), {
    code: 'ERR_INVALID_STATE',
  });
  // A stream given to from() is read through its async iterator.
  const inner = new ReadableStream({ start(c) { c.enqueue('z'); c.close(); } });
  const outer = [];
  for await (const v of ReadableStream.from(inner)) outer.push(v);
  assert.deepStrictEqual(outer, ['z']);
}

async function argumentErrors() {
  assert.throws(() => new ReadableStream(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  });
  assert.throws(() => new ReadableStream({}, { highWaterMark: NaN }), { name: 'RangeError' });
  assert.throws(() => new ReadableStream({ type: 'x' }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'source.type' is invalid. Received 'x'",
  });
  assert.throws(() => new ReadableStream({}, { size: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => ReadableStream.prototype.tee.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ReadableStream',
  });
  await assert.rejects(ReadableStream.prototype.cancel.call({}), { code: 'ERR_INVALID_THIS' });
  assert.throws(() => new (require('stream/web').ReadableStreamDefaultController)(), {
    code: 'ERR_ILLEGAL_CONSTRUCTOR',
  });
  // A size that answers a negative number errors the stream and throws from enqueue.
  const rs = new ReadableStream({
    start(c) {
      assert.throws(() => c.enqueue('x'), { name: 'RangeError' });
    },
  }, { size: () => -1 });
  await assert.rejects(rs.getReader().closed, { name: 'RangeError' });
  // Globals are the module's classes.
  assert.strictEqual(globalThis.ReadableStream, ReadableStream);
  assert.strictEqual(Object.prototype.toString.call(rs), '[object ReadableStream]');
}

(async () => {
  await backpressure();
  await pullOnDemand();
  await closeAndError();
  await cancel();
  await locking();
  await iteration();
  await from();
  await argumentErrors();
})().then(() => {}, (error) => {
  console.error(error);
  process.exit(1);
});
