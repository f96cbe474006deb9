'use strict';
// Readable/Writable/Duplex .fromWeb/.toWeb: data, backpressure in both directions, errors and
// destruction crossing over, and node:stream's pipeline/finished/consumers taking web streams.
const assert = require('assert');
const { Readable, Writable, Duplex, PassThrough, finished } = require('stream');
const { pipeline } = require('stream/promises');
const consumers = require('stream/consumers');

const tick = () => new Promise((resolve) => setImmediate(resolve));

async function readableToWeb() {
  // The Readable is paused when the web stream's queue is full (highWaterMark 2 objects).
  let reads = 0;
  const readable = new Readable({
    objectMode: true,
    highWaterMark: 2,
    read() {
      reads++;
      this.push(reads <= 20 ? reads : null);
    },
  });
  const rs = Readable.toWeb(readable);
  await tick();
  await tick();
  const early = reads;
  assert.ok(early <= 6, `read ahead too far: ${early}`);
  const values = [];
  for await (const v of rs) values.push(v);
  assert.deepStrictEqual(values, Array.from({ length: 20 }, (_, i) => i + 1));

  // Bytes arrive as Uint8Arrays of their own; a strategy can be given.
  const rs2 = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('c')], {
    objectMode: false,
  }), { strategy: { highWaterMark: 1 } });
  const chunks = [];
  for await (const c of rs2) chunks.push(c);
  assert.ok(chunks.every((c) => c.constructor === Uint8Array));
  assert.strictEqual(Buffer.concat(chunks).toString(), 'abc');

  // Errors and cancel cross over.
  const boom = new Error('node side');
  const failing = new Readable({ read() { this.destroy(boom); } });
  await assert.rejects(Readable.toWeb(failing).getReader().read(), (e) => e === boom);
  const cancelled = new Readable({ read() {} });
  const rs3 = Readable.toWeb(cancelled);
  await rs3.cancel(new Error('stop'));
  assert.strictEqual(cancelled.destroyed, true);
  // A finished Readable gives a closed stream.
  const ended = Readable.from([]);
  ended.resume();
  await new Promise((resolve) => ended.on('end', resolve));
  assert.strictEqual((await Readable.toWeb(ended).getReader().read()).done, true);
  assert.throws(() => Readable.toWeb({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "streamReadable" argument must be an stream.Readable. Received an instance of Object',
  });
}

