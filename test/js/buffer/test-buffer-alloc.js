'use strict';
// Buffer.alloc (with a fill and its encoding), allocUnsafe and its pool, allocUnsafeSlow, SlowBuffer,
// and the size checks.
const assert = require('assert');
const { Buffer, SlowBuffer, constants } = require('buffer');

assert.deepStrictEqual([...Buffer.alloc(3)], [0, 0, 0]);
assert.deepStrictEqual([...Buffer.alloc(3, 7)], [7, 7, 7]);
assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(4, '6162', 'hex').toString(), 'abab');
assert.strictEqual(Buffer.alloc(3, 'YQ==', 'base64').toString(), 'aaa');
assert.strictEqual(Buffer.alloc(4, Buffer.from([1, 2])).toString('hex'), '01020102');
assert.strictEqual(Buffer.alloc(0, 'x').length, 0);
assert.strictEqual(Buffer.alloc(2, '').toString('hex'), '0000');
assert.throws(() => Buffer.alloc(2, 'zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received 'zz'",
});

for (const fn of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow]) {
  assert.strictEqual(fn(10).length, 10);
  assert.strictEqual(fn(0).length, 0);
  assert.throws(() => fn(-1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "size" is out of range. It must be >= 0 && <= ${constants.MAX_LENGTH}. Received -1`,
  });
  assert.throws(() => fn('10'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "size" argument must be of type number. Received type string (\'10\')',
  });
  assert.throws(() => fn(NaN), { code: 'ERR_OUT_OF_RANGE' });
}

// allocUnsafe takes small buffers from the shared pool; allocUnsafeSlow never does.
assert.strictEqual(Buffer.poolSize, 8192);
const a = Buffer.allocUnsafe(10);
const b = Buffer.allocUnsafe(10);
assert.strictEqual(a.buffer, b.buffer);
assert.strictEqual(a.buffer.byteLength, 8192);
assert.strictEqual(b.byteOffset % 8, 0);
assert.notStrictEqual(Buffer.allocUnsafeSlow(10).buffer, Buffer.allocUnsafeSlow(10).buffer);
assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
assert.strictEqual(Buffer.allocUnsafe(4096).buffer.byteLength, 4096);

const slow = SlowBuffer(4);
assert.strictEqual(slow.length, 4);
assert.ok(slow instanceof Uint8Array);
assert.strictEqual(slow.buffer.byteLength, 4);
