'use strict';
// Buffer.from with each kind of source: strings, arrays, array-likes, ArrayBuffers (shared memory),
// Buffers (copied), objects with valueOf / Symbol.toPrimitive, and the type errors.
const assert = require('assert');
const { Buffer } = require('buffer');

assert.deepStrictEqual([...Buffer.from('abc')], [97, 98, 99]);
assert.deepStrictEqual([...Buffer.from('abc', 'latin1')], [97, 98, 99]);
assert.deepStrictEqual([...Buffer.from('6162', 'hex')], [97, 98]);
assert.strictEqual(Buffer.from('').length, 0);
assert.strictEqual(Buffer.from('', 'hex').length, 0);

// Arrays: values are taken modulo 256.
assert.deepStrictEqual([...Buffer.from([1, 256, 257, -1, 3.7])], [1, 0, 1, 255, 3]);
assert.deepStrictEqual([...Buffer.from({ length: 3, 0: 5, 1: 6 })], [5, 6, 0]);
assert.deepStrictEqual([...Buffer.from({ type: 'Buffer', data: [7, 8] })], [7, 8]);
assert.strictEqual(Buffer.from({ length: 'x' }).length, 0);
assert.deepStrictEqual([...Buffer.from(new Uint16Array([1, 258]))], [1, 2]);

// An ArrayBuffer is shared, with an offset and a length.
const ab = new ArrayBuffer(8);
const shared = Buffer.from(ab, 2, 4);
assert.strictEqual(shared.length, 4);
assert.strictEqual(shared.byteOffset, 2);
new Uint8Array(ab)[3] = 42;
assert.strictEqual(shared[1], 42);
assert.strictEqual(Buffer.from(ab).length, 8);
assert.strictEqual(Buffer.from(ab, 8).length, 0);
assert.strictEqual(Buffer.from(ab, '1').length, 7);
assert.strictEqual(Buffer.from(ab, NaN, -1).length, 0);
assert.throws(() => Buffer.from(ab, 9), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError', message: '"offset" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(ab, 2, 7), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds',
});

// A Buffer (or Uint8Array) is copied.
const original = Buffer.from('xyz');
const copy = Buffer.from(original);
copy[0] = 0;
assert.strictEqual(original.toString(), 'xyz');
assert.strictEqual(Buffer.from(new Uint8Array([1, 2])).toString('hex'), '0102');

// valueOf and Symbol.toPrimitive.
assert.strictEqual(Buffer.from(new String('hey')).toString(), 'hey');
assert.strictEqual(Buffer.from({ valueOf() { return 'abc'; } }).toString(), 'abc');
assert.strictEqual(Buffer.from({ valueOf() { return [1, 2]; } }).length, 2);
assert.strictEqual(Buffer.from({ [Symbol.toPrimitive]() { return '6869'; } }, 'hex').toString(), 'hi');

for (const bad of [undefined, null, 1, true, Symbol('s'), () => {}, {}]) {
  assert.throws(() => Buffer.from(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object\./,
  });
}
assert.throws(() => Buffer.from('x', 'nope'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: nope',
});

// Small results come from the shared pool; big ones have their own memory.
const small = Buffer.from('small');
assert.ok(small.buffer.byteLength >= Buffer.poolSize || small.buffer.byteLength === 5);
const big = Buffer.from('x'.repeat(Buffer.poolSize));
assert.strictEqual(big.buffer.byteLength, Buffer.poolSize);
assert.strictEqual(big.byteOffset, 0);

// Buffer.of and Buffer.copyBytesFrom.
assert.deepStrictEqual([...Buffer.of(1, 2, 300)], [1, 2, 44]);
const u16 = new Uint16Array([0x0102, 0x0304]);
const bytes = Buffer.copyBytesFrom(u16, 1);
assert.strictEqual(bytes.length, 2);
u16[1] = 0;
assert.strictEqual(bytes.readUInt16LE(0), 0x0304);
assert.ok(Buffer.from('a') instanceof Buffer);
assert.ok(Buffer.from('a') instanceof Uint8Array);
