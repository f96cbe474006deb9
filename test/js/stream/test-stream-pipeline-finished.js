'use strict';
// pipeline and finished, callback and stream/promises forms: data flows, errors anywhere destroy
// every stream and reach the callback once, AbortSignal aborts, premature close, generators as
// stages, { end: false }, finished's cleanup function and options, argument validation.
const assert = require('assert');
const stream = require('stream');
const promises = require('stream/promises');
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = stream;

function upper() {
  return new Transform({
    transform(chunk, encoding, cb) { cb(null, chunk.toString().toUpperCase()); },
  });
}
function sink(out) {
  return new Writable({ write(chunk, e, cb) { out.push(chunk.toString()); cb(); } });
}

(async () => {
  // Callback form: data through, callback once with no error.
  {
    const out = [];
    await new Promise((resolve) => {
      const ret = pipeline(Readable.from(['a', 'b']), upper(), sink(out), (err) => {
        assert.strictEqual(err, undefined);
        resolve();
      });
      assert.ok(ret instanceof Writable);
    });
    assert.deepStrictEqual(out, ['A', 'B']);
  }

  // An error in the middle destroys every stream and reaches the callback.
  {
    const src = new Readable({ read() {} });
    const mid = new Transform({ transform(c, e, cb) { cb(new Error('mid failed')); } });
    const dst = new PassThrough();
    const err = await new Promise((resolve) => {
      pipeline(src, mid, dst, resolve);
      src.push('x');
    });
    assert.strictEqual(err.message, 'mid failed');
    assert.strictEqual(src.destroyed, true);
    assert.strictEqual(mid.destroyed, true);
    assert.strictEqual(dst.destroyed, true);
  }

  // Destroying the destination early is a premature close for the pipeline.
  {
    const src = new Readable({ read() {} });
    const dst = new Writable({ write(c, e, cb) { cb(); } });
    const err = await new Promise((resolve) => {
      pipeline(src, dst, resolve);
      setImmediate(() => dst.destroy());
    });
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(err.message, 'Premature close');
    assert.strictEqual(src.destroyed, true);
  }

  // Promise form, with async generator stages.
  {
    const out = [];
    await promises.pipeline(
      Readable.from(['x', 'y']),
      async function* (source) { for await (const c of source) yield `${c}!`; },
      sink(out),
    );
    assert.deepStrictEqual(out, ['x!', 'y!']);
    // The last stage may be an async function consuming the source; its value resolves the promise.
    const value = await promises.pipeline(Readable.from([1, 2, 3]), async (source) => {
      let sum = 0;
      for await (const n of source) sum += n;
      return sum;
    });
    assert.strictEqual(value, 6);
  }

  // An AbortSignal aborts the pipeline with an AbortError.
  {
    const ac = new AbortController();
    const src = new Readable({ read() {} });
    const p = promises.pipeline(src, new PassThrough(), { signal: ac.signal });
    setImmediate(() => ac.abort());
    await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
    assert.strictEqual(src.destroyed, true);
  }

  // { end: false } leaves the destination open.
  {
    const dst = new PassThrough();
    await promises.pipeline(Readable.from(['q']), dst, { end: false });
    assert.strictEqual(dst.writableEnded, false);
    assert.strictEqual(dst.read().toString(), 'q');
  }

  // Validation.
  assert.throws(() => pipeline(Readable.from([]), () => {}), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "streams" argument must be specified',
  });
  assert.throws(() => pipeline(Readable.from([])), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "streams[stream.length - 1]" property must be of type function. ' +
      'Received an instance of Readable',
  });
  assert.throws(() => pipeline(Readable.from([]), new PassThrough(), 'nope'), {
    code: 'ERR_INVALID_ARG_TYPE',
  });

  // finished(): callback on end, on error, on premature close; the return value removes listeners.
  {
    const r = Readable.from(['a']);
    r.resume();
    await new Promise((resolve) => finished(r, (err) => { assert.strictEqual(err, undefined); resolve(); }));

    const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
    const p = new Promise((resolve) => finished(w, resolve));
    w.on('error', () => {});
    w.write('x');
    assert.strictEqual((await p).message, 'write failed');

    const r2 = new Readable({ read() {} });
    const p2 = new Promise((resolve) => finished(r2, resolve));
    r2.destroy();
    assert.strictEqual((await p2).code, 'ERR_STREAM_PREMATURE_CLOSE');

    const r3 = new Readable({ read() {} });
    const cleanup = finished(r3, () => assert.fail('cleaned up: not called'));
    assert.strictEqual(typeof cleanup, 'function');
    cleanup();
    r3.destroy();

    // readable: false waits only for the writable side of a duplex.
    const d = new PassThrough();
    const p3 = new Promise((resolve) => finished(d, { readable: false }, resolve));
    d.end('z');
    assert.strictEqual(await p3, undefined);
    assert.strictEqual(d.readableEnded, false);
  }

  // stream/promises finished, with a signal.
  {
    const r = Readable.from(['a']);
    r.resume();
    assert.strictEqual(await promises.finished(r), undefined);
    const ac = new AbortController();
    const r2 = new Readable({ read() {} });
    const p = promises.finished(r2, { signal: ac.signal });
    ac.abort();
    await assert.rejects(p, { name: 'AbortError' });
  }

  // util.promisify gives the promise versions; stream.promises is stream/promises.
  assert.strictEqual(require('util').promisify(pipeline), promises.pipeline);
  assert.strictEqual(require('util').promisify(finished), promises.finished);
  assert.strictEqual(stream.promises, promises);
  assert.strictEqual(stream.promises, stream.promises);

  completed = true;
})().catch((err) => { console.error(err); process.exitCode = 1; });

let completed = false;
process.on('exit', (code) => { if (code === 0) assert.ok(completed, 'the test did not run to its end'); });
