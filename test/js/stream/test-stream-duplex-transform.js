'use strict';
// Duplex (allowHalfOpen, separate readable/writable options), Duplex.from (functions, generators,
// promises, { readable, writable } pairs, streams), Transform (flush, push from transform,
// errors), PassThrough, compose.
const assert = require('assert');
const { Duplex, Transform, PassThrough, Readable, Writable, compose } = require('stream');
const { pipeline } = require('stream/promises');

(async () => {
  // Duplex: independent sides; allowHalfOpen: false ends the writable side when the readable ends.
  {
    const d = new Duplex({
      readableObjectMode: true,
      writableHighWaterMark: 5,
      read() {},
      write(c, e, cb) { cb(); },
    });
    assert.strictEqual(d.readableObjectMode, true);
    assert.strictEqual(d.writableObjectMode, false);
    assert.strictEqual(d.writableHighWaterMark, 5);
    assert.strictEqual(d.readableHighWaterMark, 16);
    assert.strictEqual(d.allowHalfOpen, true);
    const closed = new Duplex({ allowHalfOpen: false, read() { this.push(null); }, write(c, e, cb) { cb(); } });
    closed.resume();
    await new Promise((resolve) => closed.on('finish', resolve));
    assert.strictEqual(closed.writableEnded, true);
  }

  // Transform: transform may push several chunks, flush adds a tail; errors from the callback.
  {
    const t = new Transform({
      readableObjectMode: true, // one chunk per push
      transform(chunk, encoding, cb) {
        for (const ch of chunk.toString()) this.push(ch);
        cb();
      },
      flush(cb) { cb(null, '!'); },
    });
    t.end('abc');
    const out = [];
    for await (const c of t) out.push(c.toString());
    assert.deepStrictEqual(out, ['a', 'b', 'c', '!']);

    const bad = new Transform({ transform(c, e, cb) { cb(new Error('no')); } });
    const err = await new Promise((resolve) => { bad.on('error', resolve); bad.write('x'); });
    assert.strictEqual(err.message, 'no');

    assert.throws(() => new Transform().write('x'), {
      code: 'ERR_METHOD_NOT_IMPLEMENTED',
      message: 'The _transform() method is not implemented',
    });
  }

  // PassThrough passes bytes unchanged.
  {
    const p = new PassThrough();
    p.end(Buffer.from([1, 2, 3]));
    assert.deepStrictEqual([...p.read()], [1, 2, 3]);
    assert.ok(p instanceof Transform);
    assert.ok(p instanceof Duplex);
    assert.ok(p instanceof Readable);
    assert.ok(p instanceof Writable); // Duplex is a Writable by Symbol.hasInstance
  }

  // Duplex.from
  {
    // An async generator function: a transform from its source to what it yields.
    const upper = Duplex.from(async function* (source) {
      for await (const chunk of source) yield chunk.toString().toUpperCase();
    });
    const out = [];
    await pipeline(Readable.from(['a', 'b']), upper, new Writable({
      write(c, e, cb) { out.push(c.toString()); cb(); },
    }));
    assert.deepStrictEqual(out, ['A', 'B']);

    // A string, an array, a promise: readable-only duplexes.
    assert.deepStrictEqual(await Duplex.from('text').toArray(), ['text']);
    assert.deepStrictEqual(await Duplex.from([1, 2]).toArray(), [1, 2]);
    const fromPromise = Duplex.from(Promise.resolve('p'));
    assert.strictEqual(fromPromise.writable, false);
    assert.deepStrictEqual(await fromPromise.toArray(), ['p']);

    // A { readable, writable } pair.
    const r = new Readable({ read() {} });
    const seen = [];
    const w = new Writable({ write(c, e, cb) { seen.push(c.toString()); cb(); } });
    const pair = Duplex.from({ readable: r, writable: w });
    pair.write('in');
    r.push('out');
    r.push(null);
    assert.deepStrictEqual((await pair.toArray()).map(String), ['out']);
    assert.deepStrictEqual(seen, ['in']);

    // A Duplex is returned as is.
    const same = new PassThrough();
    assert.strictEqual(Duplex.from(same), same);

    assert.throws(() => Duplex.from(42), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
    });
  }

  // compose: streams and generator functions into one Duplex.
  {
    const composed = compose(
      new Transform({ transform(c, e, cb) { cb(null, `${c}1`); } }),
      async function* (source) { for await (const c of source) yield `${c}2`; },
    );
    composed.end('x');
    const out = [];
    for await (const c of composed) out.push(c.toString());
    assert.deepStrictEqual(out, ['x12']);
    assert.throws(() => compose(), { code: 'ERR_MISSING_ARGS' });
  }

  completed = true;
})().catch((err) => { console.error(err); process.exitCode = 1; });

let completed = false;
process.on('exit', (code) => { if (code === 0) assert.ok(completed, 'the test did not run to its end'); });
