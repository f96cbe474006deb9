'use strict';
// Writable: write() return value and 'drain', writableNeedDrain, cork/uncork with writev, final,
// 'finish', end(cb), write-after-end, null chunks, bad chunks and encodings, multiple callbacks.
const assert = require('assert');
const { Writable } = require('stream');

const done = new Set();
process.on('exit', () => {
  assert.deepStrictEqual([...done].sort(),
                         ['cork', 'drain', 'final', 'multiple-callback', 'typed-arrays', 'write-after-end']);
});

// write() returns false once the buffered length reaches highWaterMark; 'drain' follows.
{
  const pending = [];
  const w = new Writable({
    highWaterMark: 10,
    write(chunk, encoding, cb) { pending.push(cb); },
  });
  assert.strictEqual(w.writableHighWaterMark, 10);
  assert.strictEqual(w.write(Buffer.alloc(4)), true);
  assert.strictEqual(w.writableLength, 4);
  assert.strictEqual(w.write(Buffer.alloc(5)), true);
  assert.strictEqual(w.write(Buffer.alloc(1)), false);
  assert.strictEqual(w.writableNeedDrain, true);
  assert.strictEqual(w.writableLength, 10);
  w.on('drain', () => {
    assert.strictEqual(w.writableNeedDrain, false);
    assert.strictEqual(w.writableLength, 0);
    done.add('drain');
  });
  (function next() {
    const cb = pending.shift();
    if (cb) { cb(); setImmediate(next); }
  })();
}

// Node 20+: the return value is decided after _write, so a writer that takes a chunk at once (calls
// back synchronously) leaves nothing buffered and write() says true even for a chunk above the mark;
// one that calls back later leaves it buffered and says false.
{
  const sync = new Writable({ highWaterMark: 4, write(chunk, encoding, cb) { cb(); } });
  assert.strictEqual(sync.write(Buffer.alloc(100)), true);
  assert.strictEqual(sync.writableNeedDrain, false);
  assert.strictEqual(sync.writableLength, 0);
  const later = new Writable({ highWaterMark: 4, write(chunk, encoding, cb) { setImmediate(cb); } });
  assert.strictEqual(later.write(Buffer.alloc(100)), false);
  assert.strictEqual(later.writableNeedDrain, true);
  // A write after end() is false too.
  const ended = new Writable({ write(chunk, encoding, cb) { cb(); } });
  ended.on('error', () => {});
  ended.end();
  assert.strictEqual(ended.write('x'), false);
}

// cork() buffers writes; uncork() hands them to _writev in one call.
{
  const calls = [];
  const w = new Writable({
    writev(chunks, cb) {
      calls.push(chunks.map(({ chunk, encoding }) => [chunk.toString(), encoding]));
      cb();
    },
    write(chunk, encoding, cb) { calls.push(chunk.toString()); cb(); },
  });
  w.cork();
  w.cork();
  assert.strictEqual(w.writableCorked, 2);
  w.write('a');
  w.write('b');
  w.write('c', 'latin1');
  w.uncork();
  assert.strictEqual(calls.length, 0);
  w.uncork();
  assert.strictEqual(w.writableCorked, 0);
  assert.deepStrictEqual(calls, [[['a', 'buffer'], ['b', 'buffer'], ['c', 'buffer']]]);
  // decodeStrings: false keeps strings and their encodings.
  const seen = [];
  const w2 = new Writable({
    decodeStrings: false,
    writev(chunks, cb) { seen.push(...chunks.map((c) => [c.chunk, c.encoding])); cb(); },
  });
  w2.cork();
  w2.write('x', 'hex');
  w2.write('y');
  process.nextTick(() => w2.uncork());
  w2.on('finish', () => {
    assert.deepStrictEqual(seen, [['x', 'hex'], ['y', 'utf8']]);
    done.add('cork');
  });
  w2.end();
}

// final runs before 'finish'; end(chunk, cb) writes then calls back at 'finish'.
{
  const order = [];
  const w = new Writable({
    write(chunk, encoding, cb) { order.push(`write ${chunk}`); cb(); },
    final(cb) { order.push('final'); setTimeout(cb, 5); },
  });
  w.on('finish', () => order.push('finish'));
  w.on('close', () => {
    order.push('close');
    assert.deepStrictEqual(order, ['write x', 'final', 'end cb', 'finish', 'close']);
    assert.strictEqual(w.writableFinished, true);
    assert.strictEqual(w.destroyed, true); // autoDestroy
    done.add('final');
  });
  w.end('x', () => order.push('end cb'));
  assert.strictEqual(w.writableEnded, true);
  assert.strictEqual(w.writableFinished, false);
}

// Writing after end(): the callback and 'error' get ERR_STREAM_WRITE_AFTER_END.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  let viaCb;
  w.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(viaCb, err);
    done.add('write-after-end');
  });
  assert.strictEqual(w.write('x', (err) => { viaCb = err; }), false);
}

// Bad input throws synchronously with Node's errors.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.throws(() => w.write(null), {
    code: 'ERR_STREAM_NULL_VALUES',
    name: 'TypeError',
    message: 'May not write null values to stream',
  });
  assert.throws(() => w.write(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or ' +
      'DataView. Received type number (5)',
  });
  assert.throws(() => w.write('x', 'nope'), {
    code: 'ERR_UNKNOWN_ENCODING',
    message: 'Unknown encoding: nope',
  });
  assert.throws(() => w.setDefaultEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
  // A Writable with neither _write nor _writev throws from write().
  assert.throws(() => new Writable().write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _write() method is not implemented',
  });
}

// TypedArrays and DataViews are written as Buffers over the same memory.
{
  const got = [];
  const w = new Writable({ write(c, e, cb) { got.push([Buffer.isBuffer(c), e, [...c]]); cb(); } });
  w.write(new Uint16Array([0x0201]));
  w.write(new DataView(new Uint8Array([7, 8]).buffer));
  w.end(() => {
    assert.deepStrictEqual(got, [[true, 'buffer', [1, 2]], [true, 'buffer', [7, 8]]]);
    done.add('typed-arrays');
  });
}

// Calling a write callback twice is ERR_MULTIPLE_CALLBACK.
{
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
    assert.strictEqual(err.message, 'Callback called multiple times');
    done.add('multiple-callback');
  });
  w.write('x');
}
