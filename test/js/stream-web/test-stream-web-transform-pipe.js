'use strict';
// TransformStream (transform, flush, cancel, terminate, backpressure) and pipeTo/pipeThrough
// (ordering, close/error/cancel propagation, prevent* options, AbortSignal).
const assert = require('assert');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

const tick = () => new Promise((resolve) => setImmediate(resolve));

function source(chunks, log) {
  return new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
    cancel(reason) { log?.push(['cancel', reason]); },
  });
}

function sink(log, extra = {}) {
  return new WritableStream({
    write(chunk) { log.push(chunk); },
    close() { log.push('close'); },
    abort(reason) { log.push(['abort', reason]); },
    ...extra,
  });
}

async function transform() {
  const upper = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk.toUpperCase());
      controller.enqueue('|');
    },
    flush(controller) { controller.enqueue('END'); },
  });
  const log = [];
  await source(['a', 'b'], log).pipeThrough(upper).pipeTo(sink(log));
  assert.deepStrictEqual(log, ['A', '|', 'B', '|', 'END', 'close']);

  // Identity transform.
  const id = new TransformStream();
  const out = [];
  await source([1, 2]).pipeThrough(id).pipeTo(sink(out));
  assert.deepStrictEqual(out, [1, 2, 'close']);

  // A throwing transform errors both sides.
  const boom = new Error('t');
  const failing = new TransformStream({ transform() { throw boom; } });
  const writer = failing.writable.getWriter();
  await assert.rejects(writer.write('x'), (e) => e === boom);
  await assert.rejects(failing.readable.getReader().read(), (e) => e === boom);

  // terminate() closes the readable side and errors the writable side.
  const term = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk);
      controller.terminate();
    },
  });
  const tw = term.writable.getWriter();
  const tr = term.readable.getReader();
  await tw.write('only');
  assert.deepStrictEqual(await tr.read(), { value: 'only', done: false });
  assert.deepStrictEqual(await tr.read(), { value: undefined, done: true });
  await assert.rejects(tw.closed, {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: TransformStream has been terminated',
  });

  // cancel() of the readable side runs the transformer's cancel and errors the writable side.
  const cancelLog = [];
  const cancellable = new TransformStream({ cancel(reason) { cancelLog.push(reason); } });
  await cancellable.readable.cancel('gone');
  assert.deepStrictEqual(cancelLog, ['gone']);
  await assert.rejects(cancellable.writable.getWriter().closed, (e) => e === 'gone');
}

async function transformBackpressure() {
  let transforms = 0;
  const ts = new TransformStream({
    transform(chunk, controller) {
      transforms++;
      controller.enqueue(chunk);
    },
  });
  const writer = ts.writable.getWriter();
  // readable highWaterMark 0: the first write waits for a read.
  writer.write('a');
  writer.write('b');
  await tick();
  assert.strictEqual(transforms, 0);
  assert.strictEqual(writer.desiredSize, -1);
  const reader = ts.readable.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  await tick();
  assert.strictEqual(transforms, 1);
  assert.deepStrictEqual(await reader.read(), { value: 'b', done: false });
}

async function pipeOrdering() {
  // The sink sees writes one at a time, in order, and close after the last.
  const log = [];
  let active = 0;
  const ws = new WritableStream({
    async write(chunk) {
      active++;
      assert.strictEqual(active, 1);
      await tick();
      log.push(chunk);
      active--;
    },
    close() { log.push('close'); },
  });
  await source([1, 2, 3, 4, 5]).pipeTo(ws);
  assert.deepStrictEqual(log, [1, 2, 3, 4, 5, 'close']);
}

async function pipePropagation() {
  const boom = new Error('src');
  // Source error aborts the destination.
  const log = [];
  const erroring = new ReadableStream({ start(c) { c.enqueue('a'); c.error(boom); } });
  await assert.rejects(erroring.pipeTo(sink(log)), (e) => e === boom);
  assert.deepStrictEqual(log, [['abort', boom]]);

  // preventAbort leaves it alone.
  const log2 = [];
  const dest2 = sink(log2);
  await assert.rejects(new ReadableStream({ start(c) { c.error(boom); } })
    .pipeTo(dest2, { preventAbort: true }), (e) => e === boom);
  assert.deepStrictEqual(log2, []);
  assert.strictEqual(dest2.locked, false);

  // Destination error cancels the source.
  const log3 = [];
  const destError = new Error('dest');
  const src3 = new ReadableStream({
    pull(c) { c.enqueue('x'); },
    cancel(reason) { log3.push(['cancel', reason]); },
  });
  await assert.rejects(src3.pipeTo(new WritableStream({ write() { throw destError; } })),
                       (e) => e === destError);
  assert.deepStrictEqual(log3, [['cancel', destError]]);

  // preventClose keeps the destination open.
  const log4 = [];
  const dest4 = sink(log4);
  await source(['q']).pipeTo(dest4, { preventClose: true });
  assert.deepStrictEqual(log4, ['q']);
  const w4 = dest4.getWriter();
  await w4.write('more');
  assert.deepStrictEqual(log4, ['q', 'more']);

  // A closed destination cancels the source (unless preventCancel).
  const closedDest = new WritableStream();
  await closedDest.close();
  const log5 = [];
  await assert.rejects(source(['z'], log5).pipeTo(closedDest), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: Destination WritableStream is closed',
  });
  assert.strictEqual(log5[0][0], 'cancel');

  // Locked streams are refused.
  const locked = new ReadableStream();
  locked.getReader();
  await assert.rejects(locked.pipeTo(new WritableStream()), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: The ReadableStream is locked',
  });
  await assert.rejects(new ReadableStream().pipeTo({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream().pipeThrough({}), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
}

async function pipeSignal() {
  const log = [];
  const ac = new AbortController();
  const src = new ReadableStream({
    pull(c) {
      c.enqueue('tick');
      return tick();
    },
    cancel(reason) { log.push(['cancel', reason.name]); },
  });
  const dest = new WritableStream({
    write() {},
    abort(reason) { log.push(['abort', reason.name]); },
  });
  const piping = src.pipeTo(dest, { signal: ac.signal });
  await tick();
  ac.abort();
  await assert.rejects(piping, { name: 'AbortError' });
  assert.deepStrictEqual(log.sort(), [['abort', 'AbortError'], ['cancel', 'AbortError']]);
  assert.strictEqual(src.locked, false);
  assert.strictEqual(dest.locked, false);

  // An already aborted signal with preventCancel and preventAbort: nothing is touched.
  const log2 = [];
  const reason = new Error('r');
  await assert.rejects(source(['a'], log2).pipeTo(sink(log2), {
    signal: AbortSignal.abort(reason), preventAbort: true, preventCancel: true,
  }), (e) => e === reason);
  assert.deepStrictEqual(log2, []);
}

(async () => {
  await transform();
  await transformBackpressure();
  await pipeOrdering();
  await pipePropagation();
  await pipeSignal();
})().then(() => {}, (error) => {
  console.error(error);
  process.exit(1);
});
