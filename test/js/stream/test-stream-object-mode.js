'use strict';
// objectMode: highWaterMark counts objects, any value but null is a chunk, read(n) returns one
// object, write() accepts non-buffer values and returns false at the mark; 'readable' and 'end'
// ordering; pipe() between objectMode streams; mixing modes via readableObjectMode.
const assert = require('assert');
const { Readable, Writable, Transform, PassThrough } = require('stream');

const done = new Set();
process.on('exit', () => assert.deepStrictEqual([...done].sort(), ['events', 'pipe', 'write']));

// Reading: one object per read() whatever n is; highWaterMark counts objects.
{
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
  assert.strictEqual(r.push({ a: 1 }), true);
  assert.strictEqual(r.push([1, 2]), false); // 2 objects = the mark
  assert.strictEqual(r.readableLength, 2);
  assert.deepStrictEqual(r.read(100), { a: 1 });
  assert.deepStrictEqual(r.read(), [1, 2]);
  r.push(undefined); // undefined is a value too (only null ends the stream)
  r.push('');
  assert.strictEqual(r.readableLength, 2);
  assert.strictEqual(r.read(), undefined);
  assert.strictEqual(r.read(), '');
}

// Writing: objects go through, write() returns false at the mark, 'drain' follows.
{
  const seen = [];
  let pending = null;
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(obj, encoding, cb) { seen.push(obj); pending = cb; },
  });
  assert.strictEqual(w.write(1), true);
  assert.strictEqual(w.write('two'), false);
  assert.strictEqual(w.writableLength, 2);
  assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES' });
  w.on('drain', () => {
    assert.deepStrictEqual(seen, [1, 'two']);
    done.add('write');
  });
  pending();
  setImmediate(() => pending());
}

// 'readable' fires when data is there; read() until null; 'end' after the last read.
{
  const events = [];
  const r = new Readable({ objectMode: true, read() {} });
  r.on('readable', () => {
    events.push('readable');
    let v;
    while ((v = r.read()) !== null) events.push(v);
  });
  r.on('end', () => {
    events.push('end');
    assert.deepStrictEqual(events, ['readable', 'x', 'y', 'readable', 'end']);
    done.add('events');
  });
  r.push('x');
  r.push('y');
  setImmediate(() => r.push(null));
}

// objectMode pipe through a Transform that changes the shape; mixed modes on a Transform.
{
  const src = Readable.from([{ n: 1 }, { n: 2 }, { n: 3 }]);
  const toLine = new Transform({
    writableObjectMode: true,
    transform(obj, e, cb) { cb(null, `${obj.n}\n`); },
  });
  assert.strictEqual(toLine.writableObjectMode, true);
  assert.strictEqual(toLine.readableObjectMode, false);
  const sink = new PassThrough();
  let text = '';
  sink.on('data', (c) => { text += c; });
  sink.on('end', () => {
    assert.strictEqual(text, '1\n2\n3\n');
    done.add('pipe');
  });
  src.pipe(toLine).pipe(sink);
}
