'use strict';
// Byte accounting of Readable and Writable for every kind of byte chunk (Buffer, string, other
// TypedArray views, DataView), in loops long enough for the stream functions to be optimized: the
// lengths are read through the typed-array length getter in the hot paths (see
// lib/internal/buffer.js kShapeProbe), and must match what `.length` gives in every case.
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');

class Bytes extends Uint8Array {}

// Every kind of chunk a byte-mode stream accepts, with the bytes it stands for.
function chunkKinds(i) {
  const n = (i % 7) + 1;
  const bytes = Buffer.alloc(n, 97 + (i % 26));
  return [
    [bytes, bytes],
    [bytes.toString('latin1'), bytes],
    [new Uint8Array(bytes), bytes],
    [new Bytes(bytes), bytes],
    [new Uint16Array([0x6261, 0x6463]), Buffer.from('abcd')],
    [new DataView(new Uint8Array(bytes).buffer), bytes],
    [Buffer.from('x'.repeat(n + 10)).subarray(10), Buffer.from('x'.repeat(n))],
  ];
}

// Readable: readableLength after each push, then read(n) across chunk boundaries.
{
  const r = new Readable({ read() {}, highWaterMark: 1 << 30 });
  const expected = [];
  let total = 0;
  for (let i = 0; i < 3000; i++) {
    for (const [chunk, bytes] of chunkKinds(i)) {
      r.push(chunk);
      total += bytes.length;
      expected.push(bytes);
      assert.strictEqual(r.readableLength, total);
    }
  }
  const all = Buffer.concat(expected);
  // Sizes that take part of a chunk, exactly a chunk, and several chunks with a split one.
  let offset = 0;
  const sizes = [1, 3, 1, 2, 9, 4, 17, 1, 64, 5];
  for (let k = 0; offset < all.length; k++) {
    const want = Math.min(sizes[k % sizes.length], all.length - offset);
    const got = r.read(want);
    assert.ok(Buffer.isBuffer(got));
    assert.strictEqual(got.length, want);
    assert.ok(got.equals(all.subarray(offset, offset + want)), `read at ${offset}`);
    offset += want;
    assert.strictEqual(r.readableLength, all.length - offset);
  }
}

// Readable with an encoding: queued text is counted in characters.
{
  const r = new Readable({ read() {}, highWaterMark: 1 << 30 });
  r.setEncoding('utf8');
  let chars = 0;
  for (let i = 0; i < 2000; i++) {
    const text = i % 2 ? 'é€x' : 'ab';
    r.push(i % 3 ? Buffer.from(text) : text);
    chars += text.length;
    assert.strictEqual(r.readableLength, chars);
  }
  // Splitting a multi-byte character across pushes: counted once decoded.
  const euro = Buffer.from('€');
  r.push(euro.subarray(0, 1));
  assert.strictEqual(r.readableLength, chars);
  r.push(euro.subarray(1));
  chars += 1;
  assert.strictEqual(r.readableLength, chars);
  assert.strictEqual(r.read(3), 'abé');
  assert.strictEqual(r.readableLength, chars - 3);
}

// unshift puts bytes back at the front and counts them.
{
  const r = new Readable({ read() {} });
  r.push(Buffer.from('world'));
  for (let i = 0; i < 2000; i++) {
    const head = r.read(2);
    r.unshift(i % 2 ? head : head.toString('latin1'));
    assert.strictEqual(r.readableLength, 5);
  }
  r.unshift(new Uint8Array([104, 105]));
  assert.strictEqual(r.readableLength, 7);
  assert.strictEqual(r.read().toString(), 'hiworld');
}

// Writable: writableLength while a write is in flight (the rest is buffered), with and without
// decodeStrings; a destroy while buffered gives every buffered byte back.
for (const decodeStrings of [true, false]) {
  const pending = [];
  const w = new Writable({
    decodeStrings,
    highWaterMark: 1 << 30,
    write(chunk, encoding, cb) {
      pending.push(cb);
    },
  });
  let total = 0;
  for (let i = 0; i < 2000; i++) {
    for (const [chunk, bytes] of chunkKinds(i)) {
      w.write(chunk);
      // A string that is not decoded counts its characters (latin1 text: one per byte).
      total += bytes.length;
      assert.strictEqual(w.writableLength, total);
    }
  }
  // Completing the first write moves the next buffered chunk to _write.
  const first = chunkKinds(0)[0][1].length;
  pending.shift()();
  assert.strictEqual(w.writableLength, total - first);
  // Destroyed with a write in flight: the buffered chunks are failed (and their bytes given back)
  // once that write calls back.
  w.on('error', () => {});
  w.destroy();
  assert.strictEqual(w.writableLength, total - first);
  pending.shift()();
  assert.strictEqual(w.writableLength, 0, `decodeStrings ${decodeStrings}`);
}

// A pipeline of many chunks counts every byte once (the optimized flowing path).
{
  const src = new Readable({ read() {} });
  const through = new PassThrough();
  let seen = 0;
  let chunks = 0;
  const sink = new Writable({
    write(chunk, encoding, cb) {
      seen += chunk.length;
      chunks++;
      cb();
    },
  });
  src.pipe(through).pipe(sink);
  let sent = 0;
  for (let i = 0; i < 20000; i++) {
    const chunk = i % 5 === 0 ? new Uint8Array(i % 13 + 1) : Buffer.alloc(i % 17 + 1);
    sent += chunk.length;
    src.push(chunk);
  }
  src.push(null);
  sink.on('finish', () => {
    assert.strictEqual(seen, sent);
    assert.ok(chunks > 0);
  });
}
