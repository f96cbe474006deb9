'use strict';
// buffer.isUtf8, buffer.isAscii and buffer.transcode (ICU), with their argument errors.
const assert = require('assert');
const { isUtf8, isAscii, transcode } = require('buffer');

assert.strictEqual(isUtf8(Buffer.from('héllo €😀')), true);
assert.strictEqual(isUtf8(Buffer.alloc(0)), true);
assert.strictEqual(isUtf8(new Uint8Array([0xc3])), false);
assert.strictEqual(isUtf8(new Uint8Array([0xed, 0xa0, 0x80])), false);  // a surrogate
assert.strictEqual(isUtf8(new Uint8Array([0xc0, 0x80])), false);  // overlong
assert.strictEqual(isUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80])), false);
assert.strictEqual(isUtf8(new Uint8Array([0xf0, 0x9f, 0x98, 0x80]).buffer), true);
assert.strictEqual(isUtf8(Buffer.from('a'.repeat(100) + '\xff', 'latin1')), false);

assert.strictEqual(isAscii(Buffer.from('hello')), true);
assert.strictEqual(isAscii(Buffer.from('héllo')), false);
assert.strictEqual(isAscii(new ArrayBuffer(4)), true);
assert.strictEqual(isAscii(new Uint16Array([0x7f7f])), true);

for (const fn of [isUtf8, isAscii]) {
  assert.throws(() => fn('abc'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray\./,
  });
}

assert.strictEqual(transcode(Buffer.from('€a'), 'utf8', 'ascii').toString(), '?a');
assert.strictEqual(transcode(Buffer.from('éa'), 'utf8', 'latin1').toString('latin1'), 'éa');
assert.strictEqual(transcode(Buffer.from('a€'), 'utf8', 'ucs2').toString('hex'), '6100ac20');
assert.strictEqual(transcode(Buffer.from('a€', 'utf16le'), 'utf16le', 'utf8').toString(), 'a€');
assert.strictEqual(transcode(Buffer.from([0xe9]), 'latin1', 'utf8').toString(), 'é');
assert.ok(Buffer.isBuffer(transcode(Buffer.from('x'), 'utf8', 'utf16le')));
assert.strictEqual(transcode(Buffer.alloc(0), 'utf8', 'nope').length, 0);
assert.throws(() => transcode(Buffer.from('a'), 'utf8', 'hex'), {
  name: 'Error',
  code: 'U_ILLEGAL_ARGUMENT_ERROR',
  message: 'Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]',
});
assert.throws(() => transcode('a', 'utf8', 'ascii'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"source\" argument must be an instance of Buffer or Uint8Array. Received type string ('a')",
});
