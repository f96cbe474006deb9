'use strict';
// Every format round-trips through the Sync functions, the callback functions (thread pool), their
// promisified forms and the stream classes, from every accepted input type.
const assert = require('assert');
const zlib = require('zlib');
const { promisify } = require('util');

const text = 'tide zlib round trip — ünïcödé ✓ '.repeat(500);
const bytes = Buffer.from(text);
const pairs = [
  ['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
  ['deflate', 'unzip'], ['brotliCompress', 'brotliDecompress'],
];
const streams = {
  deflate: 'createDeflate', inflate: 'createInflate', gzip: 'createGzip', gunzip: 'createGunzip',
  deflateRaw: 'createDeflateRaw', inflateRaw: 'createInflateRaw', unzip: 'createUnzip',
  brotliCompress: 'createBrotliCompress', brotliDecompress: 'createBrotliDecompress',
};

let pending = 0;
function expectCall(fn) {
  pending++;
  return (...args) => {
    pending--;
    return fn(...args);
  };
}
process.on('exit', () => assert.strictEqual(pending, 0, 'callbacks not called'));

function viaStream(name, input, chunk, done) {
  const s = zlib[streams[name]]();
  const out = [];
  s.on('data', (c) => out.push(c));
  s.on('end', expectCall(() => done(Buffer.concat(out))));
  for (let i = 0; i < input.length; i += chunk) s.write(input.subarray(i, i + chunk));
  s.end();
}

// Inputs: string, Buffer, Uint8Array, Uint16Array, DataView, ArrayBuffer.
const u8 = new Uint8Array(bytes);
const inputs = [text, bytes, u8, new Uint16Array(u8.buffer, 0, u8.length >> 1),
                new DataView(u8.buffer), u8.buffer];
function asBuffer(input) {
  if (typeof input === 'string') return Buffer.from(input);
  if (input instanceof ArrayBuffer) return Buffer.from(input);
  return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
}

for (const [compress, decompress] of pairs) {
  for (const input of inputs) {
    const expected = asBuffer(input);
    const packed = zlib[compress + 'Sync'](input);
    assert.ok(Buffer.isBuffer(packed));
    assert.deepStrictEqual(zlib[decompress + 'Sync'](packed), expected);
  }
  const packed = zlib[compress + 'Sync'](text);
  zlib[compress](text, expectCall((err, out) => {
    assert.ifError(err);
    assert.ok(Buffer.isBuffer(out));
    zlib[decompress](out, {}, expectCall((err2, back) => {
      assert.ifError(err2);
      assert.strictEqual(back.toString(), text);
    }));
  }));
  promisify(zlib[decompress])(packed).then(expectCall((back) => {
    assert.strictEqual(back.toString(), text);
  }));
  for (const chunk of [1, 1000, 1 << 20]) {
    if (chunk === 1 && compress !== 'gzip') continue;  // one byte at a time: gzip only (slow)
    viaStream(compress, bytes.subarray(0, chunk === 1 ? 500 : bytes.length), chunk,
              (out) => viaStream(decompress, out, chunk, (back) => {
                assert.deepStrictEqual(back, bytes.subarray(0, chunk === 1 ? 500 : bytes.length));
              }));
  }
}

// Empty input.
for (const [compress, decompress] of pairs) {
  const packed = zlib[compress + 'Sync']('');
  assert.ok(packed.length > 0);
  assert.strictEqual(zlib[decompress + 'Sync'](packed).length, 0);
}

// info: true gives { buffer, engine }.
const info = zlib.gzipSync('abc', { info: true });
assert.ok(info.engine instanceof zlib.Gzip);
assert.deepStrictEqual(zlib.gunzipSync(info.buffer), Buffer.from('abc'));
assert.strictEqual(info.engine.bytesWritten, 3);
zlib.deflate('abcd', { info: true }, expectCall((err, res) => {
  assert.ifError(err);
  assert.ok(res.engine instanceof zlib.Deflate);
  assert.strictEqual(res.engine.bytesWritten, 4);
  assert.strictEqual(zlib.inflateSync(res.buffer).toString(), 'abcd');
}));

// Options that change the stream: levels, windowBits, memLevel, strategy.
for (const level of [-1, 0, 1, 5, 9]) {
  for (const strategy of [0, 1, 2, 3, 4]) {
    const out = zlib.deflateSync(bytes, { level, strategy, memLevel: 9, windowBits: 12 });
    assert.deepStrictEqual(zlib.inflateSync(out), bytes);
  }
}
// windowBits 8: raw deflate turns it into 9 (in the caller's object, as Node does); inflate with
// windowBits 0 reads the size from the header.
const rawOpts = { windowBits: 8 };
const raw8 = zlib.deflateRawSync(bytes, rawOpts);
assert.strictEqual(rawOpts.windowBits, 9);
assert.deepStrictEqual(zlib.inflateRawSync(raw8, { windowBits: 9 }), bytes);
assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(bytes, { windowBits: 8 }),
                                        { windowBits: 0 }), bytes);
assert.deepStrictEqual(zlib.gunzipSync(zlib.gzipSync(bytes, { windowBits: 9 }), { windowBits: 0 }),
                       bytes);

// Dictionaries (deflate and raw), as Buffer, TypedArray and ArrayBuffer.
const dict = Buffer.from('tide zlib round trip');
for (const d of [dict, new Uint8Array(dict), dict.buffer.slice(dict.byteOffset,
                                                               dict.byteOffset + dict.length)]) {
  assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(bytes, { dictionary: d }),
                                          { dictionary: d }), bytes);
  assert.deepStrictEqual(zlib.inflateRawSync(zlib.deflateRawSync(bytes, { dictionary: d }),
                                             { dictionary: d }), bytes);
}

// Brotli parameters.
const C = zlib.constants;
for (const quality of [0, 4, 11]) {
  const out = zlib.brotliCompressSync(bytes, {
    params: { [C.BROTLI_PARAM_QUALITY]: quality, [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_TEXT,
              [C.BROTLI_PARAM_LGWIN]: 16, [C.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  assert.deepStrictEqual(zlib.brotliDecompressSync(out), bytes);
}
assert.deepStrictEqual(zlib.brotliDecompressSync(zlib.brotliCompressSync(bytes, {
  params: { [C.BROTLI_PARAM_LARGE_WINDOW]: true, [C.BROTLI_PARAM_LGWIN]: 26 },
}), { params: { [C.BROTLI_DECODER_PARAM_LARGE_WINDOW]: true } }), bytes);

// The classes work with and without `new`, and are Transform streams.
const { Transform } = require('stream');
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
                    'BrotliCompress', 'BrotliDecompress']) {
  const a = new zlib[name]();
  const b = zlib[name]();
  assert.ok(a instanceof zlib[name] && b instanceof zlib[name]);
  assert.ok(a instanceof Transform);
  assert.strictEqual(zlib[name].name, name);
  assert.strictEqual(a.constructor, zlib[name]);
  a.close();
  b.close();
}
