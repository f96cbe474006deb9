'use strict';
// The Readable's chunk queue: read(n) across chunk boundaries for bytes and decoded strings,
// unshift in front of queued chunks, setEncoding re-decoding what is queued, and long queues
// drained one by one (objectMode) and in pieces.
const assert = require('assert');
const { Readable } = require('stream');

// Bytes: read(n) that spans several chunks, then exactly one, then part of one.
{
  const r = new Readable({ read() {} });
  for (const s of ['ab', 'cde', 'f', 'ghij']) r.push(s);
  assert.strictEqual(r.readableLength, 10);
  assert.strictEqual(r.read(4).toString(), 'abcd'); // 'ab' + 'cd' of 'cde'
  assert.strictEqual(r.read(1).toString(), 'e'); // the rest of that chunk exactly
  assert.strictEqual(r.read(3).toString(), 'fgh'); // 'f' + part of 'ghij'
  assert.strictEqual(r.readableLength, 2);
  r.unshift(Buffer.from('XY'));
  assert.strictEqual(r.readableLength, 4);
  assert.strictEqual(r.read(3).toString(), 'XYi');
  r.push(null);
  assert.strictEqual(r.read().toString(), 'j');
}

// Strings: with an encoding, read(n) counts characters.
{
  const r = new Readable({ read() {}, encoding: 'utf8' });
  for (const s of ['héllo', ' ', 'wörld']) r.push(s);
  assert.strictEqual(r.read(3), 'hél');
  assert.strictEqual(r.read(4), 'lo w');
  assert.strictEqual(r.read(), 'örld');
}

// setEncoding after bytes were queued decodes them, including a character split across chunks.
{
  const r = new Readable({ read() {} });
  const snow = Buffer.from('☃');
  r.push(snow.subarray(0, 1));
  r.push(snow.subarray(1));
  r.push('!');
  r.setEncoding('utf8');
  assert.strictEqual(r.read(), '☃!');
}

// read() with no argument in paused mode returns everything queued, concatenated.
{
  const r = new Readable({ read() {} });
  const parts = [];
  for (let i = 0; i < 50; i++) {
    const b = Buffer.alloc(3, i);
    parts.push(b);
    r.push(b);
  }
  r.push(null);
  assert.ok(r.read().equals(Buffer.concat(parts)));
}

// A long objectMode queue, shifted one at a time, keeps its order; unshift mid-way goes first.
{
  const r = new Readable({ objectMode: true, highWaterMark: 1e6, read() {} });
  const n = 5000;
  for (let i = 0; i < n; i++) r.push({ i });
  assert.strictEqual(r.readableLength, n);
  for (let i = 0; i < 3000; i++) assert.strictEqual(r.read().i, i);
  r.unshift({ i: 'front' });
  assert.strictEqual(r.read().i, 'front');
  for (let i = 3000; i < n; i++) assert.strictEqual(r.read().i, i);
  assert.strictEqual(r.read(), null);
  assert.strictEqual(r.readableLength, 0);
  // Queue again after draining.
  r.push({ i: 'again' });
  assert.strictEqual(r.read().i, 'again');
}

// Byte reads over a long queue, with pieces that cut chunks.
{
  const r = new Readable({ highWaterMark: 1e6, read() {} });
  const whole = [];
  for (let i = 0; i < 3000; i++) {
    const b = Buffer.from([i & 0xff, (i >> 8) & 0xff, 7]);
    whole.push(b);
    r.push(b);
  }
  const all = Buffer.concat(whole);
  const got = [];
  let chunk;
  while ((chunk = r.read(7)) !== null) got.push(chunk);
  r.push(null);
  const rest = r.read();
  if (rest) got.push(rest);
  assert.ok(Buffer.concat(got).equals(all));
}
