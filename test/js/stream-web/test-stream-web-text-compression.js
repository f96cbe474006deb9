'use strict';
// TextEncoderStream/TextDecoderStream (multi-byte sequences and surrogate pairs split across
// chunks, fatal mode, BOM) and CompressionStream/DecompressionStream round trips checked against
// node:zlib.
const assert = require('assert');
const zlib = require('zlib');
const {
  ReadableStream, TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream,
} = require('stream/web');

async function collect(readable) {
  const chunks = [];
  for await (const chunk of readable) chunks.push(chunk);
  return chunks;
}

function streamOf(chunks) {
  return new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
  });
}

function concat(chunks) {
  return Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
}

async function textDecoder() {
  const bytes = Buffer.from('héllo €𝄞 wörld', 'utf8');
  // One byte per chunk: every multi-byte sequence is split.
  const chunks = [...bytes].map((b) => new Uint8Array([b]));
  const out = await collect(streamOf(chunks).pipeThrough(new TextDecoderStream()));
  assert.strictEqual(out.join(''), 'héllo €𝄞 wörld');
  assert.ok(out.every((s) => typeof s === 'string' && s.length > 0));

  // A sequence cut short at the end is U+FFFD; fatal mode errors instead.
  const cut = await collect(streamOf([new Uint8Array([0x61, 0xE2, 0x82])])
    .pipeThrough(new TextDecoderStream()));
  assert.strictEqual(cut.join(''), 'a\uFFFD');
  await assert.rejects(collect(streamOf([new Uint8Array([0xFF])])
    .pipeThrough(new TextDecoderStream('utf-8', { fatal: true }))), { name: 'TypeError' });

  // BOM handling and other encodings.
  const bom = await collect(streamOf([new Uint8Array([0xEF, 0xBB]), new Uint8Array([0xBF, 0x41])])
    .pipeThrough(new TextDecoderStream()));
  assert.strictEqual(bom.join(''), 'A');
  const utf16 = await collect(streamOf([new Uint8Array([0x41]), new Uint8Array([0x00, 0x42, 0x00])])
    .pipeThrough(new TextDecoderStream('utf-16le')));
  assert.strictEqual(utf16.join(''), 'AB');
  const tds = new TextDecoderStream('latin1', { ignoreBOM: true });
  assert.strictEqual(tds.encoding, 'windows-1252');
  assert.strictEqual(tds.ignoreBOM, true);
  assert.strictEqual(tds.fatal, false);
  assert.throws(() => new TextDecoderStream('nope'), { code: 'ERR_ENCODING_NOT_SUPPORTED' });
  // Chunks must be BufferSources.
  await assert.rejects(collect(streamOf([42]).pipeThrough(new TextDecoderStream())), {
    name: 'TypeError',
  });
}

async function textEncoder() {
  const enc = new TextEncoderStream();
  assert.strictEqual(enc.encoding, 'utf-8');
  // A surrogate pair split between chunks is joined; a lone lead at the end is U+FFFD.
  const out = await collect(streamOf(['a', '\uD834', '\uDD1E', 'b', '', '\uD800'])
    .pipeThrough(enc));
  assert.ok(out.every((c) => c instanceof Uint8Array));
  assert.deepStrictEqual([...concat(out)], [...Buffer.from('a𝄞b\uFFFD')]);
  const coerced = await collect(streamOf([12, null]).pipeThrough(new TextEncoderStream()));
  assert.strictEqual(concat(coerced).toString(), '12null');
}

async function compression() {
  const input = Buffer.from('tide '.repeat(5000) + 'end');
  for (const [format, inflateSync, deflateSync] of [
    ['gzip', zlib.gunzipSync, zlib.gzipSync],
    ['deflate', zlib.inflateSync, zlib.deflateSync],
    ['deflate-raw', zlib.inflateRawSync, zlib.deflateRawSync],
  ]) {
    const pieces = [input.subarray(0, 1000), input.subarray(1000, 1001), input.subarray(1001)];
    const compressed = concat(await collect(streamOf(pieces.map((p) => new Uint8Array(p)))
      .pipeThrough(new CompressionStream(format))));
    assert.ok(compressed.length < input.length / 10);
    assert.deepStrictEqual(inflateSync(compressed), input, format);
    // zlib's output decompresses, split into small chunks.
    const packed = deflateSync(input);
    const split = [];
    for (let i = 0; i < packed.length; i += 7) split.push(new Uint8Array(packed.subarray(i, i + 7)));
    const back = concat(await collect(streamOf(split).pipeThrough(new DecompressionStream(format))));
    assert.deepStrictEqual(back, input, format);
    // ArrayBuffers are accepted too.
    const ab = packed.buffer.slice(packed.byteOffset, packed.byteOffset + packed.length);
    const back2 = concat(await collect(streamOf([ab]).pipeThrough(new DecompressionStream(format))));
    assert.deepStrictEqual(back2, input);
  }
  // Corrupt or truncated input errors the stream.
  await assert.rejects(collect(streamOf([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])])
    .pipeThrough(new DecompressionStream('gzip'))), { code: 'Z_DATA_ERROR' });
  const truncated = zlib.gzipSync(input).subarray(0, 40);
  await assert.rejects(collect(streamOf([new Uint8Array(truncated)])
    .pipeThrough(new DecompressionStream('gzip'))), { code: 'Z_BUF_ERROR' });
  // Strings are compressed as UTF-8 (as Node does); other chunks are refused.
  const text = concat(await collect(streamOf(['tëxt']).pipeThrough(new CompressionStream('gzip'))));
  assert.strictEqual(zlib.gunzipSync(text).toString(), 'tëxt');
  await assert.rejects(collect(streamOf([42]).pipeThrough(new CompressionStream('gzip'))), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  });
  assert.throws(() => new CompressionStream('lzma'), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'format' is invalid. Received 'lzma'",
  });
  assert.throws(() => new DecompressionStream(), { code: 'ERR_INVALID_ARG_VALUE' });
  // An empty input still makes a valid gzip member.
  const empty = concat(await collect(streamOf([]).pipeThrough(new CompressionStream('gzip'))));
  assert.strictEqual(zlib.gunzipSync(empty).length, 0);
}

(async () => {
  await textDecoder();
  await textEncoder();
  await compression();
})().then(() => {}, (error) => {
  console.error(error);
  process.exit(1);
});
