'use strict';
// buf.copy (ranges, overlap, clamping, errors) and slice/subarray sharing memory.
const assert = require('assert');

const src = Buffer.from('abcdef');
const dst = Buffer.alloc(4);
assert.strictEqual(src.copy(dst), 4);
assert.strictEqual(dst.toString(), 'abcd');
assert.strictEqual(src.copy(dst, 1, 4), 2);
assert.strictEqual(dst.toString(), 'aefd');
assert.strictEqual(src.copy(dst, 0, 1, 2), 1);
assert.strictEqual(dst.toString(), 'befd');
assert.strictEqual(src.copy(dst, 10), 0);
assert.strictEqual(src.copy(dst, 0, 3, 3), 0);
assert.strictEqual(src.copy(dst, 0, 2, 100), 4);
assert.strictEqual(dst.toString(), 'cdef');
assert.strictEqual(src.copy(new Uint8Array(2)), 2);
assert.strictEqual(src.copy(dst, '1'), 3);

// Overlapping copies within one buffer behave like memmove.
const o = Buffer.from('123456789');
o.copy(o, 2, 0, 5);
assert.strictEqual(o.toString(), '121234589');
const p = Buffer.from('123456789');
p.copy(p, 0, 2);
assert.strictEqual(p.toString(), '345678989');

assert.throws(() => src.copy(dst, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => src.copy(dst, 0, 7), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 6. Received 7',
});
assert.throws(() => src.copy(dst, 0, 0, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceEnd" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => src.copy('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"target\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')",
});

// slice and subarray share memory and are Buffers.
const base = Buffer.from('hello world');
const s = base.slice(6, 11);
assert.ok(s instanceof Buffer);
assert.strictEqual(s.toString(), 'world');
s[0] = 0x57;
assert.strictEqual(base.toString(), 'hello World');
assert.strictEqual(base.subarray(-5).toString(), 'World');
assert.strictEqual(base.slice(-5, -1).toString(), 'Worl');
assert.strictEqual(base.slice(5, 2).length, 0);
assert.strictEqual(base.slice(100).length, 0);
assert.strictEqual(base.slice('2', '4').toString(), 'll');
assert.strictEqual(base.slice(NaN, 2).toString(), 'he');
assert.ok(base.subarray(1) instanceof Buffer);
assert.strictEqual(base.subarray(1).buffer, base.buffer);
assert.strictEqual(base.parent, base.buffer);
assert.strictEqual(base.offset, base.byteOffset);
// Uint8Array methods that make new arrays give Buffers too.
assert.ok(base.map((x) => x) instanceof Buffer);
assert.ok(base.filter(() => true) instanceof Buffer);
