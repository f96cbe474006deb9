'use strict';
// The synchronous _processChunk path as minizlib (used by tar and npm) drives it: it no-ops
// `_handle.close` and the stream's `close`, calls _processChunk once per write on the same engine,
// then puts `_handle` back. The compression state carries over between calls, as in Node.
const assert = require('assert');
const zlib = require('zlib');

function drive(engine, chunks, flushFlag, finishFlag) {
  const out = [];
  chunks.forEach((chunk, i) => {
    const nativeHandle = engine._handle;
    assert.strictEqual(typeof nativeHandle.close, 'function');
    const originalNativeClose = nativeHandle.close;
    nativeHandle.close = () => {};
    const originalClose = engine.close;
    engine.close = () => {};
    let result;
    try {
      result = engine._processChunk(chunk, i === chunks.length - 1 ? finishFlag : flushFlag);
    } finally {
      engine._handle = nativeHandle;
      nativeHandle.close = originalNativeClose;
      engine.close = originalClose;
      // _processChunk adds an 'error' listener each call: minizlib drops them and adds its own.
      engine.removeAllListeners('error');
      engine.on('error', () => {});
    }
    if (Array.isArray(result)) out.push(...result.map((b) => Buffer.from(b)));
    else if (result) out.push(Buffer.from(result));
  });
  engine.close();
  return Buffer.concat(out);
}

const text = Buffer.from('processed one chunk at a time '.repeat(3000));
const pieces = [];
for (let i = 0; i < text.length; i += 5000) pieces.push(text.subarray(i, i + 5000));
const C = zlib.constants;

const gz = drive(new zlib.Gzip(), pieces, C.Z_NO_FLUSH, C.Z_FINISH);
assert.deepStrictEqual(zlib.gunzipSync(gz), text);
const gzPieces = [];
for (let i = 0; i < gz.length; i += 100) gzPieces.push(gz.subarray(i, i + 100));
assert.deepStrictEqual(drive(new zlib.Gunzip(), gzPieces, C.Z_NO_FLUSH, C.Z_FINISH), text);

const br = drive(new zlib.BrotliCompress(), pieces, C.BROTLI_OPERATION_PROCESS,
                 C.BROTLI_OPERATION_FINISH);
assert.deepStrictEqual(zlib.brotliDecompressSync(br), text);

// A corrupt chunk throws Node's error from _processChunk.
const bad = new zlib.Inflate();
assert.throws(() => drive(bad, [Buffer.from('nope')], C.Z_NO_FLUSH, C.Z_FINISH),
              { code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect header check' });
