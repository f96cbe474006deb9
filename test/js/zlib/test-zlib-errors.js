'use strict';
// Bad arguments and options throw Node's errors; corrupt, truncated or oversized input gives
// Node's zlib errors (message, errno, code) from the Sync, callback and stream forms alike.
const assert = require('assert');
const zlib = require('zlib');

const C = zlib.constants;
function throwsWith(fn, name, code, message) {
  assert.throws(fn, (e) => {
    assert.strictEqual(e.name, name);
    assert.strictEqual(e.code, code);
    assert.strictEqual(e.message, message);
    return true;
  });
}

// Argument and option validation.
throwsWith(() => zlib.deflateSync(123), 'TypeError', 'ERR_INVALID_ARG_TYPE',
           'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, ' +
           'DataView, or ArrayBuffer. Received type number (123)');
throwsWith(() => zlib.deflate(123, () => {}), 'TypeError', 'ERR_INVALID_ARG_TYPE',
           'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, ' +
           'or DataView. Received type number (123)');
throwsWith(() => zlib.deflate('x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
           'The "callback" argument must be of type function. Received undefined');
throwsWith(() => zlib.createDeflate({ level: 20 }), 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 20');
throwsWith(() => zlib.createDeflate({ level: Infinity }), 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "options.level" is out of range. It must be a finite number. ' +
           'Received Infinity');
throwsWith(() => zlib.createDeflate({ level: '1' }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
           'The "options.level" property must be of type number. Received type string (\'1\')');
throwsWith(() => zlib.createDeflate({ windowBits: null }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
           'The "options.windowBits" property must be of type number. Received null');
throwsWith(() => zlib.createGzip({ windowBits: 8 }), 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "options.windowBits" is out of range. It must be >= 9 and <= 15. ' +
           'Received 8');
throwsWith(() => zlib.createInflate({ windowBits: 16 }), 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "options.windowBits" is out of range. It must be >= 8 and <= 15. ' +
           'Received 16');
throwsWith(() => zlib.createDeflate({ memLevel: 10 }), 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "options.memLevel" is out of range. It must be >= 1 and <= 9. ' +
           'Received 10');
throwsWith(() => zlib.createDeflate({ strategy: 5 }), 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "options.strategy" is out of range. It must be >= 0 and <= 4. ' +
           'Received 5');
throwsWith(() => zlib.createDeflate({ chunkSize: 10 }), 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "options.chunkSize" is out of range. It must be >= 64. Received 10');
throwsWith(() => zlib.createDeflate({ flush: 9 }), 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "options.flush" is out of range. It must be >= 0 and <= 5. Received 9');
throwsWith(() => zlib.createBrotliCompress({ finishFlush: 4 }), 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "options.finishFlush" is out of range. It must be >= 0 and <= 3. ' +
           'Received 4');
throwsWith(() => zlib.createDeflate({ maxOutputLength: 0 }), 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "options.maxOutputLength" is out of range. It must be >= 1 and ' +
           '<= 4294967296. Received 0');
throwsWith(() => zlib.createDeflate({ dictionary: 'x' }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
           'The "options.dictionary" property must be an instance of Buffer, TypedArray, ' +
           'DataView, or ArrayBuffer. Received type string (\'x\')');
throwsWith(() => zlib.createBrotliCompress({ params: { 10000: 0 } }), 'RangeError',
           'ERR_BROTLI_INVALID_PARAM', '10000 is not a valid Brotli parameter');
throwsWith(() => zlib.createBrotliCompress({ params: { 0: 0, '00': 1 } }), 'RangeError',
           'ERR_BROTLI_INVALID_PARAM', '00 is not a valid Brotli parameter');
throwsWith(() => zlib.createBrotliCompress({ params: { 1: 'a' } }), 'TypeError',
           'ERR_INVALID_ARG_TYPE',
           'The "options.params[key]" property must be of type number. ' +
           'Received type string (\'a\')');
throwsWith(() => zlib.createBrotliDecompress({ params: { 5: 1 } }), 'Error',
           'ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed');
throwsWith(() => zlib.createDeflate().params(10, 0), 'RangeError', 'ERR_OUT_OF_RANGE',
           'The value of "level" is out of range. It must be >= -1 and <= 9. Received 10');

// Corrupt and truncated data.
function zlibError(fn, message, errno, code) {
  assert.throws(fn, (e) => {
    assert.strictEqual(Object.getPrototypeOf(e), Error.prototype);
    assert.strictEqual(e.message, message);
    assert.strictEqual(e.errno, errno);
    assert.strictEqual(e.code, code);
    return true;
  });
}
const gz = zlib.gzipSync('hello world');
zlibError(() => zlib.gunzipSync(Buffer.from('hello world')), 'incorrect header check', -3,
          'Z_DATA_ERROR');
zlibError(() => zlib.inflateSync(Buffer.from('hello world')), 'incorrect header check', -3,
          'Z_DATA_ERROR');
zlibError(() => zlib.gunzipSync(gz.subarray(0, 10)), 'unexpected end of file', -5, 'Z_BUF_ERROR');
zlibError(() => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('xyz')])),
          'incorrect header check', -3, 'Z_DATA_ERROR');
const corrupt = Buffer.from(gz);
corrupt[corrupt.length - 5] ^= 0xff;  // the CRC
zlibError(() => zlib.gunzipSync(corrupt), 'incorrect data check', -3, 'Z_DATA_ERROR');
const withDict = zlib.deflateSync('hello', { dictionary: Buffer.from('abc') });
zlibError(() => zlib.inflateSync(withDict), 'Missing dictionary', 2, 'Z_NEED_DICT');
zlibError(() => zlib.inflateSync(withDict, { dictionary: Buffer.from('abd') }), 'Bad dictionary', 2,
          'Z_NEED_DICT');
zlibError(() => zlib.brotliDecompressSync(Buffer.from('hello world garbage')),
          'Decompression failed', -6, 'ERR__ERROR_FORMAT_CL_SPACE');
zlibError(() => zlib.brotliDecompressSync(zlib.brotliCompressSync('hello world').subarray(0, 5)),
          'unexpected end of file', -5, 'Z_BUF_ERROR');
// A sync error leaves no uncaught 'error' event behind (checked by the test exiting 0).

// maxOutputLength stops a zip bomb (16 MiB of zeros in about 16 KiB) without inflating it all.
const bomb = zlib.deflateSync(Buffer.alloc(16 * 1024 * 1024));
const bombMessage = 'Cannot create a Buffer larger than 1048576 bytes';
throwsWith(() => zlib.inflateSync(bomb, { maxOutputLength: 1 << 20 }), 'RangeError',
           'ERR_BUFFER_TOO_LARGE', bombMessage);
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(Buffer.alloc(100)),
                                    { maxOutputLength: 100 }).length, 100);
throwsWith(() => zlib.inflateSync(zlib.deflateSync(Buffer.alloc(101)), { maxOutputLength: 100 }),
           'RangeError', 'ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than 100 bytes');
throwsWith(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(5000)),
                                           { maxOutputLength: 4999 }),
           'RangeError', 'ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than 4999 bytes');

// The callback and stream forms report the same errors.
let calls = 0;
zlib.inflate(bomb, { maxOutputLength: 1 << 20 }, (err, result) => {
  calls++;
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
  assert.strictEqual(err.message, bombMessage);
  assert.strictEqual(result, undefined);
});
zlib.gunzip(Buffer.from('not gzip'), (err) => {
  calls++;
  assert.strictEqual(err.message, 'incorrect header check');
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
});
zlib.unzip(gz.subarray(0, 15), (err) => {
  calls++;
  assert.strictEqual(err.message, 'unexpected end of file');
  assert.strictEqual(err.code, 'Z_BUF_ERROR');
});
zlib.brotliDecompress(Buffer.from('garbage garbage garbage'), (err) => {
  calls++;
  assert.strictEqual(err.message, 'Decompression failed');
  assert.strictEqual(err.code, 'ERR__ERROR_FORMAT_PADDING_1');
});
const stream = zlib.createGunzip();
stream.on('error', (err) => {
  calls++;
  assert.strictEqual(err.message, 'incorrect header check');
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(stream.destroyed, true);
});
stream.on('close', () => calls++);
stream.end('definitely not gzip');
process.on('exit', () => assert.strictEqual(calls, 6));
