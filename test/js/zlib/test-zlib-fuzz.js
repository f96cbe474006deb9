'use strict';
// Truncated and randomly corrupted compressed data never crashes: every form either returns
// bytes or fails with one of Node's zlib/brotli errors.
const assert = require('assert');
const zlib = require('zlib');

let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const text = Buffer.from('fuzzing the decoders of tide, 0123456789 abcdefghijklmnopqrstuvwxyz\n'
  .repeat(300));
const formats = [
  ['deflateSync', 'inflateSync', 'createInflate'], ['gzipSync', 'gunzipSync', 'createGunzip'],
  ['gzipSync', 'unzipSync', 'createUnzip'],
  ['deflateRawSync', 'inflateRawSync', 'createInflateRaw'],
  ['brotliCompressSync', 'brotliDecompressSync', 'createBrotliDecompress'],
];
function checkError(e) {
  if (e.code === 'ERR_BUFFER_TOO_LARGE') return;
  assert.strictEqual(Object.getPrototypeOf(e), Error.prototype, String(e));
  assert.strictEqual(typeof e.errno, 'number');
  assert.ok(/^(Z_[A-Z_]+|ERR__?[A-Z_0-9]+)$/.test(e.code), e.code);
}

let asyncLeft = 0;
for (const [pack, unpack, make] of formats) {
  const good = zlib[pack](text);
  const cases = [];
  for (let cut = 0; cut < good.length; cut += Math.max(1, good.length >> 6)) {
    cases.push(good.subarray(0, cut));
  }
  for (let i = 0; i < 150; i++) {
    const bad = Buffer.from(good);
    const flips = 1 + rand(4);
    for (let j = 0; j < flips; j++) bad[rand(bad.length)] = rand(256);
    cases.push(bad);
  }
  for (let i = 0; i < 20; i++) {
    const junk = Buffer.alloc(1 + rand(200));
    for (let j = 0; j < junk.length; j++) junk[j] = rand(256);
    cases.push(junk);
  }
  for (const input of cases) {
    try {
      const out = zlib[unpack](input, { maxOutputLength: 1 << 22 });
      assert.ok(Buffer.isBuffer(out));
    } catch (e) {
      checkError(e);
    }
  }
  // A sample through the callback form and through streams.
  for (let i = 0; i < cases.length; i += 7) {
    asyncLeft++;
    zlib[unpack.replace('Sync', '')](cases[i], { maxOutputLength: 1 << 22 }, (err, out) => {
      asyncLeft--;
      if (err) checkError(err);
      else assert.ok(Buffer.isBuffer(out));
    });
    asyncLeft++;
    const s = zlib[make]();
    let settled = false;
    const settle = () => {
      if (!settled) {
        settled = true;
        asyncLeft--;
      }
    };
    s.on('error', (err) => {
      checkError(err);
      settle();
    });
    s.on('data', () => {});
    s.on('end', settle);
    s.on('close', settle);
    const input = cases[i];
    for (let k = 0; k < input.length; k += 50) s.write(input.subarray(k, k + 50));
    s.end();
  }
}
process.on('exit', () => assert.strictEqual(asyncLeft, 0));
