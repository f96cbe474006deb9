'use strict';
// The module's constants, Buffer.byteLength, Buffer.isEncoding and the module's exports.
const assert = require('assert');
const buffer = require('buffer');

assert.strictEqual(buffer.Buffer, Buffer);
assert.strictEqual(require('node:buffer'), buffer);
assert.strictEqual(buffer.kMaxLength, buffer.constants.MAX_LENGTH);
assert.strictEqual(buffer.kStringMaxLength, buffer.constants.MAX_STRING_LENGTH);
assert.ok(buffer.kMaxLength >= 2 ** 32);
assert.ok(buffer.kStringMaxLength >= 2 ** 28);
assert.strictEqual(typeof buffer.SlowBuffer, 'function');
assert.strictEqual(Buffer.poolSize, 8192);

for (const enc of ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1',
  'binary', 'ascii', 'base64', 'base64url', 'hex', 'HEX', 'Latin1', 'BASE64URL']) {
  assert.strictEqual(Buffer.isEncoding(enc), true, enc);
}
for (const enc of ['', 'utf16', 'utf-16', 'buffer', 'latin-1', null, undefined, 1, {}]) {
  assert.strictEqual(Buffer.isEncoding(enc), false, String(enc));
}

assert.strictEqual(Buffer.byteLength('abc'), 3);
assert.strictEqual(Buffer.byteLength('€'), 3);
assert.strictEqual(Buffer.byteLength('€', 'latin1'), 1);
assert.strictEqual(Buffer.byteLength('€', 'ucs2'), 2);
assert.strictEqual(Buffer.byteLength('€', 'nope'), 3);
assert.strictEqual(Buffer.byteLength(''), 0);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(7)), 7);
assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(5))), 5);
assert.throws(() => Buffer.byteLength(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. ' +
    'Received type number (5)',
});
