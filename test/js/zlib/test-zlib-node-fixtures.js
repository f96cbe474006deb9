'use strict';
// Data compressed by node (test/fixtures/zlib/, made by make-fixtures.js there) decompresses to the
// original in every format, and tide's output is byte for byte node's wherever the libraries are
// the same. (Node bundles Chromium's zlib fork and brotli 1.1; tide links Debian's zlib 1.2.13
// and brotli 1.0.9. Chromium's deflate matches differently in the default, filtered and fixed
// strategies, and brotli 1.1 changed qualities 2-4, so those outputs differ from node's while
// staying valid streams. Huffman-only and RLE deflate, and brotli's other qualities, are equal.)
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dir = path.join(__dirname, '..', '..', 'fixtures', 'zlib');
const read = (name) => fs.readFileSync(path.join(dir, name));
const text = read('text.txt');
assert.strictEqual(text.length, 24 * 1024);

assert.deepStrictEqual(zlib.gunzipSync(read('text.txt.gz')), text);
assert.deepStrictEqual(zlib.unzipSync(read('text.txt.gz')), text);
assert.deepStrictEqual(zlib.inflateSync(read('text.txt.zz')), text);
assert.deepStrictEqual(zlib.unzipSync(read('text.txt.zz')), text);
assert.deepStrictEqual(zlib.inflateRawSync(read('text.txt.raw')), text);
assert.deepStrictEqual(zlib.brotliDecompressSync(read('text.txt.br')), text);
assert.deepStrictEqual(zlib.gunzipSync(read('text.txt.multi.gz')), text);
assert.deepStrictEqual(zlib.unzipSync(read('text.txt.multi.gz')), text);
const dictionary = Buffer.from('alpha beta gamma delta tide runtime');
assert.deepStrictEqual(zlib.inflateSync(read('text.txt.dict.zz'), { dictionary }), text);

// The same through streams fed in odd-sized pieces.
let ended = 0;
for (const [file, make] of [['text.txt.gz', 'createGunzip'], ['text.txt.multi.gz', 'createGunzip'],
                            ['text.txt.zz', 'createUnzip'], ['text.txt.br',
                                                             'createBrotliDecompress']]) {
  const data = read(file);
  const s = zlib[make]();
  const out = [];
  s.on('data', (c) => out.push(c));
  s.on('end', () => {
    assert.deepStrictEqual(Buffer.concat(out), text);
    ended++;
  });
  for (let i = 0; i < data.length; i += 777) s.write(data.subarray(i, i + 777));
  s.end();
}
process.on('exit', () => assert.strictEqual(ended, 4));

const expected = JSON.parse(read('expected-output.json'));
const small = text.subarray(0, 4096);
const C = zlib.constants;
for (const [key, b64] of Object.entries(expected)) {
  let out;
  let m;
  if ((m = /^br-q(\d+)$/.exec(key))) {
    out = zlib.brotliCompressSync(small, { params: { [C.BROTLI_PARAM_QUALITY]: +m[1] } });
  } else if (key === 'br-text-lgwin18') {
    out = zlib.brotliCompressSync(small, {
      params: { [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_TEXT, [C.BROTLI_PARAM_LGWIN]: 18,
                [C.BROTLI_PARAM_SIZE_HINT]: small.length },
    });
  } else if ((m = /^gzip-huffman-(\d)$/.exec(key))) {
    out = zlib.gzipSync(small, { level: +m[1], strategy: C.Z_HUFFMAN_ONLY });
  } else if ((m = /^deflate-rle-(\d)$/.exec(key))) {
    out = zlib.deflateSync(small, { level: +m[1], strategy: C.Z_RLE });
  } else {
    assert.fail(`unknown fixture ${key}`);
  }
  assert.strictEqual(out.toString('base64'), b64, key);
}
