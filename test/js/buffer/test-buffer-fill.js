'use strict';
// buf.fill with numbers, strings in each encoding, Buffers, ranges, and its errors.
const assert = require('assert');

const hex = (b) => b.toString('hex');
assert.strictEqual(hex(Buffer.alloc(4).fill(1)), '01010101');
assert.strictEqual(hex(Buffer.alloc(4).fill(257)), '01010101');
assert.strictEqual(hex(Buffer.alloc(4).fill(-1)), 'ffffffff');
assert.strictEqual(hex(Buffer.alloc(4).fill(1, 1, 3)), '00010100');
assert.strictEqual(hex(Buffer.alloc(4).fill(true)), '01010101');
assert.strictEqual(Buffer.alloc(5).fill('ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(5).fill('ab', 1).toString('latin1'), '\0abab');
assert.strictEqual(Buffer.alloc(5).fill('ab', 1, 3).toString('latin1'), '\0ab\0\0');
assert.strictEqual(hex(Buffer.alloc(4).fill('abcd', 'hex')), 'abcdabcd');
assert.strictEqual(hex(Buffer.alloc(4).fill('abzz', 'hex')), 'abababab');
assert.strictEqual(hex(Buffer.alloc(4).fill('q83v', 'base64')), 'abcdefab');
assert.strictEqual(hex(Buffer.alloc(4).fill('a', 'utf16le')), '61006100');
assert.strictEqual(hex(Buffer.alloc(3).fill('é', 'latin1')), 'e9e9e9');
assert.strictEqual(hex(Buffer.alloc(5).fill('é')), 'c3a9c3a9c3');
assert.strictEqual(hex(Buffer.alloc(2).fill('€')), 'e282');  // cut inside the character
assert.strictEqual(hex(Buffer.alloc(3).fill('')), '000000');
assert.strictEqual(hex(Buffer.alloc(5).fill(Buffer.from([1, 2]))), '0102010201');
assert.strictEqual(hex(Buffer.alloc(4).fill(new Uint16Array([0x0201]))), '01020102');
assert.strictEqual(hex(Buffer.alloc(4).fill(1, 3, 1)), '00000000');

const b = Buffer.alloc(4);
assert.strictEqual(b.fill(0), b);

assert.throws(() => Buffer.alloc(4).fill('zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(4).fill(Buffer.alloc(0)), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => Buffer.alloc(4).fill('a', 'nope'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope',
});
assert.throws(() => Buffer.alloc(4).fill('a', 0, 4, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "encoding" argument must be of type string. Received type number (5)',
});
assert.throws(() => Buffer.alloc(4).fill(1, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: /^The value of "offset" is out of range\. It must be >= 0 && <= \d+\. Received -1$/,
});
assert.throws(() => Buffer.alloc(4).fill(1, 0, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "end" is out of range. It must be >= 0 && <= 4. Received 5',
});
assert.throws(() => Buffer.alloc(4).fill(1, '1'), { code: 'ERR_INVALID_ARG_TYPE' });
