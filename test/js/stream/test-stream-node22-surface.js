'use strict';
// What node:stream exposes beyond the classes: getDefaultHighWaterMark/setDefaultHighWaterMark
// (with validation), highWaterMark option errors, addAbortSignal, the legacy _stream_* modules,
// the async dispose methods, the web-stream adapters' presence, Stream
// helpers, and that stream/promises is stream.promises.
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;

(async () => {
  // Defaults and their validation.
  assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
  const bytesDefault = stream.getDefaultHighWaterMark(false);
  try {
    stream.setDefaultHighWaterMark(false, 1024);
    assert.strictEqual(new Writable().writableHighWaterMark, 1024);
    stream.setDefaultHighWaterMark(true, 4);
    assert.strictEqual(new Readable({ objectMode: true }).readableHighWaterMark, 4);
  } finally {
    stream.setDefaultHighWaterMark(false, bytesDefault);
    stream.setDefaultHighWaterMark(true, 16);
  }
  assert.throws(() => stream.setDefaultHighWaterMark(false, -1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "value" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
  });
  assert.throws(() => stream.setDefaultHighWaterMark(false, 1.5), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "value" is out of range. It must be an integer. Received 1.5',
  });
  assert.throws(() => stream.setDefaultHighWaterMark(false, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "value" argument must be of type number. Received type string (\'x\')',
  });
  assert.throws(() => new Writable({ highWaterMark: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.highWaterMark' is invalid. Received 'x'",
  });
  assert.throws(() => new Duplex({ readableHighWaterMark: -5 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.readableHighWaterMark' is invalid. Received -5",
  });
  // A highWaterMark of 0 is allowed.
  assert.strictEqual(new Readable({ highWaterMark: 0 }).readableHighWaterMark, 0);

  // addAbortSignal
  assert.throws(() => stream.addAbortSignal('x', new Readable()), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received type string (\'x\')',
  });
  assert.throws(() => stream.addAbortSignal(AbortSignal.abort(), {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. ' +
      'Received an instance of Object',
  });
  {
    const ac = new AbortController();
    const r = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
    const err = new Promise((resolve) => r.on('error', resolve));
    ac.abort();
    assert.strictEqual((await err).name, 'AbortError');
    assert.strictEqual(r.destroyed, true);
    // Also as the signal option of the constructor.
    const ac2 = new AbortController();
    const w = new Writable({ signal: ac2.signal, write(c, e, cb) { cb(); } });
    const err2 = new Promise((resolve) => w.on('error', resolve));
    ac2.abort();
    assert.strictEqual((await err2).code, 'ABORT_ERR');
  }

  // The pre-0.10 module names.
  assert.strictEqual(require('_stream_readable'), Readable);
  assert.strictEqual(require('_stream_writable'), Writable);
  assert.strictEqual(require('_stream_duplex'), Duplex);
  assert.strictEqual(require('_stream_transform'), Transform);
  assert.strictEqual(require('_stream_passthrough'), PassThrough);

  // Async dispose: destroys the stream (an AbortError unless it had ended) and waits for close.
  const asyncDispose = Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose');
  {
    const r = new Readable({ read() {} });
    r.on('error', () => {});
    await r[asyncDispose]();
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(r.errored.name, 'AbortError');
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', () => {});
    await w[asyncDispose]();
    assert.strictEqual(w.destroyed, true);
    assert.strictEqual(w.errored.name, 'AbortError');
    const finishedW = new Writable({ write(c, e, cb) { cb(); } });
    await new Promise((resolve) => finishedW.end(resolve));
    await finishedW[asyncDispose]();
    assert.strictEqual(finishedW.errored, null);
  }

  // Web stream adapters exist (test/js/stream-web covers them) and check their argument.
  for (const Class of [Readable, Writable, Duplex]) {
    for (const method of ['fromWeb', 'toWeb']) {
      assert.strictEqual(typeof Class[method], 'function');
      assert.throws(() => Class[method]({}), { code: 'ERR_INVALID_ARG_TYPE' });
    }
  }

  // The rest of the module's surface.
  assert.strictEqual(stream.Stream, stream);
  assert.strictEqual(typeof stream.duplexPair, 'function');
  assert.strictEqual(stream.promises, require('stream/promises'));
  assert.strictEqual(Object.getOwnPropertyDescriptor(stream, 'promises').enumerable, true);
  assert.strictEqual(stream._isUint8Array(new Uint8Array(1)), true);
  assert.strictEqual(stream._isArrayBufferView(new DataView(new ArrayBuffer(1))), true);
  const viewed = stream._uint8ArrayToBuffer(new Uint8Array([5, 6]));
  assert.ok(Buffer.isBuffer(viewed));
  assert.deepStrictEqual([...viewed], [5, 6]);
  assert.strictEqual(typeof Readable.wrap, 'function');
  assert.strictEqual(typeof Readable.prototype.iterator, 'function');
  assert.strictEqual(typeof Readable.prototype.compose, 'function');
  assert.ok(new PassThrough() instanceof stream.Stream);
  assert.strictEqual(require('util').inspect(new Readable()).split('\n')[0], 'Readable {');
  assert.strictEqual(require('util').inspect(new PassThrough()).split('\n')[0], 'PassThrough {');

  // Streams come with Node's pre-shaped _events; eventNames() lists only events with listeners,
  // before and after listeners come and go.
  {
    const p = new PassThrough();
    assert.deepStrictEqual(p.eventNames(), ['prefinish']); // Transform's own listener
    const f = () => {};
    p.on('data', f);
    p.on('foo', f);
    assert.deepStrictEqual(p.eventNames(), ['prefinish', 'data', 'foo']);
    p.removeListener('data', f);
    p.removeAllListeners('foo');
    assert.deepStrictEqual(p.eventNames(), ['prefinish']);
    assert.strictEqual(p.listenerCount('data'), 0);
    p.removeAllListeners();
    assert.deepStrictEqual(p.eventNames(), []);
    assert.deepStrictEqual(new Writable().eventNames(), []);
  }

  completed = true;
})().catch((err) => { console.error(err); process.exitCode = 1; });

let completed = false;
process.on('exit', (code) => { if (code === 0) assert.ok(completed, 'the test did not run to its end'); });
