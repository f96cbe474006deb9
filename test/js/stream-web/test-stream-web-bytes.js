'use strict';
// Byte streams: BYOB readers (views of any type, `min`, partial fills, respond and
// respondWithNewView), autoAllocateChunkSize, default readers on byte streams, and tee of both
// kinds of stream (chunks shared or cloned, cancel reasons combined).
const assert = require('assert');
const { ReadableStream } = require('stream/web');

async function byob() {
  const data = new Uint8Array(100).map((_, i) => i);
  let offset = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const request = controller.byobRequest;
      if (offset >= data.length) {
        controller.close();
        if (request) request.respond(0);
        return;
      }
      const view = request.view;
      const n = Math.min(view.byteLength, 30, data.length - offset);
      view.set(data.subarray(offset, offset + n));
      offset += n;
      request.respond(n);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  let buffer = new ArrayBuffer(64);
  const seen = [];
  for (;;) {
    const { value, done } = await reader.read(new Uint8Array(buffer));
    if (done) {
      assert.strictEqual(value.byteLength, 0);
      break;
    }
    // The buffer was transferred: the old one is detached, the view's is new.
    assert.strictEqual(buffer.byteLength, 0);
    seen.push(...value);
    buffer = value.buffer;
  }
  assert.deepStrictEqual(seen, [...data]);
}

async function typedViewsAndMin() {
  const rs = new ReadableStream({
    type: 'bytes',
    start(controller) {
      controller.enqueue(new Uint8Array([1, 0, 2, 0, 3]));
      controller.enqueue(new Uint8Array([0, 4, 0]));
      controller.close();
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  // Uint16 elements: the odd trailing byte waits for the next chunk.
  const first = await reader.read(new Uint16Array(2));
  assert.ok(first.value instanceof Uint16Array);
  assert.deepStrictEqual([...first.value], [1, 2]);
  const second = await reader.read(new Uint16Array(4), { min: 2 });
  assert.deepStrictEqual([...second.value], [3, 4]);
  const last = await reader.read(new DataView(new ArrayBuffer(2)));
  assert.strictEqual(last.done, true);
  assert.ok(last.value instanceof DataView);

  const reader2 = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  await assert.rejects(reader2.read(new Uint8Array(0)), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: View or Viewed ArrayBuffer is zero-length or detached',
  });
  await assert.rejects(reader2.read(new Uint8Array(4), { min: 5 }), {
    code: 'ERR_OUT_OF_RANGE',
  });
  await assert.rejects(reader2.read(new Uint8Array(4), { min: 0 }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
  await assert.rejects(reader2.read({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
}

async function respondWithNewView() {
  const rs = new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const view = controller.byobRequest.view;
      const filled = new Uint8Array(view.buffer, view.byteOffset, 3);
      filled.set([7, 8, 9]);
      controller.byobRequest.respondWithNewView(filled);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(10));
  assert.deepStrictEqual([...value], [7, 8, 9]);
}

async function autoAllocate() {
  let pulls = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 16,
    pull(controller) {
      pulls++;
      const request = controller.byobRequest;
      assert.strictEqual(request.view.byteLength, 16);
      request.view[0] = pulls;
      request.respond(1);
      if (pulls === 2) controller.close();
    },
  });
  const values = [];
  for await (const chunk of rs) values.push([...chunk]);
  assert.deepStrictEqual(values, [[1], [2]]);
  assert.throws(() => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
}

async function defaultReaderOnBytes() {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const chunk = new Uint8Array([1, 2, 3]);
  controller.enqueue(chunk);
  // Enqueue transfers the chunk's buffer.
  assert.strictEqual(chunk.byteLength, 0);
  assert.strictEqual(controller.desiredSize, -3);
  const reader = rs.getReader();
  const { value } = await reader.read();
  assert.deepStrictEqual([...value], [1, 2, 3]);
  assert.throws(() => controller.enqueue(new Uint8Array(0)), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: chunk ArrayBuffer is zero-length or detached',
  });
  assert.throws(() => controller.enqueue('str'), { code: 'ERR_INVALID_ARG_TYPE' });
  controller.close();
  assert.throws(() => controller.close(), { code: 'ERR_INVALID_STATE' });
  assert.strictEqual((await reader.read()).done, true);
}

async function tee() {
  const cancelReasons = [];
  const rs = new ReadableStream({
    start(c) {
      c.enqueue({ n: 1 });
      c.enqueue({ n: 2 });
      c.close();
    },
    cancel(reason) { cancelReasons.push(reason); },
  });
  const [a, b] = rs.tee();
  assert.strictEqual(rs.locked, true);
  const ra = a.getReader();
  const rb = b.getReader();
  const a1 = await ra.read();
  const b1 = await rb.read();
  assert.strictEqual(a1.value, b1.value, 'default tee shares chunks');
  assert.deepStrictEqual((await ra.read()).value, { n: 2 });
  assert.strictEqual((await ra.read()).done, true);
  assert.deepStrictEqual((await rb.read()).value, { n: 2 });

  // Cancel reaches the source only when both branches cancel, with both reasons.
  const rs2 = new ReadableStream({ cancel(reason) { cancelReasons.push(reason); } });
  const [c, d] = rs2.tee();
  const pc = c.cancel('one');
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(cancelReasons, []);
  await Promise.all([pc, d.cancel('two')]);
  assert.deepStrictEqual(cancelReasons, [['one', 'two']]);

  // An error reaches both branches.
  const boom = new Error('tee');
  let ctl;
  const [e, f] = new ReadableStream({ start(x) { ctl = x; } }).tee();
  ctl.error(boom);
  await assert.rejects(e.getReader().closed, (err) => err === boom);
  await assert.rejects(f.getReader().closed, (err) => err === boom);
}

async function byteTee() {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 2, 3, 4]));
      c.close();
    },
  });
  const [a, b] = rs.tee();
  const ra = a.getReader({ mode: 'byob' });
  const rb = b.getReader();
  const got = await ra.read(new Uint8Array(2));
  assert.deepStrictEqual([...got.value], [1, 2]);
  const other = await rb.read();
  // The other branch gets its own copy of the whole chunk.
  assert.deepStrictEqual([...other.value], [1, 2]);
  const rest = await ra.read(new Uint8Array(8));
  assert.deepStrictEqual([...rest.value], [3, 4]);
  assert.deepStrictEqual([...(await rb.read()).value], [3, 4]);
  assert.strictEqual((await rb.read()).done, true);
  assert.strictEqual((await ra.read(new Uint8Array(1))).done, true);
}

(async () => {
  await byob();
  await typedViewsAndMin();
  await respondWithNewView();
  await autoAllocate();
  await defaultReaderOnBytes();
  await tee();
  await byteTee();
})().then(() => {}, (error) => {
  console.error(error);
  process.exit(1);
});