async function readableFromWeb() {
  let pulls = 0;
  const rs = new ReadableStream({
    pull(c) {
      pulls++;
      c.enqueue(new Uint8Array(1024));
      if (pulls === 100) c.close();
    },
  }, { highWaterMark: 0 });
  const readable = Readable.fromWeb(rs, { highWaterMark: 4096 });
  await tick();
  await tick();
  // Only what fills the Readable's buffer is pulled before anyone reads.
  assert.ok(pulls <= 6, `pulled too far ahead: ${pulls}`);
  let total = 0;
  for await (const chunk of readable) {
    assert.ok(Buffer.isBuffer(chunk));
    total += chunk.length;
  }
  assert.strictEqual(total, 100 * 1024);

  const text = Readable.fromWeb(ReadableStream.from(['x', 'y']), { objectMode: true });
  assert.deepStrictEqual(await text.toArray(), ['x', 'y']);
  const enc = Readable.fromWeb(ReadableStream.from([new TextEncoder().encode('hé')]),
                               { encoding: 'utf8' });
  assert.deepStrictEqual(await enc.toArray(), ['hé']);

  // destroy() cancels the web stream; a web error destroys the Readable.
  let cancelReason;
  const rs2 = new ReadableStream({ cancel(reason) { cancelReason = reason; } });
  const r2 = Readable.fromWeb(rs2);
  const why = new Error('why');
  r2.on('error', () => {});
  r2.destroy(why);
  await tick();
  assert.strictEqual(cancelReason, why);
  const boom = new Error('web side');
  const r3 = Readable.fromWeb(new ReadableStream({ pull(c) { c.error(boom); } }));
  await assert.rejects(r3.toArray(), (e) => e === boom);
  assert.throws(() => Readable.fromWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.fromWeb(new ReadableStream(), { encoding: 'nope' }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
  assert.throws(() => Readable.fromWeb(new ReadableStream(), { objectMode: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
}

async function writableAdapters() {
  // toWeb: the writer waits for 'drain' when the Writable's buffer is over its mark.
  const callbacks = [];
  const written = [];
  const writable = new Writable({
    highWaterMark: 2,
    write(chunk, encoding, callback) {
      written.push(chunk.toString());
      callbacks.push(callback);
    },
  });
  const ws = Writable.toWeb(writable);
  const writer = ws.getWriter();
  const first = writer.write(new Uint8Array([0x61, 0x62, 0x63]));
  let settled = false;
  first.then(() => { settled = true; });
  await tick();
  assert.strictEqual(settled, false, 'write waits for drain');
  callbacks.shift()();
  await first;
  assert.strictEqual(settled, true);
  const closing = writer.close();
  await closing;
  assert.deepStrictEqual(written, ['abc']);
  assert.strictEqual(writable.writableFinished, true);

  // An error on the Writable errors the WritableStream; abort destroys the Writable.
  const boom = new Error('sink');
  const bad = new Writable({ write(chunk, enc, cb) { cb(boom); } });
  bad.on('error', () => {});
  const w2 = Writable.toWeb(bad).getWriter();
  await w2.write(new Uint8Array(1)).catch(() => {});
  await assert.rejects(w2.closed, (e) => e === boom);
  const victim = new Writable({ write(c, e, cb) { cb(); } });
  victim.on('error', () => {});
  await Writable.toWeb(victim).abort(new Error('abort'));
  assert.strictEqual(victim.destroyed, true);

  // fromWeb: chunks reach the sink as Buffers, end() closes it, a sink error destroys it.
  const got = [];
  let closed = false;
  const nodeSide = Writable.fromWeb(new WritableStream({
    write(chunk) { got.push(chunk); },
    close() { closed = true; },
  }));
  nodeSide.write('hi');
  nodeSide.write(new Uint8Array([0x21]));
  await new Promise((resolve) => nodeSide.end(resolve));
  assert.strictEqual(closed, true);
  assert.ok(got.every((c) => Buffer.isBuffer(c)));
  assert.strictEqual(Buffer.concat(got).toString(), 'hi!');
  const failing = Writable.fromWeb(new WritableStream({ write() { throw boom; } }));
  const error = await new Promise((resolve) => {
    failing.on('error', resolve);
    failing.write('x');
  });
  assert.strictEqual(error, boom);
  // Object mode keeps values as they are.
  const objects = [];
  const objectSide = Writable.fromWeb(new WritableStream({ write(v) { objects.push(v); } }),
                                      { objectMode: true });
  objectSide.write({ a: 1 });
  await new Promise((resolve) => objectSide.end(resolve));
  assert.deepStrictEqual(objects, [{ a: 1 }]);
  assert.throws(() => Writable.fromWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Writable.toWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
}

async function duplexAdapters() {
  const pair = Duplex.toWeb(new PassThrough());
  const writer = pair.writable.getWriter();
  writer.write(new Uint8Array([1, 2]));
  writer.close();
  const out = [];
  for await (const c of pair.readable) out.push(...c);
  assert.deepStrictEqual(out, [1, 2]);

  const upper = new TransformStream({
    transform(chunk, controller) { controller.enqueue(chunk.toString().toUpperCase()); },
  });
  const duplex = Duplex.fromWeb(upper, { encoding: 'utf8' });
  duplex.end('shout');
  assert.deepStrictEqual(await duplex.toArray(), ['SHOUT']);
  assert.throws(() => Duplex.fromWeb({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "pair.readable" property must be an instance of ReadableStream. Received undefined',
  });
  assert.throws(() => Duplex.toWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
  // Duplex.from takes a { readable, writable } pair of web streams too.
  const from = Duplex.from(new TransformStream());
  from.end('pass');
  assert.strictEqual(Buffer.concat(await from.toArray()).toString(), 'pass');
}

async function streamFunctions() {
  const results = [];
  await pipeline(
    ReadableStream.from(['a', 'b']),
    new TransformStream({ transform(c, ctl) { ctl.enqueue(`${c}!`); } }),
    new WritableStream({ write(c) { results.push(c); } }));
  assert.deepStrictEqual(results, ['a!', 'b!']);
  // Node streams and web streams mixed.
  const mixed = [];
  await pipeline(
    Readable.from(['x', 'y']),
    new TransformStream({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } }),
    async function* (source) { for await (const c of source) yield `${c};`; },
    new Writable({ objectMode: true, write(c, e, cb) { mixed.push(c); cb(); } }));
  assert.deepStrictEqual(mixed, ['X;', 'Y;']);
  const boom = new Error('mid');
  await assert.rejects(pipeline(
    ReadableStream.from(['a']),
    new TransformStream({ transform() { throw boom; } }),
    new WritableStream()), (e) => e === boom);

  // finished() on web streams.
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
  const done = new Promise((resolve) => finished(rs, resolve));
  await rs.getReader().read();
  assert.strictEqual(await done, undefined);
  const errored = new ReadableStream({ start(c) { c.error(boom); } });
  assert.strictEqual(await new Promise((resolve) => finished(errored, resolve)), boom);
  const ws = new WritableStream();
  const wsDone = new Promise((resolve) => finished(ws, resolve));
  await ws.close();
  assert.strictEqual(await wsDone, undefined);

  // isDisturbed/isErrored/isReadable answer for web streams.
  const { isDisturbed, isErrored, isReadable } = require('stream');
  const fresh = new ReadableStream({ start(c) { c.enqueue(1); } });
  assert.deepStrictEqual([isDisturbed(fresh), isErrored(fresh), isReadable(fresh)],
                         [false, false, true]);
  await fresh.getReader().read();
  assert.strictEqual(isDisturbed(fresh), true);
  assert.deepStrictEqual([isErrored(errored), isReadable(errored)], [true, false]);

  // stream/consumers read web streams.
  const bytes = () => ReadableStream.from([new TextEncoder().encode('{"k":'), '[1]}']);
  assert.deepStrictEqual(await consumers.json(bytes()), { k: [1] });
  assert.strictEqual(await consumers.text(bytes()), '{"k":[1]}');
  assert.strictEqual((await consumers.buffer(bytes())).toString(), '{"k":[1]}');
  assert.strictEqual((await consumers.arrayBuffer(bytes())).byteLength, 9);
  const blob = await consumers.blob(bytes());
  assert.strictEqual(await blob.text(), '{"k":[1]}');
}

(async () => {
  await readableToWeb();
  await readableFromWeb();
  await writableAdapters();
  await duplexAdapters();
  await streamFunctions();
})().then(() => {}, (error) => {
  console.error(error);
  process.exit(1);
});
