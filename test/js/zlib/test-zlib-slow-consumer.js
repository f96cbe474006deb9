'use strict';
// Every chunk size, with a consumer that reads a few bytes at a time in paused mode and a producer
// writing odd-sized pieces: the data survives, and the stream only moves as it is read (output is
// held back while the consumer waits, then resumes).
const assert = require('assert');
const zlib = require('zlib');
const mixedText = require('../../fixtures/zlib/mixed-text.js');

const input = mixedText(300 * 1024);
let pending = 0;

function slowRead(stream, step, done) {
  const parts = [];
  function readSome() {
    let chunk;
    while ((chunk = stream.read(step)) !== null) parts.push(chunk);
  }
  stream.on('readable', () => setImmediate(readSome));
  stream.on('end', () => done(Buffer.concat(parts)));
}

function writeOdd(stream, data, seed) {
  let offset = 0;
  let s = seed;
  function more() {
    while (offset < data.length) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      const n = 1 + (s % 20000);
      const ok = stream.write(data.subarray(offset, offset + n));
      offset += n;
      if (!ok) return stream.once('drain', more);
    }
    stream.end();
  }
  more();
}

for (const [make, unmake] of [['createDeflate', 'createInflate'], ['createGzip', 'createUnzip'],
                              ['createDeflateRaw', 'createInflateRaw'],
                              ['createBrotliCompress', 'createBrotliDecompress']]) {
  for (const chunkSize of [64, 1000, 16384, 100000]) {
    pending++;
    const opts = { chunkSize, highWaterMark: 1024 };
    const packer = zlib[make](make === 'createBrotliCompress' ? {
      ...opts, params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 },
    } : opts);
    const unpacker = zlib[unmake](opts);
    packer.pipe(unpacker);
    writeOdd(packer, input, chunkSize);
    slowRead(unpacker, 777, (out) => {
      pending--;
      assert.ok(out.equals(input), `${make} chunkSize ${chunkSize}`);
    });
  }
}
process.on('exit', () => assert.strictEqual(pending, 0));

// One write that inflates to many times the per-job output cap, read slowly: the native side
// pauses between caps (readableLength stays bounded) and resumes as the consumer reads.
{
  pending++;
  const zeros = Buffer.alloc(8 * 1024 * 1024);
  const inflater = zlib.createInflate();
  let maxBuffered = 0;
  inflater.on('data', () => {});
  inflater.pause();
  inflater.end(zlib.deflateSync(zeros));
  let total = 0;
  function drip() {
    maxBuffered = Math.max(maxBuffered, inflater.readableLength);
    let chunk;
    while ((chunk = inflater.read(256 * 1024)) !== null) total += chunk.length;
    if (!inflater.readableEnded) setTimeout(drip, 1);
  }
  inflater.on('end', () => {
    pending--;
    assert.strictEqual(total, zeros.length);
    assert.ok(maxBuffered <= 2 * 1024 * 1024 + 64 * 1024, String(maxBuffered));
  });
  setTimeout(drip, 20);
}
