'use strict';
// zlib.constants, zlib.codes, the legacy top-level constants and crc32.
const assert = require('assert');
const zlib = require('zlib');

const C = zlib.constants;
// A null-prototype object of read-only properties, itself not frozen (as in Node).
assert.strictEqual(Object.getPrototypeOf(C), null);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(C, 'Z_OK'),
                       { value: 0, writable: false, enumerable: true, configurable: false });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib, 'constants'),
                       { value: C, writable: false, enumerable: true, configurable: false });
assert.strictEqual(C.Z_NO_FLUSH, 0);
assert.strictEqual(C.Z_FINISH, 4);
assert.strictEqual(C.Z_BLOCK, 5);
assert.strictEqual(C.Z_DATA_ERROR, -3);
assert.strictEqual(C.Z_DEFAULT_CHUNK, 16384);
assert.strictEqual(C.Z_MAX_CHUNK, Infinity);
assert.strictEqual(C.BROTLI_ENCODE, 9);
assert.strictEqual(C.BROTLI_PARAM_QUALITY, 1);
assert.strictEqual(C.BROTLI_DEFAULT_QUALITY, 11);
assert.strictEqual(C.BROTLI_DECODER_ERROR_UNREACHABLE, -31);
assert.strictEqual(typeof C.ZLIB_VERNUM, 'number');
// Node 22.12's list (zstd came in 22.15).
assert.strictEqual(Object.keys(C).length, 107);
assert.strictEqual(Object.keys(C).filter((k) => k.startsWith('BROTLI_')).length, 63);

assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes[-3], 'Z_DATA_ERROR');
assert.strictEqual(zlib.codes['0'], 'Z_OK');
assert.ok(Object.isFrozen(zlib.codes));

// Legacy copies: non-enumerable, read-only, for the zlib (not brotli) constants.
assert.strictEqual(zlib.Z_OK, 0);
assert.strictEqual(zlib.Z_BEST_COMPRESSION, 9);
assert.strictEqual(zlib.DEFLATE, 1);
assert.strictEqual(zlib.Z_DEFAULT_CHUNK, 16384);
assert.strictEqual(zlib.BROTLI_PARAM_MODE, undefined);
assert.ok(!Object.keys(zlib).includes('Z_OK'));
assert.throws(() => {
  'use strict';
  zlib.Z_OK = 1;
}, TypeError);
assert.ok(Object.keys(zlib).includes('constants'));

// crc32 (Node 22.2): strings as UTF-8, any TypedArray/DataView, a running value.
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32(Buffer.from('hello')), 907060870);
assert.strictEqual(zlib.crc32(''), 0);
assert.strictEqual(zlib.crc32('ünïcödé'), zlib.crc32(Buffer.from('ünïcödé')));
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
assert.strictEqual(zlib.crc32(new Uint16Array([0x6968])), zlib.crc32('hi'));
assert.strictEqual(zlib.crc32(new DataView(Buffer.from('hello').buffer, 0, 5)),
                   zlib.crc32(Buffer.from(Buffer.from('hello').buffer, 0, 5)));
assert.strictEqual(zlib.crc32('123456789'), 0xcbf43926);  // the CRC-32 check value
assert.throws(() => zlib.crc32(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, ' +
           'or DataView. Received type number (1)',
});
assert.throws(() => zlib.crc32('a', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => zlib.crc32('a', 'b'), { code: 'ERR_INVALID_ARG_TYPE' });
